import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { create as createTar, extract as extractTar } from 'tar';
import type { DatabaseTarget, DocumentStorageConfig } from '../config.ts';

/**
 * Online backup and restore of a SQLite installation (SPEC §16; PostgreSQL: backup-postgres.ts). One tar.gz holds:
 *   manifest.json     format, time, applied migrations, row count per table, sha256 of every file
 *   database.sqlite   a consistent snapshot made with VACUUM INTO (one read transaction, so the
 *                     server keeps writing meanwhile; WAL readers never block writers)
 *   storage/...       the document storage folder without the database, mail outbox, temp files
 */

export const DATABASE_ENTRY = 'database.sqlite';
/** The file name a restore gives the database inside the restored storage folder (the default path). */
export const RESTORED_DATABASE_NAME = 'lifetimecircle.sqlite';

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 'ltc-backup';
  version: 1;
  createdAt: string;
  migrations: string[];
  tables: Record<string, number>;
  database: ManifestFile;
  files: ManifestFile[];
}

export interface BackupSource {
  database: DatabaseTarget;
  storageDir: string;
  documentStorage: DocumentStorageConfig;
}

/**
 * Storage entries that never go into a backup: the live database files (the snapshot replaces
 * them), the development mail outbox, readiness probes and anything still being written
 * (`tmp/` folders and `*.tmp` / `*.part` / `*.partial` files). The development secret key is kept: without
 * it a development backup could not be read (production keys come from the environment).
 */
export function isExcludedFromBackup(relativePath: string, databaseFiles: Set<string>): boolean {
  const parts = relativePath.split(path.sep);
  const name = parts.at(-1)!;
  if (databaseFiles.has(relativePath)) return true;
  if (parts[0] === 'outbox' || parts.includes('tmp')) return true;
  if (name.startsWith('.ready-') || /\.(tmp|part|partial)$/.test(name)) return true;
  return false;
}

/**
 * The SQLite archive holds the documents of the storage folder; with LTC_STORAGE_BACKEND=s3 they are in
 * the bucket, so an archive would look complete and hold none: refused, with what to use instead.
 */
export const bucketRefusal =
  'On SQLite npm run backup copies the documents of the storage folder; LTC_STORAGE_BACKEND=s3 keeps them in the bucket (LTC_S3_BUCKET). ' +
  "Back up the database file with sqlite3's .backup and the bucket's documents/ prefix with the object store's tools " +
  '(bucket versioning or replication, `aws s3 sync s3://<bucket>/documents/ <folder>`, `mc mirror`). See docs/OPERATIONS.md, "Documents in a bucket with SQLite".';

