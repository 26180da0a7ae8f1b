import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { create as createTar, extract as extractTar } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { pdfFile, upload } from '../documents/test-files.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { createBackup, isExcludedFromBackup, listFiles, restoreBackup, tableNames, RESTORED_DATABASE_NAME } from './backup.ts';

let server: TestServer;
let work: string;
beforeAll(async () => {
  // Many sign-ins from one address: lift the per-address login limits.
  server = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '100000', LTC_RATE_VERIFY_IP_LIMIT: '100000' });
  work = mkdtempSync(path.join(tmpdir(), 'ltc-backup-test-'));
  // Document-like files, plus files a backup must leave out (in-progress upload, temp folder).
  mkdirSync(path.join(server.storageDir, 'documents', 'ab'), { recursive: true });
  writeFileSync(path.join(server.storageDir, 'documents', 'ab', 'abcdef0123'), Buffer.from('%PDF-1.4 first document'));
  writeFileSync(path.join(server.storageDir, 'documents', 'ab', 'abcdef9999'), Buffer.alloc(300_000, 7));
  writeFileSync(path.join(server.storageDir, 'documents', 'upload-123.tmp'), 'half written');
  mkdirSync(path.join(server.storageDir, 'tmp'), { recursive: true });
  writeFileSync(path.join(server.storageDir, 'tmp', 'scratch'), 'scratch');
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs one of the npm scripts as its own process, as an operator would. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Every row of every table, each table sorted, for exact comparison. */
function dump(databasePath: string): Record<string, string[]> {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(tableNames(db).map((table) => [table, db.prepare(`select * from "${table}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

const count = (table: string) =>
  server.app.services.orm.em.fork().getConnection().execute<{ n: number }[]>(`select count(*) as n from ${table}`).then((rows) => rows[0]!.n);
/** Rows written so far by the writers (every step of theirs adds at least one audit event). */
const writes = () => count('audit_events');
/** The live SQLite file (this file runs on SQLite only: scripts/test.ts). */
function liveDatabase(): string {
  const { database } = server.app.services.config;
  if (database.engine !== 'sqlite') throw new Error('backup.test.ts runs on SQLite only');
  return database.path;
}
const scriptEnv = () => ({ LTC_ENV: 'test', LTC_STORAGE_DIR: server.storageDir, LTC_LOG_LEVEL: 'silent' });

describe('backup and restore', () => {
  it('takes a consistent backup while the server is writing and restores it into a fresh folder', async () => {
    // Writers, as fast as the server takes them: sign-in (challenge, user, session, audit), consent,
    // a vehicle, an entry and an uploaded document (row and file).
    let writing = true;
    const writer = async () => {
      while (writing) {
        const { token } = await signInAs(server, 'user');
        const vehicle = await createVehicle(server, token);
        await addEntry(server, token, vehicle.id);
        const uploaded = await upload(server, token, vehicle.id, pdfFile(`Rechnung ${vehicle.id}`), 'rechnung.pdf');
        if (!uploaded.data?.uploadDocument) throw new Error(`upload failed: ${JSON.stringify(uploaded.errors)}`);
      }
    };
    const writers = [writer(), writer(), writer()];
    while ((await count('documents')) < 3) await new Promise((resolve) => setTimeout(resolve, 20));

    const usersBefore = await count('users');
    const writesBefore = await writes();
    const archive = path.join(work, 'during-writes.tar.gz');
    const backup = await runScript('scripts/backup.ts', [archive], scriptEnv());
    const usersAfter = await count('users');
    const writesAfter = await writes();
    writing = false;
    await Promise.all(writers);
    expect(backup.output).toContain('backup written');
    expect(backup.code).toBe(0);
    expect(writesAfter).toBeGreaterThan(writesBefore); // the writes really ran during the backup

    const fresh = path.join(work, 'restored-during-writes');
    const restore = await runScript('scripts/restore.ts', [archive, fresh], {});
    expect(restore.output).toContain('restored and verified');
    expect(restore.code).toBe(0);

    const restored = dump(path.join(fresh, RESTORED_DATABASE_NAME));
    const live = dump(liveDatabase());
    expect(Object.keys(restored)).toEqual(Object.keys(live));
    expect(restored.users!.length).toBeGreaterThanOrEqual(usersBefore);
    expect(restored.users!.length).toBeLessThanOrEqual(usersAfter);
    // A snapshot from one moment: every restored row exists live (append-only audit rows are
    // identical) and nothing half written made it in (foreign keys hold, checked by the restore).
    // Rows by id; the public view counters (keyed by vehicle) and job leases (by name) keep
    // changing after the snapshot.
    const idsOf = (rows: string[]) => new Set(rows.map((row) => JSON.parse(row).id ?? JSON.parse(row).vehicle_id ?? JSON.parse(row).name ?? row));
    for (const [table, rows] of Object.entries(restored)) {
      const liveIds = idsOf(live[table]!);
      for (const id of idsOf(rows)) expect(liveIds.has(id), `${table} row ${id}`).toBe(true);
    }
    const liveAudit = new Set(live.audit_events);
    for (const row of restored.audit_events!) expect(liveAudit.has(row)).toBe(true);
    const sessionsByUser = new Set(restored.sessions!.map((row) => JSON.parse(row).user_id));
    for (const userId of sessionsByUser) expect(restored.users!.some((row) => JSON.parse(row).id === userId)).toBe(true);
  });

  it('restores every row of every table and every file exactly once the writes have settled', async () => {
    const known = await signInAs(server, 'user');
    await server.app.services.pendingWrites.drain();
    const archive = path.join(work, 'settled.tar.gz');
    const manifest = await createBackup(server.app.services.config, archive);
    const fresh = path.join(work, 'restored-settled');
    await restoreBackup(archive, fresh);

    expect(dump(path.join(fresh, RESTORED_DATABASE_NAME))).toEqual(dump(liveDatabase()));
    expect(manifest.tables.users).toBeGreaterThan(3);
    expect(manifest.migrations.length).toBeGreaterThan(0);

    // Every file of the live storage folder except the database, outbox and temp files.
    const databaseFiles = new Set(['', '-wal', '-shm'].map((suffix) => `lifetimecircle.sqlite${suffix}`));
    const expectedFiles = listFiles(server.storageDir).filter((file) => !isExcludedFromBackup(file, databaseFiles));
    expect(expectedFiles).toContain('.dev-secret-key');
    expect(expectedFiles).toContain(path.join('documents', 'ab', 'abcdef9999'));
    expect(manifest.tables.documents).toBeGreaterThanOrEqual(3);
    expect(expectedFiles.length).toBeGreaterThanOrEqual(manifest.tables.documents! + 3); // uploads + the handmade files + key
    expect(listFiles(fresh).filter((file) => file !== RESTORED_DATABASE_NAME)).toEqual(expectedFiles);
    for (const file of expectedFiles) expect(readFileSync(path.join(fresh, file))).toEqual(readFileSync(path.join(server.storageDir, file)));
    // Left out: the live database files, the mail outbox, temp files.
    expect(manifest.files.map((file) => file.path)).not.toContain('outbox');
    expect(manifest.files.some((file) => /outbox|\.tmp$|^tmp\/|sqlite/.test(file.path))).toBe(false);

    // The restored folder serves: a server on it knows the sessions (same secret key file).
    const restoredApp = await createApp(loadConfig({ LTC_ENV: 'test', LTC_STORAGE_DIR: fresh, LTC_PORT: '0', LTC_LOG_LEVEL: 'silent' }));
    try {
      const url = `http://127.0.0.1:${await restoredApp.listen()}`;
      expect((await fetch(`${url}/ready`)).status).toBe(200);
      const me = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${known.token}` },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(((await me.json()) as { data: { me: { id: string } } }).data.me.id).toBe(known.userId);
    } finally {
      await restoredApp.close();
    }
  });

  it('refuses a tampered archive and a folder that is not empty, and leaves nothing behind', async () => {
    const archive = path.join(work, 'original.tar.gz');
    await createBackup(server.app.services.config, archive);
    const unpacked = path.join(work, 'unpacked');
    mkdirSync(unpacked);
    await extractTar({ file: archive, cwd: unpacked });
    writeFileSync(path.join(unpacked, 'storage', 'documents', 'ab', 'abcdef0123'), '%PDF-1.4 swapped');
    const tampered = path.join(work, 'tampered.tar.gz');
    await createTar({ gzip: true, file: tampered, cwd: unpacked }, ['manifest.json', 'database.sqlite', 'storage']);

    const target = path.join(work, 'restored-tampered');
    await expect(restoreBackup(tampered, target)).rejects.toThrow(/checksum mismatch: storage\/documents\/ab\/abcdef0123/);
    expect(listFiles(work).some((file) => file.startsWith('restored-tampered'))).toBe(false);

    const occupied = path.join(work, 'occupied');
    mkdirSync(occupied);
    writeFileSync(path.join(occupied, 'keep-me'), 'x');
    await expect(restoreBackup(archive, occupied)).rejects.toThrow(/not empty/);
    expect(readFileSync(path.join(occupied, 'keep-me'), 'utf8')).toBe('x');

    await expect(createBackup(server.app.services.config, archive)).rejects.toThrow(/already exists/);
    await expect(createBackup(server.app.services.config, path.join(server.storageDir, 'inside.tar.gz'))).rejects.toThrow(/outside the storage folder/);
    // Documents in a bucket would be missing from the archive: refused, pointing at the bucket's own tools.
    const inBucket = { ...server.app.services.config, documentStorage: { backend: 's3' as const, bucket: 'ltc-documents', region: 'us-east-1', forcePathStyle: false } };
    await expect(createBackup(inBucket, path.join(work, 'bucket.tar.gz'))).rejects.toThrow(/keeps them in the bucket .*aws s3 sync/);
    expect(existsSync(path.join(work, 'bucket.tar.gz'))).toBe(false);
  });
});
