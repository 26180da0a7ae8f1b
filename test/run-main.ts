import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Starts the real entry point as an operator would, with only `env` (and PATH) set. Resolves when
 * it exits, or with `started` once it logs that it serves (then it is stopped with SIGTERM).
 */
export function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string; started: boolean }> {
  const storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-main-'));
  return new Promise((resolve) => {
    const child = spawn('node_modules/.bin/node', ['server/main.ts'], {
      env: { PATH: process.env.PATH ?? '', LTC_STORAGE_DIR: storageDir, LTC_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let started = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (!started && chunk.toString().includes('"event":"server_started"')) {
        started = true;
        child.kill('SIGTERM');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      rmSync(storageDir, { recursive: true, force: true });
      resolve({ code, stderr, started });
    });
  });
}
