import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { IsolationLevel, type EntityManager } from '@mikro-orm/sql';
import type { DatabaseTarget, DocumentStorageConfig } from '../config.ts';
import { openOrm } from '../db/orm.ts';
import { createDocumentStore } from '../documents/document-store.ts';
import { Document, type DocumentContentType } from '../documents/document.entity.ts';
import type { DocumentStore } from '../documents/storage.ts';
import {
  checkArchiveFiles,
  describeFile,
  extractArchive,
  isExcludedFromBackup,
  listFiles,
  packArchive,
  prepareArchive,
  toArchivePath,
  type BackupSource,
  type ManifestFile,
} from './backup.ts';

/**
 * Backup and restore of a PostgreSQL installation (SPEC §16, issue 15): one tar.gz, like the SQLite
 * backup (backup.ts), whatever the document backend:
 *   manifest.json      engine, time, applied migrations, row count per table, size and SHA-256 of
 *                      every entry; counts and the document list from the dump's own snapshot
 *   database.pgdump    `pg_dump -Fc` of that snapshot (the server keeps writing meanwhile)
 *   documents/<key>    every document a row of the snapshot names, read through the document store
 *                      (the storage folder or the bucket), checked against the row's size and SHA-256
 *   storage/...        the rest of the storage folder (development key), without documents, outbox
 *                      and temp files
 * A restore goes into a new or empty database and an empty document store (folder or bucket) the
 * target environment names, and is verified there: row counts, migrations, and every document
 * row's stored bytes.
 */

export const PG_DUMP_ENTRY = 'database.pgdump';

export interface DocumentEntry extends ManifestFile {
  contentType: DocumentContentType;
}

export interface PostgresBackupManifest {
  format: 'ltc-backup';
  version: 2;
  engine: 'postgresql';
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
  database: ManifestFile;
  /** `documents/<key>` of every stored document, whichever backend held it. */
  documents: DocumentEntry[];
  /** The storage folder's other files, relative to it. */
  files: ManifestFile[];
}

type Postgres = Extract<DatabaseTarget, { engine: 'postgresql' }>;

