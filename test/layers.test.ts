import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The data-access layering of docs/ARCHITECTURE.md, checked on the source: a query written in a
// service or resolver, or a driver package imported outside server/db/, fails here.

const ROOT = join(import.meta.dirname, '..');
const serverFiles = sourceFilesUnder(join(ROOT, 'server'))
  .filter((path) => !path.endsWith('.test.ts') && !path.endsWith('.d.ts'))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/**
 * Where SQL may be written or run besides `*.repository.ts` (and migrations/), each for a reason
 * the architecture doc gives.
 */
const SQL_OUTSIDE_REPOSITORIES: Record<string, string> = {
  'server/db/sqlite-driver.ts': "SQLite's executor of the ORM's statements (no SQL text of its own)",
  'server/db/postgresql-driver.ts': "PostgreSQL's executor of the ORM's statements (no SQL text of its own)",
  'server/db/prepared-reads.ts': "SQLite's executor of the repositories' reads (no SQL text of its own)",
  'server/db/orm.ts': "the SQLite connection's pragmas, set once when it opens",
  'server/chain/chain-backfill.ts': 'run only by its migrations, over the columns as they were then',
  'server/ops/backup.ts': 'SQLite backups: vacuum into, integrity check, row counts of a copy',
  'server/ops/backup-postgres.ts': "PostgreSQL backups: the exported snapshot, the manifest's row counts",
};

/** Where a driver package may be imported: the engine layer, and the SQLite backup that opens a copy of the file. */
const DRIVER_IMPORTS_ALLOWED = ['server/db/orm.ts', 'server/db/sqlite-driver.ts', 'server/db/postgresql-driver.ts', 'server/db/prepared-reads.ts', 'server/ops/backup.ts'];

/** A string literal that starts like a statement, or a call that runs SQL text. */
const SQL_TEXT = /['"`]\s*(select\s|insert\s+into\s|update\s+"|delete\s+from\s|with\s+recursive\s|pragma\s|vacuum\s|create\s+(table|index|trigger)\s)/i;
const SQL_CALL = /\.(execute|prepare|getKysely)\(|\braw\(|\bsql`/;
const DRIVER_IMPORT = /from '(@mikro-orm\/(sqlite|postgresql)|better-sqlite3|pg|kysely)'/;

describe('the data-access layers', () => {
  it('keep SQL in repositories, migrations and the few places named with their reason', () => {
    const offending = serverFiles
      .filter(({ path }) => !path.endsWith('.repository.ts') && !(path in SQL_OUTSIDE_REPOSITORIES))
      .flatMap(({ path, text }) => linesMatching(text, SQL_TEXT, SQL_CALL).map((line) => `${path}: ${line}`));
    expect(offending).toEqual([]);
  });

  it('name each exception only while it still holds SQL', () => {
    const stale = Object.keys(SQL_OUTSIDE_REPOSITORIES).filter((path) => {
      const file = serverFiles.find((candidate) => candidate.path === path);
      return !file || linesMatching(file.text, SQL_TEXT, SQL_CALL).length === 0;
    });
    expect(stale).toEqual([]);
  });

  it('import a database driver package only in server/db/ (and the SQLite backup)', () => {
    const offending = serverFiles
      .filter(({ path }) => !DRIVER_IMPORTS_ALLOWED.includes(path))
      .flatMap(({ path, text }) => linesMatching(text, DRIVER_IMPORT).map((line) => `${path}: ${line}`));
    expect(offending).toEqual([]);
  });

  it('catch what they are meant to catch', () => {
    expect(linesMatching('const rows = await em.execute(`select "id" from "vehicles"`);', SQL_TEXT, SQL_CALL)).toHaveLength(1);
    expect(linesMatching("db.prepare('pragma integrity_check')", SQL_CALL)).toHaveLength(1);
    expect(linesMatching("qb.where(raw('lower(name) like ?', [term]))", SQL_CALL)).toHaveLength(1);
    expect(linesMatching("import { SqliteConnection } from '@mikro-orm/sqlite';", DRIVER_IMPORT)).toHaveLength(1);
    // German copy and ordinary calls are no SQL.
    expect(linesMatching("message: 'Bitte wählen Sie ein Fahrzeug aus', em.persist(entry); await run();", SQL_TEXT, SQL_CALL)).toEqual([]);
  });
});

function linesMatching(text: string, ...patterns: RegExp[]): string[] {
  return text.split('\n').filter((line) => patterns.some((pattern) => pattern.test(line))).map((line) => line.trim());
}

function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
