import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../api-tokens/api-token.entity.ts';
import { Consent } from '../consent/consent.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { PublicShare } from '../sharing/public-share.entity.ts';
import { Document } from '../documents/document.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { Session } from '../identity/session.entity.ts';
import { User } from '../identity/user.entity.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { newId } from './ids.ts';
import { migrate, openOrm, type Orm } from './orm.ts';
import { runsPreparedReads, usePortableReads } from './prepared-reads.ts';

/**
 * Every read that runs as a prepared statement on SQLite also has the portable path (the ORM runs
 * the same QueryBuilder query, as on PostgreSQL). Both must answer the same, row for row.
 */
let orm: Orm;
let dir: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ltc-repositories-'));
  orm = await openOrm({ engine: 'sqlite', path: path.join(dir, 'ltc.sqlite') });
  await migrate(orm);
  const em = orm.em.fork();
  const user = em.create(User, { emailHmac: 'hmac-a', emailEncrypted: 'x', emailMasked: 'a***@example.org', role: 'dealer' });
  await em.flush();
  ids.user = user.id;
  em.create(Session, { tokenHmac: 'session-hmac', user: user.id });
  em.create(ApiToken, { tokenHmac: 'token-hmac', user: user.id, name: 't', scope: 'read', expiresAt: new Date(Date.now() + 86_400_000) });
  em.create(Consent, { user: user.id, document: 'terms', version: 't1', source: 'ui' });
  em.create(Consent, { user: user.id, document: 'privacy', version: 'p1', source: 'ui' });
  await em.flush();
  for (const n of [1, 2]) {
    const vehicle = em.create(Vehicle, { owner: user.id, vinHmac: `vin-${n}`, vinEncrypted: 'x', vinMasked: 'WVW***', make: 'VW', model: 'Golf', buildYear: n === 1 ? 2001 : null });
    await em.flush();
    ids[`vehicle${n}`] = vehicle.id;
    for (const day of [1, 2, 3]) {
      em.create(ServiceEntry, {
        vehicle: vehicle.id, groupId: newId(), version: 1, isLatest: true, date: `2024-01-0${day}`, type: 'service',
        performedBy: 'Fachwerkstatt', odometerKm: day * 1000, createdBy: user.id, withdrawn: day === 2,
      });
    }
  }
  await em.flush();
  em.create(PublicShare, { vehicle: ids.vehicle1!, tokenHmac: 'share-hmac', createdBy: user.id });
  const document = em.create(Document, {
    vehicle: ids.vehicle1!, uploadedBy: user.id, storageKey: 'k', filename: 'f.pdf', contentType: 'application/pdf', sizeBytes: 1, sha256: 'abc',
  });
  await em.flush();
  ids.document = document.id;
  const [entry] = await em.find(ServiceEntry, { vehicle: ids.vehicle1! }, { limit: 1 });
  ids.entry = entry!.id;
  em.create(EntryDocument, { entry: entry!.id, document: document.id });
  await em.flush();
});
afterAll(async () => {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a read once on the prepared path and once on the portable path; both answers must match. */
async function bothPaths<T>(read: (em: EntityManager) => Promise<T>): Promise<T> {
  expect(runsPreparedReads(orm.em.fork())).toBe(true);
  const prepared = await read(orm.em.fork());
  usePortableReads(orm.config);
  try {
    expect(runsPreparedReads(orm.em.fork())).toBe(false);
    const portable = await read(orm.em.fork());
    expect(portable).toEqual(prepared);
  } finally {
    usePortableReads(orm.config, false);
  }
  return prepared;
}

describe('repository reads: the prepared (SQLite) and the portable path answer the same', () => {
  it('sessions by token HMAC, with the user role, the count of current consents and dates as Date', async () => {
    const row = await bothPaths((em) => em.getRepository(Session).unrevokedByTokenHmac(['other', 'session-hmac'], { terms: 't1', privacy: 'p1' }));
    expect(row).toMatchObject({ userId: ids.user, role: 'dealer', consents: 2 });
    expect(row!.createdAt).toBeInstanceOf(Date);
    // Other consent versions are another template, never the first call's.
    expect(await bothPaths((em) => em.getRepository(Session).unrevokedByTokenHmac(['other', 'session-hmac'], { terms: 't2', privacy: 'p1' }))).toMatchObject({ consents: 1 });
    expect(await bothPaths((em) => em.getRepository(Session).unrevokedByTokenHmac(['unknown'], { terms: 't1', privacy: 'p1' }))).toBeNull();
  });

  it('api tokens by token HMAC, with the owner role and the count of current consents', async () => {
    const row = await bothPaths((em) => em.getRepository(ApiToken).unrevokedByTokenHmac(['token-hmac'], { terms: 't1', privacy: 'p1' }));
    expect(row).toMatchObject({ userId: ids.user, role: 'dealer', scope: 'read', lastUsedAt: null, consents: 2 });
    expect(row!.expiresAt).toBeInstanceOf(Date);
    expect(await bothPaths((em) => em.getRepository(ApiToken).unrevokedByTokenHmac(['token-hmac'], { terms: 't1', privacy: 'p2' }))).toMatchObject({ consents: 1 });
  });

  it('vehicles by id and the owner page', async () => {
    const records = await bothPaths((em) => em.getRepository(Vehicle).recordsByIds([ids.vehicle1!, ids.vehicle2!]));
    expect(records).toHaveLength(2);
    expect(records.find((v) => v.id === ids.vehicle1)).toMatchObject({ owner: ids.user, buildYear: 2001, accidentTrustCompleted: false, interestedInSelling: false });
    const page = await bothPaths((em) => em.getRepository(Vehicle).pageOfOwners([ids.user!], { limit: 1, inverted: false, before: undefined, after: undefined }));
    expect(page.map((v) => v.id)).toHaveLength(1);
  });

  it('latest entries of vehicles, booleans as booleans', async () => {
    const entries = await bothPaths((em) => em.getRepository(ServiceEntry).latestOfVehicles([ids.vehicle1!, ids.vehicle2!]));
    expect(entries).toHaveLength(6);
    expect(entries[0]).toMatchObject({ isLatest: true, withdrawn: false, date: '2024-01-03' });
    expect(entries.filter((e) => e.withdrawn)).toHaveLength(2);
    // Built once per batch size (templateRows): the next batch of that size binds its own ids.
    for (const vehicle of [ids.vehicle1!, ids.vehicle2!]) {
      const own = await bothPaths((em) => em.getRepository(ServiceEntry).latestOfVehicles([vehicle]));
      expect(own.map((e) => e.vehicle)).toEqual([vehicle, vehicle, vehicle]);
    }
  });

  it('pages of several vehicles’ entries in one statement', async () => {
    const page = { limit: 2, inverted: false, before: undefined, after: undefined };
    const entries = await bothPaths((em) => em.getRepository(ServiceEntry).latestPagesOfVehicles([ids.vehicle1!, ids.vehicle2!], page));
    expect(entries.map((e) => [e.vehicle, e.date])).toEqual([
      ...[ids.vehicle1!, ids.vehicle2!].sort().flatMap((vehicle) => [[vehicle, '2024-01-03'], [vehicle, '2024-01-02']]),
    ]);
    // After a cursor: its date read from its row, dates and booleans bound as each path binds them.
    const position = entries.find((e) => e.vehicle === ids.vehicle1 && e.date === '2024-01-02')!;
    const after = { ...page, after: keysetCursor(position.firstRecordedAt!, position.groupId) };
    const next = await bothPaths((em) => em.getRepository(ServiceEntry).latestPagesOfVehicles([ids.vehicle1!], after));
    expect(next.map((e) => e.date)).toEqual(['2024-01-01']);
  });

  it('links, document facts and document pages', async () => {
    expect(await bothPaths((em) => em.getRepository(ServiceEntry).linksOf([ids.entry!]))).toEqual([{ entry: ids.entry, document: ids.document }]);
    expect(await bothPaths((em) => em.getRepository(ServiceEntry).linkedDocumentsOf([ids.entry!, 'unknown']))).toEqual([
      { entryId: ids.entry, id: ids.document, vehicle: ids.vehicle1, approvalStatus: 'QUARANTINED', scanStatus: 'PENDING', piiStatus: 'OK', sha256: 'abc', deletedAt: null },
    ]);
    expect(await bothPaths((em) => em.getRepository(ServiceEntry).linksOfVehicles([ids.vehicle2!, ids.vehicle1!]))).toEqual([{ entry: ids.entry, document: ids.document }]);
    expect(await bothPaths((em) => em.getRepository(ServiceEntry).linksOfVehicles([ids.vehicle2!]))).toEqual([]);
    const facts = await bothPaths((em) => em.getRepository(Document).factsOfVehicles([ids.vehicle1!]));
    expect(facts).toEqual([{ id: ids.document, vehicle: ids.vehicle1, approvalStatus: 'QUARANTINED', scanStatus: 'PENDING', piiStatus: 'OK', sha256: 'abc', deletedAt: null }]);
    const page = { limit: 5, inverted: false, before: undefined, after: undefined };
    const docs = await bothPaths(async (em) => (await em.getRepository(Document).livePagesOfVehicles([ids.vehicle1!, ids.vehicle2!], page)).map((d) => ({ ...d })));
    expect(docs).toHaveLength(1);
    expect(docs[0]!.createdAt).toBeInstanceOf(Date);
  });

  it('the shared vehicle behind a token, with its view version', async () => {
    const shared = await bothPaths((em) => em.getRepository(PublicShare).sharedVehicle(['share-hmac']));
    expect(shared).toMatchObject({ id: ids.vehicle1, make: 'VW', buildYear: 2001, accidentTrustCompleted: false, physicalServiceBook: false });
    expect(shared!.viewVersion).toBeGreaterThan(0);
    expect(await bothPaths((em) => em.getRepository(PublicShare).viewVersion(ids.vehicle1!))).toBe(shared!.viewVersion);
    const states = await bothPaths(async (em) => Object.fromEntries(await em.getRepository(PublicShare).sharingStates([ids.vehicle1!, ids.vehicle2!, 'unknown'])));
    expect(states).toEqual({ [ids.vehicle1!]: { shared: true, viewVersion: shared!.viewVersion }, [ids.vehicle2!]: { shared: false, viewVersion: expect.any(Number) } });
  });

  it('the count of current consents', async () => {
    expect(await bothPaths((em) => em.getRepository(Consent).acceptedCurrent(ids.user!, { terms: 't1', privacy: 'p1' }))).toBe(2);
    expect(await bothPaths((em) => em.getRepository(Consent).acceptedCurrent(ids.user!, { terms: 't2', privacy: 'p1' }))).toBe(1);
  });
});
