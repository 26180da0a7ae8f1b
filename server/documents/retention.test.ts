import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { databaseEnv, signInAs, startServer, storageEnv, type TestServer } from '../../test/harness.ts';
import { backdateStored, isStored, storeOrphan } from '../../test/stored-documents.ts';
import { Document } from './document.entity.ts';
import { purgeExpiredDocuments } from './retention.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { pdfFile, pngFile, uploadScanned } from './test-files.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

let server: TestServer;
let owner: { token: string; userId: string };
let admin: { token: string; userId: string };
let vehicleId: string;

beforeAll(async () => {
  server = await startServer();
  owner = await signInAs(server, 'user');
  admin = await signInAs(server, 'admin');
  vehicleId = (await createVehicle(server, owner.token)).id;
});
afterAll(async () => server.close());

const em = () => server.app.services.orm.em.fork();
const row = (id: string) => em().findOneOrFail(Document, { id });

/** Uploads a document and moves its review clock into the past (a fixture of time, not of the API). */
async function uploadedDaysAgo(review: { rejectedDaysAgo?: number; piiConfirmedDaysAgo?: number }, entryIds: string[] = []) {
  const id = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'alt.pdf', { entryIds })).data.uploadDocument.id as string;
  if (review.rejectedDaysAgo !== undefined) {
    await server.gql('mutation($id: ID!) { rejectDocument(id: $id, reason: "unleserlich") { id } }', { id }, { token: admin.token });
    await em().nativeUpdate(Document, { id }, { reviewedAt: new Date(Date.now() - review.rejectedDaysAgo * DAY_MS) });
  }
  if (review.piiConfirmedDaysAgo !== undefined) {
    await server.gql('mutation($id: ID!) { setDocumentPiiStatus(id: $id, piiStatus: CONFIRMED) { id } }', { id }, { token: admin.token });
    await em().nativeUpdate(Document, { id }, { piiStatusChangedAt: new Date(Date.now() - review.piiConfirmedDaysAgo * DAY_MS) });
  }
  return { id, storageKey: (await row(id)).storageKey! };
}

describe('document retention', () => {
  it('purges file and content of documents rejected or PII-confirmed more than 30 days ago; the audit trail stays', async () => {
    const entryId = (await addEntry(server, owner.token, vehicleId)).id;
    const oldRejected = await uploadedDaysAgo({ rejectedDaysAgo: 31 }, [entryId]);
    const recentRejected = await uploadedDaysAgo({ rejectedDaysAgo: 29 });
    const oldPii = await uploadedDaysAgo({ piiConfirmedDaysAgo: 31 });
    const recentPii = await uploadedDaysAgo({ piiConfirmedDaysAgo: 5 });
    const quarantined = await uploadedDaysAgo({});

    const report = await purgeExpiredDocuments(server.app.services);
    expect(report.purged).toBe(2);

    for (const purged of [oldRejected, oldPii]) {
      expect(await isStored(server, purged.storageKey)).toBe(false);
      const tombstone = await row(purged.id);
      expect(tombstone).toMatchObject({ storageKey: null, filename: '', sha256: '' });
      expect(tombstone.purgedAt).toBeInstanceOf(Date);
      expect(tombstone.deletedAt).toBeInstanceOf(Date);
      const actions = (await em().find(AuditEvent, { targetId: purged.id })).map((event) => event.action);
      expect(actions).toContain('UPLOAD_RECEIVED');
      expect(actions).toContain('DOCUMENT_PURGED');
      // Not even an admin can download a purged document.
      const response = await fetch(`${server.url}/documents/${purged.id}/download`, { headers: { authorization: `Bearer ${admin.token}` } });
      expect(response.status).toBe(403);
    }
    expect(await em().count(EntryDocument, { document: oldRejected.id })).toBe(0);
    const purgeEvent = await em().findOneOrFail(AuditEvent, { targetId: oldPii.id, action: 'DOCUMENT_PURGED' });
    expect(purgeEvent).toMatchObject({ actorType: 'system', reason: 'pii_confirmed_retention' });

    for (const kept of [recentRejected, recentPii, quarantined]) {
      expect(await isStored(server, kept.storageKey)).toBe(true);
      expect((await row(kept.id)).purgedAt).toBeNull();
    }
    // A second sweep finds nothing more to do.
    expect((await purgeExpiredDocuments(server.app.services)).purged).toBe(0);
  });

  it('a purged document can no longer be reviewed', async () => {
    const purged = await uploadedDaysAgo({ rejectedDaysAgo: 40 });
    await purgeExpiredDocuments(server.app.services);
    const response = await server.gql('mutation($id: ID!) { setDocumentPiiStatus(id: $id, piiStatus: OK) { id } }', { id: purged.id }, { token: admin.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'GONE', reason: 'document_purged' });
  });

  it('removes files no row refers to and stale temp files, but not fresh ones', async () => {
    const tempDir = path.join(server.storageDir, 'documents', 'tmp');
    mkdirSync(tempDir, { recursive: true });
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const staleOrphan = 'a'.repeat(64);
    const freshOrphan = 'b'.repeat(64);
    const staleTemp = path.join(tempDir, `${'c'.repeat(64)}.part`);
    for (const key of [staleOrphan, freshOrphan]) await storeOrphan(server, key, pngFile());
    writeFileSync(staleTemp, pngFile());
    backdateStored(server, staleOrphan, hourAgo);
    utimesSync(staleTemp, hourAgo, hourAgo);
    const live = (await uploadScanned(server, owner.token, vehicleId, pngFile(), 'live.png')).data.uploadDocument.id;
    const liveKey = (await row(live)).storageKey!;
    backdateStored(server, liveKey, hourAgo);

    const report = await purgeExpiredDocuments(server.app.services);
    expect(report).toMatchObject({ orphanFilesRemoved: 1, tempFilesRemoved: 1 });
    const stored = await Promise.all([staleOrphan, freshOrphan, liveKey].map((key) => isStored(server, key)));
    expect([stored[0], stored[1], existsSync(staleTemp), stored[2]]).toEqual([false, true, false, true]);
  });

  it('npm run documents:purge runs the same sweep from the command line', async () => {
    const purged = await uploadedDaysAgo({ piiConfirmedDaysAgo: 31 });
    const result = spawnSync(process.execPath, ['scripts/documents-purge.ts'], {
      env: { ...process.env, LTC_ENV: 'test', LTC_STORAGE_DIR: server.storageDir, ...databaseEnv(server), ...storageEnv(server), LTC_LOG_LEVEL: 'silent' },
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^purged 1 document\(s\)/);
    expect(await isStored(server, purged.storageKey)).toBe(false);
  });
});
