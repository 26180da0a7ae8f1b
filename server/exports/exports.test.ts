import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFixture, MANY_SIGN_INS, vehicleFixture } from '../../test/fixtures.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { decryptExport } from './decrypt-export.ts';
import { ExportGrant } from './export-grant.entity.ts';
import { issueFullExportGrant } from './exports.service.ts';

let server: TestServer;
const VIN = 'WVWZZZ1JZXW000001';
const NOTE = 'GEHEIMNOTIZ Zahnriemen bei Max Mustermann';
const FILENAME = 'rechnung-max-mustermann.pdf';

const VEHICLE_EXPORT = 'query($v: ID!) { vehicleExport(vehicleId: $v) }';
const ACCOUNT_EXPORT = 'query($u: ID) { accountExport(userId: $u) }';
const FULL_EXPORT = 'mutation($token: String, $type: ExportTargetType!, $id: ID!) { fullExport(token: $token, targetType: $type, targetId: $id) { targetType targetId algorithm payload } }';

const em = () => server.app.services.orm.em.fork();

/** A user's vehicle with entries (one revised, with notes) and documents in every state. */
async function documentedVehicle() {
  const owner = await signInAs(server, 'user');
  const vehicleId = await vehicleFixture(server, owner.userId);
  const valid = await documentFixture(server, vehicleId, owner.userId, { approvalStatus: 'APPROVED', scanStatus: 'CLEAN', filename: FILENAME });
  const quarantined = await documentFixture(server, vehicleId, owner.userId, { filename: FILENAME });
  const rejected = await documentFixture(server, vehicleId, owner.userId, { approvalStatus: 'REJECTED', scanStatus: 'INFECTED' });
  const piiSuspected = await documentFixture(server, vehicleId, owner.userId, { approvalStatus: 'APPROVED', scanStatus: 'CLEAN', piiStatus: 'SUSPECTED' });
  const manager = em();
  const [group1, group2] = [crypto.randomUUID(), crypto.randomUUID()];
  const base = { vehicle: vehicleId, date: '2023-05-01', type: 'service' as const, performedBy: 'Fachwerkstatt', odometerKm: 120000, createdBy: owner.userId };
  const old = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group1, version: 1, isLatest: false, note: `${NOTE} alt` });
  const latest = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group1, version: 2, isLatest: true, supersedes: old.id, note: NOTE, costCents: 45000 });
  const withdrawn = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group2, version: 1, isLatest: true, withdrawn: true, withdrawalReason: `${NOTE} zurückgezogen` });
  for (const document of [valid, quarantined, rejected, piiSuspected]) manager.create(EntryDocument, { entry: latest.id, document });
  await manager.flush();
  return { owner, vehicleId, valid, quarantined, rejected, piiSuspected, latestEntry: latest.id, withdrawnEntry: withdrawn.id };
}

async function grantFor(actor: { userId: string }, type: 'vehicle' | 'account', id: string, ttlSeconds?: number) {
  const origin = { actor: { userId: actor.userId, role: 'superadmin' as const, via: 'session' as const, consentComplete: true } };
  return issueFullExportGrant(server.app.services, em(), origin, { type, id, ttlSeconds });
}

beforeAll(async () => {
  server = await startServer(MANY_SIGN_INS);
});
afterAll(async () => server.close());

describe('redacted vehicle export', () => {
  it('holds the latest entries and valid evidence only, and no VIN, email, note or filename', async () => {
    const fixture = await documentedVehicle();
    const response = await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }, { token: fixture.owner.token });
    const json: string = response.data.vehicleExport;
    const exported = JSON.parse(json);
    expect(exported.redacted).toBe(true);
    expect(exported.vehicle.vinHmac).toMatch(/^v1:[0-9a-f]{64}$/);
    expect(exported.entries.map((entry: any) => entry.id).sort()).toEqual([fixture.latestEntry, fixture.withdrawnEntry].sort());
    expect(exported.entries.find((entry: any) => entry.id === fixture.latestEntry).documentIds).toEqual([fixture.valid]);
    expect(exported.documents.map((doc: any) => doc.id)).toEqual([fixture.valid]);
    for (const secret of [VIN, 'WVW***0001', fixture.owner.email, 'GEHEIMNOTIZ', 'Mustermann', FILENAME, fixture.quarantined, fixture.rejected, fixture.piiSuspected]) {
      expect(json).not.toContain(secret);
    }
    const event = await em().findOneOrFail(AuditEvent, { action: 'EXPORT_REDACTED_SERVED', targetId: fixture.vehicleId });
    expect(event.scope).toBe('own');
  });

  it('is for the owner and admins only', async () => {
    const fixture = await documentedVehicle();
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: crypto.randomUUID() }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unconsented = await signInAs(server, 'user', { consent: false });
    const own = await vehicleFixture(server, unconsented.userId);
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: own }, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    const admin = await signInAs(server, 'admin');
    expect(JSON.parse((await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }, { token: admin.token })).data.vehicleExport).vehicle.id).toBe(fixture.vehicleId);
  });
});

