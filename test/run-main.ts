import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Starts the real entry point as an operator would, with only `env` (and PATH) set. Resolves when
 * it exits, or with `started` once it logs that it serves (then it is stopped with SIGTERM).
 */
export function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string; started: boolean }> {
  const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-main-'));
  const stderrDir = mkdtempSync(path.join(tmpdir(), 'ltc-main-stderr-'));
  // stderr goes to a file: Node's native traces (NODE_DEBUG_NATIVE) write to a pipe without
  // waiting, so a busy reader could lose them.
  const stderrFile = path.join(stderrDir, 'stderr');
  const stderrFd = openSync(stderrFile, 'w');
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/node', ['server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', LTC_STORAGE_DIR: storageDir, LTC_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', stderrFd],
    });
    closeSync(stderrFd);
    let started = false;
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!started && chunk.toString().includes('"event":"server_started"')) {
        started = true;
        child.kill('SIGTERM');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stderr = readFileSync(stderrFile, 'utf8');
      for (const dir of [storageDir, stderrDir]) rmSync(dir, { recursive: true, force: true });
      resolve({ code, stderr, started });
    });
  });
}
