import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The server's process settings as deployed: NODE_OPTIONS, MALLOC_ARENA_MAX and NODE_COMPILE_CACHE
 * of the systemd unit in docs/OPERATIONS.md (change both together). The load and hostile-input
 * benches start their servers with them.
 */
export const DEPLOYMENT_NODE_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=8'];

/**
 * `env` with the deployment's environment variables: two malloc arenas (glibc gives each thread
 * that allocates its own, up to eight per core, and V8's compiler and GC threads keep theirs), and
 * the compile cache in `cacheDir` (see `filledCompileCache`).
 */
export function deploymentEnv(env: NodeJS.ProcessEnv, cacheDir: string): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: '2', NODE_COMPILE_CACHE: cacheDir };
}

/**
 * A new temporary directory with the compile cache filled as the deploy step does (`npm run
 * compile-cache`), here with the benches' server entry too, so the server strips no TypeScript
 * when it starts. The caller removes it.
 */
export function filledCompileCache(): string {
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'ltc-compile-cache-'));
  execFileSync(process.execPath, ['scripts/warm-compile-cache.ts', 'bench/load-server.ts'], {
    env: deploymentEnv(process.env, cacheDir),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return cacheDir;
}
