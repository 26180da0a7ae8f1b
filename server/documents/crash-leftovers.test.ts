// What a crash (kill -9) in the middle of uploads leaves behind is cleaned up (issue 12, item 21):
// temp files of unfinished uploads when the server starts again, stored files without a row by the
// next retention sweep; both once they are older than the grace period; nothing young and nothing
// with a row.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseEnv, signInAs, startServer, storageEnv, type TestServer } from '../../test/harness.ts';
import { backdateStored, isStored, storeOrphan } from '../../test/stored-documents.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { Document } from './document.entity.ts';
import { JobLease } from '../jobs/job-lease.entity.ts';
import { documentRetentionJob, ORPHAN_GRACE_MS } from './retention.ts';
import { pdfFile, uploadScanned } from './test-files.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let server: TestServer | undefined;
afterAll(async () => server?.close());

/** `node server/main.ts` as its own process on the given storage folder, database and document store; resolves with its URL once it listens. */
function spawnServer(storageDir: string, data: Record<string, string>) {
  const child = spawn(process.execPath, ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LTC_ENV: 'test', LTC_PORT: '0', LTC_STORAGE_DIR: storageDir, ...data, LTC_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    child.once('exit', () => reject(new Error('the server process ended')));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"server_started"')) resolve(`http://127.0.0.1:${JSON.parse(line).port}`);
    });
  });
  return { child, url };
}

describe('after kill -9 during uploads', () => {
  it('the next start removes stale temp files and orphan files, and keeps young files and stored documents', async () => {
    server = await startServer();
    const { storageDir } = server;
    // The same database and document store (folder or bucket) for every process of this test.
    const data = { ...databaseEnv(server), ...storageEnv(server) };
    const owner = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, owner.token);
    const kept = (await uploadScanned(server, owner.token, vehicle.id, pdfFile(), 'bleibt.pdf')).data.uploadDocument.id;
    const keptKey = (await server.app.services.orm.em.fork().findOneOrFail(Document, { id: kept })).storageKey!;
    await server.app.close();

    // A real process with uploads in flight, killed without any chance to clean up.
    const { child, url } = spawnServer(storageDir, data);
    const base = await url;
    const uploads = Array.from({ length: 2 }, (_, index) => {
      const boundary = `crash${index}`;
      const head =
        `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({ query: 'mutation($v: ID!, $f: Upload!) { uploadDocument(vehicleId: $v, file: $f) { id } }', variables: { v: vehicle.id, f: null } }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}` +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="halb.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      const body = new ReadableStream<Uint8Array>({ start: (stream) => stream.enqueue(Buffer.concat([Buffer.from(head), pdfFile()])) });
      return fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'x-ltc-csrf': '1', authorization: `Bearer ${owner.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
        duplex: 'half',
      } as RequestInit).catch(() => null);
    });
    const tempDir = path.join(storageDir, 'documents', 'tmp');
    for (let attempt = 0; attempt < 400 && (!existsSync(tempDir) || readdirSync(tempDir).length < 2); attempt++) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill('SIGKILL');
    await Promise.all(uploads);
    const leftoverTemps = readdirSync(tempDir);
    expect(leftoverTemps.length).toBeGreaterThanOrEqual(2);

    // Stored files whose row never committed (the crash fell between rename and insert).
    const staleOrphan = 'd'.repeat(64);
    const youngOrphan = 'e'.repeat(64);
    for (const key of [staleOrphan, youngOrphan]) await storeOrphan(server, key, pdfFile());
    // Time passes: everything but the young orphan is older than the grace period.
    const past = new Date(Date.now() - ORPHAN_GRACE_MS - 60_000);
    for (const key of [staleOrphan, keptKey]) backdateStored(server, key, past);
    for (const name of leftoverTemps) utimesSync(path.join(tempDir, name), past, past);

    server = await startServer(data, { storageDir });
    expect(readdirSync(tempDir)).toEqual([]);
    // The killed process took the sweep when it started (and may have died holding it); time passes
    // until it is due again and a dead holder's lease has expired.
    const { services } = server.app;
    await services.orm.em.fork().nativeUpdate(JobLease, { name: 'document_retention' }, { nextRunAt: past, leaseUntil: past });
    // This instance's own start tick may take the due sweep first; either way it runs once.
    await services.jobs.runIfDue(documentRetentionJob(services));
    await expect.poll(() => Promise.all([staleOrphan, youngOrphan, keptKey].map((key) => isStored(server!, key))), { timeout: 10_000 }).toEqual([false, true, true]);
  });
});