/** Writes one archive with a `pg_dump` snapshot, the documents it names and the storage folder's other files. */
export async function createPostgresBackup(source: BackupSource, archivePath: string): Promise<PostgresBackupManifest> {
  const database = postgresTarget(source.database);
  const { target, storageDir, staging } = prepareArchive(archivePath, source.storageDir);
  const store = await createDocumentStore({ documentStorage: source.documentStorage, storageDir });
  const orm = await openOrm(database);
  try {
    // One read-only snapshot for the dump and everything the manifest says about it: pg_dump
    // imports the snapshot this transaction exports, which stays open until the dump is written.
    const snapshot = await orm.em.fork().transactional(
      async (em) => {
        const [{ id }] = await em.execute<{ id: string }[]>('select pg_export_snapshot() as id');
        await runPgTool('pg_dump', ['--format=custom', `--snapshot=${id}`, '--file', path.join(staging, PG_DUMP_ENTRY)], database);
        return { ...(await describePostgres(em)), documents: await em.getRepository(Document).storedFiles() };
      },
      { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
    );

    mkdirSync(path.join(staging, 'documents'));
    const documents: DocumentEntry[] = [];
    for (const row of snapshot.documents) {
      const entry = `documents/${row.storageKey}`;
      const copied = await measureStream(await openStored(store, row.storageKey), path.join(staging, entry));
      // A row whose bytes differ (or vanished: purged after the snapshot) would restore broken.
      if (copied.size !== row.sizeBytes || copied.sha256 !== row.sha256) throw new Error(`document ${row.storageKey.slice(0, 8)}… does not match its row; run the backup again`);
      documents.push({ path: entry, ...copied, contentType: row.contentType });
    }

    const files: ManifestFile[] = [];
    for (const relative of listFiles(storageDir)) {
      // Stored documents came through the store above; orphans and uploads in progress stay out.
      if (relative.split(path.sep)[0] === 'documents' || isExcludedFromBackup(relative, new Set())) continue;
      files.push(await describeFile(path.join(storageDir, relative), toArchivePath(relative)));
    }
    const manifest: PostgresBackupManifest = {
      format: 'ltc-backup',
      version: 2,
      engine: 'postgresql',
      createdAt: new Date().toISOString(),
      migrations: snapshot.migrations,
      tables: snapshot.tables,
      database: await describeFile(path.join(staging, PG_DUMP_ENTRY), PG_DUMP_ENTRY),
      documents,
      files,
    };
    await packArchive({ staging, target, storageDir }, manifest, [PG_DUMP_ENTRY, ...documents.map((document) => document.path)]);
    return manifest;
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  } finally {
    await orm.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

export interface RestoreTarget {
  database: DatabaseTarget;
  documentStorage: DocumentStorageConfig;
}

/**
 * Restores a PostgreSQL archive into the target database (created when missing, refused unless
 * empty), the target document store (refused unless it holds no documents) and a fresh storage
 * folder, then verifies the result. The archive is checked before anything is written; a failure
 * after that leaves a partial restore, and says so.
 */
export async function restorePostgresBackup(archivePath: string, freshDir: string, restoreTarget: RestoreTarget): Promise<{ manifest: PostgresBackupManifest; storageDir: string }> {
  if (restoreTarget.database.engine !== 'postgresql') {
    throw new Error('this backup holds a PostgreSQL database: set LTC_DATABASE_URL to the (new or empty) PostgreSQL database to restore into');
  }
  const database = restoreTarget.database;
  const storageDir = path.resolve(freshDir);
  if (existsSync(storageDir) && readdirSync(storageDir).length > 0) throw new Error(`${storageDir} is not empty; restore only into a fresh folder`);
  const created = !existsSync(storageDir);
  mkdirSync(storageDir, { recursive: true });
  const staging = path.join(storageDir, '.restore');
  mkdirSync(staging);
  const store = await createDocumentStore({ documentStorage: restoreTarget.documentStorage, storageDir });
  let written = false;
  try {
    await extractArchive(archivePath, staging);
    const manifest = JSON.parse(readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as PostgresBackupManifest;
    if (manifest.format !== 'ltc-backup' || manifest.version !== 2 || manifest.engine !== 'postgresql') throw new Error('not a LifeTimeCircle PostgreSQL backup (manifest format)');
    const entries = [manifest.database, ...manifest.documents, ...manifest.files.map((file) => ({ ...file, path: `storage/${file.path}` }))];
    const problems = await checkArchiveFiles(staging, entries);
    if (problems.length > 0) throw new Error(`backup verification failed:\n  ${problems.join('\n  ')}`);

    await store.check();
    if ((await store.keys(Number.NEGATIVE_INFINITY)).length > 0) throw new Error('the target document store already holds documents; restore only into an empty bucket (or folder)');
    const orm = await openOrm(database); // creates the database when it is missing
    try {
      const [{ n }] = await orm.em.fork().execute<{ n: number }[]>("select count(*)::int as n from information_schema.tables where table_schema = current_schema()");
      if (n > 0) throw new Error('the target database is not empty; restore only into a new or empty database');
    } finally {
      await orm.close();
    }

    written = true;
    await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', path.join(staging, PG_DUMP_ENTRY)], database);
    for (const document of manifest.documents) {
      const storageKey = path.posix.basename(document.path);
      // Staged inside the fresh folder: the filesystem store moves it into place, S3 uploads it with its SHA-256.
      await store.put({ storageKey, tempPath: path.join(staging, document.path), contentType: document.contentType, sizeBytes: document.size, sha256: document.sha256 });
    }
    for (const file of manifest.files) {
      mkdirSync(path.dirname(path.join(storageDir, file.path)), { recursive: true });
      renameSync(path.join(staging, 'storage', file.path), path.join(storageDir, file.path));
    }

    const mismatches = await verifyRestored(database, store, manifest);
    if (mismatches.length > 0) throw new Error(`restored data failed verification:\n  ${mismatches.join('\n  ')}`);
    return { manifest, storageDir };
  } catch (error) {
    if (!written) rmSync(created ? storageDir : staging, { recursive: true, force: true });
    const partial = written ? '\n(the target database, document store and folder hold a partial restore: drop and empty them before trying again)' : '';
    throw new Error(`${(error as Error).message}${partial}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Row counts and migrations as in the manifest, and every document row's bytes in the store. */
async function verifyRestored(database: Postgres, store: DocumentStore, manifest: PostgresBackupManifest): Promise<string[]> {
  const orm = await openOrm(database);
  try {
    const em = orm.em.fork();
    const problems: string[] = [];
    const restored = await describePostgres(em);
    if (JSON.stringify(restored.migrations) !== JSON.stringify(manifest.migrations)) problems.push('applied migrations differ from the manifest');
    if (JSON.stringify(restored.tables) !== JSON.stringify(manifest.tables)) problems.push('row counts differ from the manifest');
    for (const row of await em.getRepository(Document).storedFiles()) {
      const stored = await measureStored(store, row.storageKey);
      if (!stored) problems.push(`document missing: ${row.storageKey.slice(0, 8)}…`);
      else if (stored.size !== row.sizeBytes || stored.sha256 !== row.sha256) problems.push(`document differs from its row: ${row.storageKey.slice(0, 8)}…`);
    }
    return problems;
  } finally {
    await orm.close();
  }
}

/** Applied migrations and the row count of every table of the schema. */
async function describePostgres(em: EntityManager): Promise<{ migrations: string[]; tables: Record<string, number> }> {
  const names = await em.execute<{ name: string }[]>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
  );
  const tables: Record<string, number> = {};
  for (const { name } of names) {
    const [{ n }] = await em.execute<{ n: number }[]>(`select count(*)::int as n from "${name.replaceAll('"', '""')}"`);
    tables[name] = n;
  }
  const migrations = tables.mikro_orm_migrations === undefined ? [] : (await em.execute<{ name: string }[]>('select name from mikro_orm_migrations order by id')).map((row) => row.name);
  return { migrations, tables };
}

const openStored = (store: DocumentStore, storageKey: string): Promise<Readable> =>
  store.open(storageKey).catch(() => {
    throw new Error(`document ${storageKey.slice(0, 8)}… is missing from the document store`);
  });

/** Size and SHA-256 of what `source` gives, written to a new `file` on the way when one is named. */
async function measureStream(source: Readable, file?: string): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const measured = async function* (chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.byteLength;
      yield chunk;
    }
  };
  if (file) await pipeline(source, measured, createWriteStream(file, { flags: 'wx', mode: 0o600 }));
  else for await (const _ of measured(source));
  return { size, sha256: hash.digest('hex') };
}

/** Size and SHA-256 of a stored document, or null when the store cannot give its bytes. */
async function measureStored(store: DocumentStore, storageKey: string): Promise<{ size: number; sha256: string } | null> {
  try {
    return await measureStream(await store.open(storageKey));
  } catch {
    return null;
  }
}

function postgresTarget(database: DatabaseTarget): Postgres {
  if (database.engine !== 'postgresql') throw new Error('createPostgresBackup needs a PostgreSQL database; SQLite: createBackup (backup.ts)');
  return database;
}

/**
 * The folder with pg_dump and pg_restore: LTC_PG_BIN_DIR, else PATH, else Debian's newest
 * /usr/lib/postgresql/<version>/bin (not on PATH there). The client must be at least as new as the server.
 */
export function pgBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.LTC_PG_BIN_DIR ? [env.LTC_PG_BIN_DIR] : [...(env.PATH ?? '').split(path.delimiter), ...debianPostgresBinDirs()];
  const found = candidates.find((dir) => dir && existsSync(path.join(dir, 'pg_dump')) && existsSync(path.join(dir, 'pg_restore')));
  if (!found) throw new Error('pg_dump and pg_restore not found: install the PostgreSQL client (`apt-get install postgresql-client`) or set LTC_PG_BIN_DIR to their folder');
  return found;
}

function debianPostgresBinDirs(): string[] {
  if (!existsSync('/usr/lib/postgresql')) return [];
  const versions = readdirSync('/usr/lib/postgresql').filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => `/usr/lib/postgresql/${version}/bin`);
}

/**
 * Runs pg_dump or pg_restore against a database. The password goes in PGPASSWORD, not on the
 * command line (where `ps` shows it), and never into a message.
 */
async function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], database: Postgres): Promise<void> {
  const url = new URL(database.url);
  const password = decodeURIComponent(url.password);
  url.password = '';
  try {
    await promisify(execFile)(path.join(pgBinDir(), tool), [...args, '--dbname', url.href], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const { stderr, code } = error as { stderr?: string; code?: number | string };
    const detail = (stderr ?? '').trim().split('\n').slice(0, 5).join('\n');
    throw new Error(`${tool} failed (${code}): ${password ? detail.replaceAll(password, '***') : detail}`);
  }
}