/** Writes one archive with a consistent database snapshot and the storage files. */
export async function createBackup(source: BackupSource, archivePath: string): Promise<BackupManifest> {
  if (source.documentStorage.backend === 's3') throw new Error(bucketRefusal);
  if (source.database.engine !== 'sqlite') throw new Error('createBackup snapshots a SQLite file; PostgreSQL: createPostgresBackup (backup-postgres.ts)');
  const databaseFile = source.database.path;
  const { target, storageDir, staging } = prepareArchive(archivePath, source.storageDir);
  try {
    const snapshot = path.join(staging, DATABASE_ENTRY);
    const live = new Database(databaseFile, { fileMustExist: true, timeout: 10_000 });
    try {
      live.prepare('vacuum into ?').run(snapshot);
    } finally {
      live.close();
    }
    const { migrations, tables } = describeDatabase(snapshot);

    const databaseFiles = new Set(
      ['', '-wal', '-shm', '-journal'].map((suffix) => path.relative(storageDir, path.resolve(databaseFile) + suffix)),
    );
    const files: ManifestFile[] = [];
    for (const relative of listFiles(storageDir)) {
      if (isExcludedFromBackup(relative, databaseFiles)) continue;
      files.push(await describeFile(path.join(storageDir, relative), toArchivePath(relative)));
    }
    const manifest: BackupManifest = {
      format: 'ltc-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      migrations,
      tables,
      database: await describeFile(snapshot, DATABASE_ENTRY),
      files,
    };
    await packArchive({ staging, target, storageDir }, manifest, [DATABASE_ENTRY]);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Checks the archive's path (new, outside the storage folder) and makes a staging folder next to
 * it, not in /tmp: the database snapshot and copied documents are as large as the originals.
 */
export function prepareArchive(archivePath: string, storageFolder: string): { target: string; storageDir: string; staging: string } {
  const target = path.resolve(archivePath);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name`);
  const storageDir = path.resolve(storageFolder);
  if (!path.relative(storageDir, target).startsWith('..')) throw new Error('write the backup outside the storage folder');
  mkdirSync(path.dirname(target), { recursive: true });
  return { target, storageDir, staging: mkdtempSync(path.join(path.dirname(target), '.ltc-backup-')) };
}

/** Unpacks an archive: only plain files and folders, no links that could point outside `cwd`. */
/**
 * Writes the manifest and packs it into `target` with the staged `entries` and the storage files
 * the manifest lists, which are read in place ("storage" points at the live folder), not copied first.
 */
export async function packArchive(places: { staging: string; target: string; storageDir: string }, manifest: { files: ManifestFile[] }, entries: string[]): Promise<void> {
  const { staging, target, storageDir } = places;
  writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  symlinkSync(storageDir, path.join(staging, 'storage'), 'dir');
  await createTar({ gzip: true, file: target, cwd: staging, portable: true }, ['manifest.json', ...entries, ...manifest.files.map((file) => `storage/${file.path}`)]);
}

export function extractArchive(archivePath: string, cwd: string): Promise<void> {
  return extractTar({
    file: path.resolve(archivePath),
    cwd,
    strict: true,
    filter: (_path, entry) => 'type' in entry && (entry.type === 'File' || entry.type === 'Directory'),
  });
}

/** The manifest of an archive, read without unpacking the rest (which kind of backup is it?). */
export async function readArchiveManifest(archivePath: string): Promise<{ format?: string; version?: number; engine?: string }> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'ltc-manifest-'));
  try {
    await extractTar({ file: path.resolve(archivePath), cwd: scratch, strict: true, filter: (entryPath) => entryPath === 'manifest.json' });
    const file = path.join(scratch, 'manifest.json');
    if (!existsSync(file)) throw new Error('not a LifeTimeCircle backup (no manifest.json)');
    return JSON.parse(readFileSync(file, 'utf8'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every listed file of an unpacked archive, checked for presence, size and SHA-256. */
export async function checkArchiveFiles(root: string, expected: ManifestFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of expected) {
    const file = path.join(root, entry.path);
    if (!existsSync(file)) {
      problems.push(`missing: ${entry.path}`);
      continue;
    }
    const actual = await describeFile(file, entry.path);
    if (actual.size !== entry.size || actual.sha256 !== entry.sha256) problems.push(`checksum mismatch: ${entry.path}`);
  }
  return problems;
}

export interface RestoreResult {
  manifest: BackupManifest;
  storageDir: string;
  databasePath: string;
}

/**
 * Restores an archive into a fresh (absent or empty) folder, which becomes the new storage folder
 * with the database at its default place. Every file and the database are checked against the
 * manifest; on any mismatch nothing is left behind.
 */
export async function restoreBackup(archivePath: string, freshDir: string): Promise<RestoreResult> {
  const target = path.resolve(freshDir);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} is not empty; restore only into a fresh folder`);
  const created = !existsSync(target);
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(path.join(target, '.restore-'));
  try {
    await extractArchive(archivePath, staging);
    const manifest = JSON.parse(readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as BackupManifest;
    if (manifest.format !== 'ltc-backup' || manifest.version !== 1) throw new Error('not a LifeTimeCircle backup (manifest format)');
    const problems = await checkArchiveFiles(staging, [manifest.database, ...manifest.files.map((file) => ({ ...file, path: `storage/${file.path}` }))]);
    const restoredFiles = existsSync(path.join(staging, 'storage')) ? listFiles(path.join(staging, 'storage')) : [];
    if (restoredFiles.length !== manifest.files.length) problems.push(`archive holds ${restoredFiles.length} storage files, manifest lists ${manifest.files.length}`);
    if (problems.length === 0) problems.push(...checkDatabase(path.join(staging, DATABASE_ENTRY), manifest));
    if (problems.length > 0) throw new Error(`backup verification failed:\n  ${problems.join('\n  ')}`);

    for (const entry of existsSync(path.join(staging, 'storage')) ? readdirSync(path.join(staging, 'storage')) : []) {
      renameSync(path.join(staging, 'storage', entry), path.join(target, entry));
    }
    const databasePath = path.join(target, RESTORED_DATABASE_NAME);
    renameSync(path.join(staging, DATABASE_ENTRY), databasePath);
    rmSync(staging, { recursive: true, force: true });
    return { manifest, storageDir: target, databasePath };
  } catch (error) {
    rmSync(created ? target : staging, { recursive: true, force: true });
    throw error;
  }
}

/** Applied migrations and the row count of every table. */
export function describeDatabase(databasePath: string): { migrations: string[]; tables: Record<string, number> } {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables: Record<string, number> = {};
    for (const name of tableNames(db)) {
      tables[name] = db.prepare(`select count(*) from "${name}"`).pluck().get() as number;
    }
    const migrations = tables.mikro_orm_migrations === undefined ? [] : (db.prepare('select name from mikro_orm_migrations order by id').pluck().all() as string[]);
    return { migrations, tables };
  } finally {
    db.close();
  }
}

export function tableNames(db: Database.Database): string[] {
  return db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
}

function checkDatabase(databasePath: string, manifest: BackupManifest): string[] {
  const problems: string[] = [];
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.prepare('pragma integrity_check').pluck().get();
    if (integrity !== 'ok') problems.push(`database integrity check: ${String(integrity)}`);
    if (db.prepare('pragma foreign_key_check').all().length > 0) problems.push('database has rows with broken foreign keys');
  } finally {
    db.close();
  }
  const actual = describeDatabase(databasePath);
  if (JSON.stringify(actual.migrations) !== JSON.stringify(manifest.migrations)) problems.push('applied migrations differ from the manifest');
  if (JSON.stringify(actual.tables) !== JSON.stringify(manifest.tables)) problems.push('row counts differ from the manifest');
  return problems;
}

/** Every regular file below a folder, as paths relative to it (symlinks are not followed). */
export function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

export const toArchivePath = (relative: string) => relative.split(path.sep).join('/');

export async function describeFile(file: string, archivePath: string): Promise<ManifestFile> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return { path: archivePath, size: statSync(file).size, sha256: hash.digest('hex') };
}