describe('redacted account export', () => {
  it('exports the own account without email; other accounts only for admins', async () => {
    const fixture = await documentedVehicle();
    const json: string = (await server.gql(ACCOUNT_EXPORT, {}, { token: fixture.owner.token })).data.accountExport;
    const exported = JSON.parse(json);
    expect(exported).toMatchObject({ redacted: true, account: { id: fixture.owner.userId, role: 'user' } });
    expect(exported.consents).toHaveLength(2);
    expect(exported.vehicles.map((vehicle: any) => vehicle.id)).toEqual([fixture.vehicleId]);
    for (const secret of [fixture.owner.email, VIN, 'WVW***0001', '@example.org']) expect(json).not.toContain(secret);

    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(ACCOUNT_EXPORT, { u: fixture.owner.userId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const admin = await signInAs(server, 'admin');
    expect(JSON.parse((await server.gql(ACCOUNT_EXPORT, { u: fixture.owner.userId }, { token: admin.token })).data.accountExport).account.id).toBe(fixture.owner.userId);
    expect(errorOf(await server.gql(ACCOUNT_EXPORT, { u: crypto.randomUUID() }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'user_not_found' });
  });
});

describe('full export delivery', () => {
  it('delivers the complete record once, encrypted; npm run export:decrypt reads it', async () => {
    const fixture = await documentedVehicle();
    const superadmin = await signInAs(server, 'superadmin');
    const { token, grant } = await grantFor(superadmin, 'vehicle', fixture.vehicleId);
    expect(grant.ttlSeconds).toBe(300);

    const response = await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: fixture.vehicleId }, { token: superadmin.token });
    const delivered = response.data.fullExport;
    expect(delivered).toMatchObject({ targetType: 'vehicle', targetId: fixture.vehicleId, algorithm: 'AES-256-GCM' });
    expect(delivered.payload).not.toContain(VIN);
    const record = decryptExport(server.app.services.keyring, delivered.payload) as any;
    expect(record).toMatchObject({ redacted: false, vehicle: { id: fixture.vehicleId, vin: VIN }, owner: { email: fixture.owner.email } });
    expect(record.entries).toHaveLength(3);
    expect(record.documents).toHaveLength(4);

    const file = path.join(server.storageDir, 'export.json');
    writeFileSync(file, JSON.stringify(response));
    const decrypted = spawnSync(process.execPath, ['scripts/export-decrypt.ts', file], {
      env: { ...process.env, LTC_ENV: 'test', LTC_STORAGE_DIR: server.storageDir, LTC_SECRET_KEY: '' },
      encoding: 'utf8',
    });
    expect(decrypted.status).toBe(0);
    expect(JSON.parse(decrypted.stdout).vehicle.vin).toBe(VIN);

    expect(errorOf(await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: fixture.vehicleId }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });
    const actions = (await em().find(AuditEvent, { targetId: fixture.vehicleId })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['EXPORT_GRANT_ISSUED', 'EXPORT_FULL_SERVED', 'EXPORT_DENIED']));
    expect(JSON.stringify(await em().find(AuditEvent, { targetId: fixture.vehicleId }))).not.toContain(token);
  });

  it('exports a full account with its email', async () => {
    const user = await signInAs(server, 'user');
    const superadmin = await signInAs(server, 'superadmin');
    const { token } = await grantFor(superadmin, 'account', user.userId);
    const payload = (await server.gql(FULL_EXPORT, { token, type: 'account', id: user.userId }, { token: superadmin.token })).data.fullExport.payload;
    expect((decryptExport(server.app.services.keyring, payload) as any).account).toMatchObject({ id: user.userId, email: user.email });
  });

  it('refuses missing, wrong, expired, foreign and other-target tokens', async () => {
    const fixture = await documentedVehicle();
    const superadmin = await signInAs(server, 'superadmin');
    const target = { type: 'vehicle', id: fixture.vehicleId };
    const as = { token: superadmin.token };
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target }, as))).toEqual({ code: 'BAD_USER_INPUT', reason: 'missing_export_token' });
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target, token: '' }, as))).toEqual({ code: 'BAD_USER_INPUT', reason: 'missing_export_token' });
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target, token: 'falsch' }, as))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });

    const expired = await grantFor(superadmin, 'vehicle', fixture.vehicleId);
    await em().nativeUpdate(ExportGrant, { id: expired.grant.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target, token: expired.token }, as))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });

    // Bound to its holder: another superadmin cannot use it (and does not use it up).
    const other = await signInAs(server, 'superadmin');
    const mine = await grantFor(superadmin, 'vehicle', fixture.vehicleId);
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target, token: mine.token }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });
    expect((await server.gql(FULL_EXPORT, { ...target, token: mine.token }, as)).data.fullExport.targetId).toBe(fixture.vehicleId);

    // Bound to its target: a try with another target uses it up.
    const bound = await grantFor(superadmin, 'vehicle', fixture.vehicleId);
    const otherVehicle = await vehicleFixture(server, fixture.owner.userId);
    expect(errorOf(await server.gql(FULL_EXPORT, { type: 'vehicle', id: otherVehicle, token: bound.token }, as))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });
    expect(errorOf(await server.gql(FULL_EXPORT, { ...target, token: bound.token }, as))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });
    expect(errorOf(await server.gql(FULL_EXPORT, { type: 'account', id: fixture.vehicleId, token: (await grantFor(superadmin, 'vehicle', fixture.vehicleId)).token }, as))).toEqual({
      code: 'FORBIDDEN',
      reason: 'export_token_invalid',
    });
    expect(await em().count(AuditEvent, { action: 'EXPORT_DENIED', actorId: superadmin.userId })).toBeGreaterThanOrEqual(6);
  });

  it('consumes the token before looking up the target', async () => {
    const superadmin = await signInAs(server, 'superadmin');
    const missing = crypto.randomUUID();
    const { token, grant } = await grantFor(superadmin, 'vehicle', missing);
    expect(errorOf(await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: missing }, { token: superadmin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'vehicle_not_found' });
    expect((await em().findOneOrFail(ExportGrant, { id: grant.id })).consumedAt).toBeInstanceOf(Date);
    expect(errorOf(await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: missing }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'export_token_invalid' });
  });

  it('is for superadmins only', async () => {
    const fixture = await documentedVehicle();
    const superadmin = await signInAs(server, 'superadmin');
    const { token } = await grantFor(superadmin, 'vehicle', fixture.vehicleId);
    for (const role of ['admin', 'user', 'dealer'] as const) {
      const caller = await signInAs(server, role);
      expect(errorOf(await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: fixture.vehicleId }, { token: caller.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    // The refused callers did not use the token up.
    expect((await server.gql(FULL_EXPORT, { token, type: 'vehicle', id: fixture.vehicleId }, { token: superadmin.token })).data.fullExport).toBeTruthy();
  });

  it('grant lifetime is 30 to 3600 seconds', async () => {
    const superadmin = await signInAs(server, 'superadmin');
    for (const ttl of [29, 3601, 1.5]) {
      await expect(grantFor(superadmin, 'vehicle', crypto.randomUUID(), ttl)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_ttl' });
    }
    expect((await grantFor(superadmin, 'vehicle', crypto.randomUUID(), 30)).grant.ttlSeconds).toBe(30);
    expect((await grantFor(superadmin, 'vehicle', crypto.randomUUID(), 3600)).grant.ttlSeconds).toBe(3600);
  });
});
