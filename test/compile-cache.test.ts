import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from './run-main.ts';
import { tempDir } from './temp-dirs.ts';

// The deploy step `npm run compile-cache` (docs/OPERATIONS.md): a server started with the filled
// cache loads every module, migrations included, without loading Node's TypeScript stripper, and
// frees Node's in-memory copy of the cache once it listens.

const AMARO = 'NativeModule internal/deps/amaro/dist/index';

/**
 * A process that starts the app on a new SQLite file (migrating it), stops it and reports whether
 * it loaded the stripper. Plain JavaScript, so only the server's own modules could need it.
 */
const PROBE = `
const { createApp } = await import('./server/app.ts');
const { loadConfig } = await import('./server/config.ts');
await import('./server/main.ts');
const app = await createApp(loadConfig());
await app.listen();
await app.close();
console.log(JSON.stringify({ strippedTypeScript: process.moduleLoadList.includes(${JSON.stringify(AMARO)}) }));
`;

function run(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

function probe(cacheDir: string) {
  const storage = tempDir('ltc-compile-cache-storage-');
  const result = run(['--input-type=module', '-e', PROBE], {
    NODE_COMPILE_CACHE: cacheDir,
    LTC_ENV: 'test',
    LTC_STORAGE_DIR: storage,
    LTC_DATABASE_URL: path.join(storage, 'probe.sqlite'),
    LTC_PORT: '0',
    LTC_LOG_LEVEL: 'silent',
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { strippedTypeScript: boolean };
}

let filledCacheDir: string | undefined;

/** A cache filled by the deploy step, once per file. */
function filledCache(): string {
  if (filledCacheDir) return filledCacheDir;
  const cacheDir = tempDir('ltc-compile-cache-');
  const filled = run(['scripts/warm-compile-cache.ts'], { NODE_COMPILE_CACHE: cacheDir });
  expect(filled.status, filled.stderr).toBe(0);
  // It imports server/main.ts too: had that started a server, it would not have exited.
  expect(filled.stdout).toMatch(/^compile cache: \d+ modules in /);
  return (filledCacheDir = cacheDir);
}

describe('npm run compile-cache', () => {
  it('fills the cache so that a starting server strips no TypeScript (and an empty cache does not)', () => {
    expect(probe(tempDir('ltc-compile-cache-empty-')).strippedTypeScript).toBe(true);
    expect(probe(filledCache()).strippedTypeScript).toBe(false);
  });

  it('is released by the server once it listens: Node would keep the cache it read (about 10 MB) until exit', async () => {
    // Node's own trace of the compile cache names the explicit flush; its flush at exit is not traced so.
    const { started, stderr } = await runMain({ LTC_ENV: 'test', LTC_LOG_LEVEL: 'info', NODE_COMPILE_CACHE: filledCache(), NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
    expect(started).toBe(true);
    expect(stderr).toContain('success, size='); // modules came from the cache
    expect(stderr).toContain('[compile cache] module.flushCompileCache() finished.');
  });

  it('refuses to run without NODE_COMPILE_CACHE', () => {
    const result = run(['scripts/warm-compile-cache.ts'], { NODE_COMPILE_CACHE: '' });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain('Set NODE_COMPILE_CACHE');
  });
});
