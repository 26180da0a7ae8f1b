import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// LTC_TEST_ENGINE=postgres: test servers use a real PostgreSQL the run starts (test/postgres.ts).
const engine = process.env.LTC_TEST_ENGINE || 'sqlite';
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error('LTC_TEST_ENGINE must be sqlite or postgres');
// LTC_TEST_STORAGE=s3: test servers keep documents in buckets of a real S3 server the run starts (test/s3.ts).
const storage = process.env.LTC_TEST_STORAGE || 'filesystem';
if (storage !== 'filesystem' && storage !== 's3') throw new Error('LTC_TEST_STORAGE must be filesystem or s3');

export default defineConfig({
  resolve: {
    // Vite would pick graphql's "development" build while the server's dependencies load the
    // plain one under Node; two copies of graphql cannot share a schema.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.mjs', import.meta.url)) }],
  },
  test: {
    include: ['server/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: [...(engine === 'postgres' ? ['test/postgres-setup.ts'] : []), ...(storage === 's3' ? ['test/s3-setup.ts'] : [])],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests poll the page; under a loaded CI host 1 s (vitest's default) is too tight.
    // The same upper bound as every Playwright wait (test/e2e/browser.ts WAIT_LIMIT_MS).
    expect: { poll: { timeout: 30_000 } },
  },
});
