import { readdirSync, readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertEveryFieldScoped } from '../server/auth/assert-scoped.ts';
import type { DatabaseTarget } from '../server/config.ts';
import { migrate, migrationsFolder, openOrm, type Orm } from '../server/db/orm.ts';
import { Document } from '../server/documents/document.entity.ts';
import { REJECTION_REASON_MAX_LENGTH } from '../server/documents/document.service.ts';
import { EntryDocument } from '../server/entries/entry-document.entity.ts';
import { ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { User } from '../server/identity/user.entity.ts';
import { DefectCase, InspectionEvent } from '../server/inspections/inspection.entity.ts';
import { MAX_DETAILS_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from '../server/inspections/inspection-rules.ts';
import { schema } from '../server/schema.ts';
import { PublicShare } from '../server/sharing/public-share.entity.ts';
import { PublicViewVersion } from '../server/sharing/public-view-version.entity.ts';
import { Vehicle } from '../server/vehicles/vehicle.entity.ts';
import { dropTestDatabase, testDatabase, testEngine } from './harness.ts';
import { tempDir } from './temp-dirs.ts';

describe('contract files', () => {
  it('schema.graphql matches the server (run `npm run schema:print`)', () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(`${printSchema(schema)}\n`);
  });

  it('every root field and object type declares auth scopes', () => {
    expect(() => assertEveryFieldScoped(schema)).not.toThrow();
  });
});

// Runs on the engine of the test run: npm test covers migrations/sqlite and migrations/postgresql.
describe(`migrations on ${testEngine}`, () => {
  let database: DatabaseTarget;
  let orm: Orm;
  beforeAll(async () => {
    database = testDatabase(tempDir('ltc-migrations-'));
    orm = await openOrm(database);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close();
    await dropTestDatabase(database);
  });

  it('create exactly the schema the entities describe (run `npm run migration:new -- <Name>`)', async () => {
    expect(await orm.migrator.getPending()).toEqual([]);
    expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
  });

  it('keep the SQLite migration names existing databases have recorded as applied', () => {
    const names = readdirSync(migrationsFolder('sqlite')).map((file) => file.replace(/\.ts$/, ''));
    expect(names.slice(0, 6)).toEqual([
      'Migration20261122020127Foundation',
      'Migration20261122020918VehiclesEntriesDocuments',
      'Migration20261122021307EntitlementsPublicShares',
      'Migration20261122021553Governance',
      'Migration20261122023450CmsAddonsTransfersExports',
      'Migration20261122082041PublicViewVersions',
    ]);
  });

  it('create the triggers that count every change the public page shows, per vehicle', async () => {
    const em = orm.em.fork();
    const version = async (vehicleId: string) => (await orm.em.fork().findOne(PublicViewVersion, vehicleId))?.version ?? 0;
    const user = em.create(User, { emailHmac: 'contract-hmac', emailEncrypted: 'x', emailMasked: 'c***@example.org' });
    const vehicle = em.create(Vehicle, { owner: user.id, vinHmac: 'contract-vin', vinEncrypted: 'x', vinMasked: 'WVW***0001', make: 'VW', model: 'Golf' });
    const other = em.create(Vehicle, { owner: user.id, vinHmac: 'contract-vin-2', vinEncrypted: 'x', vinMasked: 'WVW***0002', make: 'VW', model: 'Polo' });
    await em.flush();
    expect(await version(vehicle.id)).toBe(0); // inserting the vehicle itself shows nothing yet

    const counted: [string, () => Promise<unknown>][] = [];
    let entry: ServiceEntry | undefined;
    let document: Document | undefined;
    counted.push(['vehicle update', async () => { vehicle.model = 'Golf GTI'; await em.flush(); }]);
    counted.push(['entry insert', async () => {
      entry = em.create(ServiceEntry, { vehicle: vehicle.id, groupId: 'g', version: 1, isLatest: true, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1, createdBy: user.id });
      await em.flush();
    }]);
    counted.push(['document insert', async () => {
      document = em.create(Document, { vehicle: vehicle.id, uploadedBy: user.id, storageKey: null, filename: 'a.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', approvalStatus: 'APPROVED', scanStatus: 'CLEAN', piiStatus: 'OK' });
      await em.flush();
    }]);
    counted.push(['entry link insert', async () => { em.create(EntryDocument, { entry: entry!.id, document: document!.id }); await em.flush(); }]);
    counted.push(['entry link delete', () => em.nativeDelete(EntryDocument, { entry: entry!.id })]);
    counted.push(['entry update', () => em.nativeUpdate(ServiceEntry, { id: entry!.id }, { withdrawn: true })]);
    counted.push(['share insert', async () => { em.create(PublicShare, { vehicle: vehicle.id, tokenHmac: 'contract-share', createdBy: user.id }); await em.flush(); }]);
    counted.push(['share update', () => em.nativeUpdate(PublicShare, { tokenHmac: 'contract-share' }, { revokedAt: new Date() })]);
    counted.push(['document delete', () => em.nativeDelete(Document, { id: document!.id })]);
    let defectCase: DefectCase | undefined;
    counted.push(['defect case insert', async () => {
      const inspection = em.create(InspectionEvent, { vehicle: vehicle.id, source: 'OWNER', result: 'NOT_OK', title: 'Prüfung', occurredAt: new Date(), createdBy: user.id });
      defectCase = em.create(DefectCase, { vehicle: vehicle.id, inspection: inspection.id, status: 'IN_PROGRESS', summary: 'Nicht OK', openedAt: new Date() });
      await em.flush();
    }]);
    counted.push(['defect case close', () => em.nativeUpdate(DefectCase, { id: defectCase!.id }, { status: 'DONE', closedAt: new Date() })]);
    for (const [change, write] of counted) {
      const before = await version(vehicle.id);
      await write();
      expect(await version(vehicle.id), change).toBeGreaterThan(before);
    }
    // Moving an entry counts for both vehicles.
    const [movedFrom, movedTo] = [await version(vehicle.id), await version(other.id)];
    await em.nativeUpdate(ServiceEntry, { id: entry!.id }, { vehicle: other.id });
    expect(await version(vehicle.id)).toBeGreaterThan(movedFrom);
    expect(await version(other.id)).toBeGreaterThan(movedTo);
  });

  it('give the entries recorded before `first_recorded_at` existed the time of their first version', async () => {
    const target = testDatabase(tempDir('ltc-backfill-'));
    const older = await openOrm(target);
    try {
      const names = (await older.migrator.getPending()).map((migration) => migration.name);
      const adding = names.findIndex((name) => name.endsWith('_EntryFirstRecordedAt'));
      await older.migrator.up({ to: names[adding - 1] });
      // Raw rows in the shape of the tables before that migration (both engines read "quoted" names).
      const sql = (text: string) => older.em.getConnection().execute(text);
      await sql(`insert into "users" ("id", "email_hmac", "email_encrypted", "email_masked", "created_at") values ('u1', 'h', 'x', 'm', '2024-01-01 00:00:00')`);
      await sql(`insert into "vehicles" ("id", "owner_id", "vin_hmac", "vin_encrypted", "vin_masked", "make", "model", "created_at", "updated_at") values ('v1', 'u1', 'h', 'x', 'm', 'VW', 'Golf', '2024-01-01 00:00:00', '2024-01-01 00:00:00')`);
      const entry = (id: string, version: number, isLatest: boolean, createdAt: string) =>
        sql(`insert into "service_entries" ("id", "vehicle_id", "group_id", "version", "is_latest", "date", "type", "performed_by", "odometer_km", "withdrawn", "created_by_id", "created_at")
          values ('${id}', 'v1', 'g1', ${version}, ${isLatest}, '2024-03-01', 'service', 'Fachwerkstatt', 1, false, 'u1', '${createdAt}')`);
      await entry('e1', 1, false, '2024-03-02 10:00:00');
      await entry('e2', 2, true, '2024-05-06 10:00:00');
      await older.migrator.up({ to: names[adding] });
      const versions = await older.em.fork().find(ServiceEntry, { groupId: 'g1' }, { orderBy: { version: 'asc' } });
      expect(versions.map((version) => version.firstRecordedAt?.toISOString())).toEqual([versions[0]!.createdAt.toISOString(), versions[0]!.createdAt.toISOString()]);
      expect(versions[1]!.createdAt.getTime()).toBeGreaterThan(versions[0]!.createdAt.getTime());
    } finally {
      await older.close();
      await dropTestDatabase(target);
    }
  });

  it('hold the longest texts the services accept (PostgreSQL has no unbounded varchar)', async () => {
    const em = orm.em.fork();
    const user = em.create(User, { emailHmac: 'contract-long', emailEncrypted: 'x', emailMasked: 'l***@example.org' });
    const vehicle = em.create(Vehicle, { owner: user.id, vinHmac: 'contract-long-vin', vinEncrypted: 'x', vinMasked: 'WVW***0003', make: 'VW', model: 'Up' });
    const reason = 'ä'.repeat(REJECTION_REASON_MAX_LENGTH);
    const document = em.create(Document, { vehicle: vehicle.id, uploadedBy: user.id, storageKey: null, filename: 'f'.repeat(200), contentType: 'application/pdf', sizeBytes: 1, sha256: 'x', approvalStatus: 'REJECTED', scanStatus: 'CLEAN', piiStatus: 'OK', rejectionReason: reason });
    await em.flush();
    expect((await orm.em.fork().findOneOrFail(Document, document.id)).rejectionReason).toBe(reason);
    const inspection = em.create(InspectionEvent, {
      vehicle: vehicle.id, source: 'WORKSHOP', result: 'OK', title: 'ä'.repeat(MAX_TITLE_LENGTH), summary: 'ä'.repeat(MAX_SUMMARY_LENGTH), details: 'ä'.repeat(MAX_DETAILS_LENGTH), occurredAt: new Date(), createdBy: user.id,
    });
    await em.flush();
    expect((await orm.em.fork().findOneOrFail(InspectionEvent, inspection.id)).title).toHaveLength(MAX_TITLE_LENGTH);
  });
});
