// `npm run backup` and `npm run restore` are SQLite tools (backup.test.ts, SQLite only). On a
// PostgreSQL installation they refuse at once and say what to use instead: a decision on the
// configuration alone, before any connection (nothing listens on the URL's port), so this file
// runs in both runs of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'ltc-backup-postgres-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, LTC_ENV: 'test', LTC_STORAGE_DIR: path.join(work, 'storage'), LTC_DATABASE_URL: 'postgres://ltc@127.0.0.1:1/ltc', LTC_LOG_LEVEL: 'silent' };
const run = (script: string, args: string[]) => spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8' });

describe('backup and restore on a PostgreSQL installation', () => {
  it.each([
    ['npm run backup', 'scripts/backup.ts', [path.join(work, 'ltc.tar.gz')]],
    ['npm run restore', 'scripts/restore.ts', [path.join(work, 'ltc.tar.gz'), path.join(work, 'restored')]],
  ])('%s refuses with one line naming pg_dump/pg_restore and the storage folder, and writes nothing', (tool, script, args) => {
    const result = run(script, args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1); // a message, not a stack trace
    expect(result.stderr).toContain(`${tool} works on a SQLite database only; LTC_DATABASE_URL names PostgreSQL.`);
    for (const pointer of ['pg_dump -Fc', 'pg_restore', 'LTC_STORAGE_DIR', 'docs/OPERATIONS.md']) expect(result.stderr).toContain(pointer);
    for (const written of args) expect(existsSync(written), written).toBe(false);
  });
});
