// The PostgreSQL runbook followed once from a clean state (docs/OPERATIONS.md §5, issue 15):
// `npm run backup` of a serving installation, `npm run restore` into a new database and an empty
// document store (a new bucket in the PostgreSQL + S3 pass of `npm test`), and a server on the
// restored data that serves the same account, vehicle, entries and document bytes. PostgreSQL
// only: the SQLite tools have backup.test.ts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseEnv, dropTestDatabase, newBucketEnv, signInAs, startServer, storageEnv, testEngine, testStorage, type TestServer } from '../../test/harness.ts';
import { S3RVER_CREDENTIALS } from '../../test/s3.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { pdfFile, upload } from '../documents/test-files.ts';

/** Runs one of the npm scripts as its own process, as an operator would. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, LTC_ENV: 'test', LTC_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** A database name nobody uses yet in the run's PostgreSQL; the restore creates it. */
const newDatabaseUrl = () => `${inject('postgresUrl')}/ltc_restore_${randomBytes(6).toString('hex')}`;

/** A new, empty bucket (S3 pass) as environment; in the filesystem pass the restored folder is the store. */
const newDocumentStoreEnv = async (): Promise<Record<string, string>> => (testStorage === 's3' ? newBucketEnv() : {});

/** The test cluster trusts loopback: a password in the URL is accepted and ignored, so the tools' output can be checked for it. */
const PASSWORD = `pw-${randomBytes(8).toString('hex')}`;
const withPassword = (url: string) => url.replace('postgres://postgres@', `postgres://postgres:${PASSWORD}@`);

const VEHICLE = `query($id: ID!) { vehicle(id: $id) {
  id vinMasked make model buildYear
  entries(first: 50) { edges { node { id date type odometerKm note } } }
  documents(first: 50) { edges { node { id sha256 sizeBytes filename } } }
} }`;

describe.runIf(testEngine === 'postgresql')('backup and restore of a PostgreSQL installation', () => {
  let source: TestServer;
  let work: string;
  beforeAll(async () => {
    source = await startServer();
    work = mkdtempSync(path.join(tmpdir(), 'ltc-backup-postgres-'));
  });
  afterAll(async () => {
    await source.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('restores into a new database and an empty document store, and a server on them serves the same data', async () => {
    const owner = await signInAs(source, 'user');
    const admin = await signInAs(source, 'admin');
    const vehicle = await createVehicle(source, owner.token, { make: 'Porsche', model: '911' });
    await addEntry(source, owner.token, vehicle.id, { note: 'Inspektion' });
    await addEntry(source, owner.token, vehicle.id, { date: '2025-04-02', odometerKm: 51000 });
    const pdf = pdfFile('Rechnung Backup');
    const uploaded = await upload(source, owner.token, vehicle.id, pdf, 'rechnung.pdf');
    expect(uploaded.errors).toBeUndefined();
    const documentId = uploaded.data.uploadDocument.id as string;
    await source.app.services.pendingWrites.drain();
    const before = await source.gql(VEHICLE, { id: vehicle.id }, { token: owner.token });
    expect(before.data.vehicle.entries.edges).toHaveLength(2);

    const archive = path.join(work, 'ltc.tar.gz');
    const backup = await runScript('scripts/backup.ts', [archive], {
      LTC_STORAGE_DIR: source.storageDir,
      LTC_DATABASE_URL: withPassword(databaseEnv(source).LTC_DATABASE_URL),
      ...storageEnv(source),
    });
    expect(backup.output).toMatch(/backup written: .* 1 documents, /);
    expect(backup.code).toBe(0);

    const targetDatabase = newDatabaseUrl();
    const targetStore = await newDocumentStoreEnv();
    const fresh = path.join(work, 'restored');
    const restore = await runScript('scripts/restore.ts', [archive, fresh], { LTC_DATABASE_URL: withPassword(targetDatabase), ...targetStore });
    expect(restore.output).toContain('restored and verified');
    expect(restore.code).toBe(0);
    for (const output of [backup.output, restore.output]) {
      expect(output).not.toContain(PASSWORD);
      expect(output).not.toContain(S3RVER_CREDENTIALS.secretAccessKey);
    }

    // The restored installation: the same key (the development key came along in the folder), so
    // the session of before still signs in.
    const restored = await startServer({ LTC_DATABASE_URL: targetDatabase, ...targetStore }, { storageDir: fresh });
    try {
      expect((await fetch(`${restored.url}/ready`)).status).toBe(200);
      const me = await restored.gql('{ me { id } }', {}, { token: owner.token });
      expect(me.data.me.id).toBe(owner.userId);
      const after = await restored.gql(VEHICLE, { id: vehicle.id }, { token: owner.token });
      expect(after.data).toEqual(before.data);
      // Still quarantined (not yet scanned and reviewed): an admin may download it.
      const download = await fetch(`${restored.url}/documents/${documentId}/download`, { headers: { authorization: `Bearer ${admin.token}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    } finally {
      await restored.close();
    }
  });

  it('refuses a target database or document store that is not empty, and says so without the password', async () => {
    const owner = await signInAs(source, 'user');
    const vehicle = await createVehicle(source, owner.token);
    expect((await upload(source, owner.token, vehicle.id, pdfFile('Zweite'), 'zweite.pdf')).errors).toBeUndefined();
    const archive = path.join(work, 'second.tar.gz');
    const backupEnv = { LTC_STORAGE_DIR: source.storageDir, ...databaseEnv(source), ...storageEnv(source) };
    expect((await runScript('scripts/backup.ts', [archive], backupEnv)).code).toBe(0);

    // The source itself is the most non-empty target there is.
    const intoLive = path.join(work, 'into-live');
    const refused = await runScript('scripts/restore.ts', [archive, intoLive], {
      LTC_DATABASE_URL: withPassword(databaseEnv(source).LTC_DATABASE_URL),
      ...(testStorage === 's3' ? await newDocumentStoreEnv() : {}),
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('the target database is not empty');
    expect(refused.output).not.toContain(PASSWORD);
    expect(existsSync(intoLive)).toBe(false);

    if (testStorage === 's3') {
      // A new database but the live bucket (it holds documents): refused before the database is touched.
      const database = newDatabaseUrl();
      const occupied = await runScript('scripts/restore.ts', [archive, path.join(work, 'into-live-bucket')], { LTC_DATABASE_URL: database, ...storageEnv(source) });
      expect(occupied.code).toBe(1);
      expect(occupied.output).toContain('already holds documents');
      await dropTestDatabase({ engine: 'postgresql', url: database });
    }

    // An archive is never written twice.
    const again = await runScript('scripts/backup.ts', [archive], backupEnv);
    expect(again.code).toBe(1);
    expect(again.output).toContain('already exists');
  });
});
