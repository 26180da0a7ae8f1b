import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropTestDatabase, testDatabase } from '../../test/harness.ts';
import { openOrm } from '../db/orm.ts';
import { FileDocumentStore } from '../documents/storage.ts';
import { ChainLink } from './chain-link.entity.ts';
import { verifyVehicleChain } from './chain.service.ts';
import { tempDir } from '../../test/temp-dirs.ts';

describe('the chain back-fill migration', () => {
  it('chains the records written before the chain existed, in the order they were written, so that they verify intact', async () => {
    const dir = tempDir('ltc-chain-backfill-');
    const target = testDatabase(dir);
    const older = await openOrm(target);
    try {
      const names = (await older.migrator.getPending()).map((migration) => migration.name);
      const adding = names.findIndex((name) => name.endsWith('_ChainLinks'));
      await older.migrator.up({ to: names[adding - 1] });
      // Raw rows in the shape of the tables before the chain (both engines read "quoted" names).
      const sql = (text: string, params: unknown[] = []) => older.em.getConnection().execute(text, params);
      const bytes = Buffer.from('%PDF-1.4 Rechnung');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const storageKey = 'a'.repeat(64);
      mkdirSync(path.join(dir, 'documents'), { recursive: true });
      writeFileSync(path.join(dir, 'documents', storageKey), bytes);
      await sql(`insert into "users" ("id", "email_hmac", "email_encrypted", "email_masked", "created_at") values ('u1', 'h', 'x', 'm', '2024-01-01 00:00:00')`);
      for (const id of ['v1', 'v2']) {
        await sql(`insert into "vehicles" ("id", "owner_id", "vin_hmac", "vin_encrypted", "vin_masked", "make", "model", "created_at", "updated_at") values ('${id}', 'u1', 'h${id}', 'x', 'm', 'VW', 'Golf', '2024-01-01 00:00:00', '2024-01-01 00:00:00')`);
      }
      await sql(`insert into "documents" ("id", "vehicle_id", "uploaded_by_id", "storage_key", "filename", "content_type", "size_bytes", "sha256", "approval_status", "scan_status", "pii_status", "created_at")
        values ('d1', 'v1', 'u1', '${storageKey}', 'r.pdf', 'application/pdf', ${bytes.length}, '${sha256}', 'APPROVED', 'CLEAN', 'OK', '2024-03-01 09:00:00')`);
      const entry = (id: string, version: number, isLatest: boolean, supersedes: string | null, createdAt: string, km: number) =>
        sql(`insert into "service_entries" ("id", "vehicle_id", "group_id", "version", "supersedes", "is_latest", "date", "type", "performed_by", "odometer_km", "note", "withdrawn", "created_by_id", "created_at", "first_recorded_at")
          values ('${id}', 'v1', 'e1', ${version}, ${supersedes ? `'${supersedes}'` : 'null'}, ${isLatest}, '2024-03-01', 'service', 'Fachwerkstatt', ${km}, 'Ölwechsel', false, 'u1', '${createdAt}', '2024-03-02 10:00:00')`);
      await entry('e1', 1, false, null, '2024-03-02 10:00:00', 1000);
      await entry('e2', 2, true, 'e1', '2024-05-06 10:00:00', 1100);
      await sql(`insert into "entry_documents" ("entry_id", "document_id") values ('e2', 'd1')`);
      await sql(`insert into "inspection_events" ("id", "vehicle_id", "source", "result", "title", "occurred_at", "created_by_id", "created_at") values ('i1', 'v1', 'WORKSHOP', 'NOT_OK', 'Bremsen', '2024-04-01 08:00:00', 'u1', '2024-04-01 08:00:00')`);
      await sql(`insert into "defect_cases" ("id", "vehicle_id", "inspection_id", "status", "summary", "opened_at", "closed_at", "closed_by") values ('c1', 'v1', 'i1', 'DONE', 'Nicht OK', '2024-04-01 08:00:00', '2024-04-03 08:00:00', 'r1')`);
      await sql(`insert into "remediations" ("id", "defect_case_id", "vehicle_id", "result", "title", "occurred_at", "created_by_id", "created_at") values ('r1', 'c1', 'v1', 'OK', 'Behebung', '2024-04-03 08:00:00', 'u1', '2024-04-03 08:00:00')`);
      await sql(`insert into "remediation_documents" ("remediation_id", "document_id") values ('r1', 'd1')`);

      await older.migrator.up({ to: names.find((name) => name.endsWith('_ChainBackfill')) });
      const em = older.em.fork();
      const links = await em.find(ChainLink, { vehicle: 'v1' }, { orderBy: { sequence: 'asc' } });
      expect(links.map((link) => [link.sequence, link.recordType, link.recordId])).toEqual([
        [1, 'entry_version', 'e1'],
        [2, 'inspection', 'i1'],
        [3, 'defect_case', 'c1'],
        [4, 'remediation', 'r1'],
        [5, 'entry_version', 'e2'],
      ]);
      expect(JSON.parse(links[4]!.documents)).toEqual([{ id: 'd1', sha256 }]);
      expect(await em.count(ChainLink, { vehicle: 'v2' })).toBe(0);
      const store = new FileDocumentStore(dir);
      expect(await verifyVehicleChain(em, store, 'v1')).toMatchObject({ status: 'intact', linkCount: 5, head: links[4]!.hash });
      // A field changed after the back-fill is named like any other.
      await em.getConnection().execute(`update "service_entries" set "odometer_km" = 999 where "id" = 'e1'`);
      expect((await verifyVehicleChain(older.em.fork(), store, 'v1')).brokenLink).toMatchObject({ sequence: 1, recordId: 'e1', reason: 'hash_mismatch' });
    } finally {
      await older.close();
      await dropTestDatabase(target);
    }
  });
});
