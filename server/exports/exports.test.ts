import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { decryptExport } from './decrypt-export.ts';
import { ExportGrant } from './export-grant.entity.ts';

let server: TestServer;
const NOTE = 'GEHEIMNOTIZ Zahnriemen bei Max Mustermann';
const FILENAME = 'rechnung-max-mustermann.pdf';

const VEHICLE_EXPORT = 'query($v: ID!) { vehicleExport(vehicleId: $v) }';
const ACCOUNT_EXPORT = 'query($u: ID) { accountExport(userId: $u) }';
const FULL_EXPORT = 'mutation($token: String, $type: ExportTargetType!, $id: ID!) { fullExport(token: $token, targetType: $type, targetId: $id) { targetType targetId algorithm payload } }';

const em = () => server.app.services.orm.em.fork();
const masked = (vin: string) => `${vin.slice(0, 3)}***${vin.slice(-4)}`;

/** A user's vehicle with entries (one revised, with notes) and documents in every state. */
async function documentedVehicle() {
  const owner = await signInAs(server, 'user');
  const { id: vehicleId, vin } = await createVehicle(server, owner.token, { nickname: 'Omas Golf' });
  const valid = await insertDocument(server, vehicleId, owner.userId, { filename: FILENAME });
  const quarantined = await insertDocument(server, vehicleId, owner.userId, { filename: FILENAME, approvalStatus: 'QUARANTINED', scanStatus: 'PENDING' });
  const rejected = await insertDocument(server, vehicleId, owner.userId, { approvalStatus: 'REJECTED', scanStatus: 'INFECTED' });
  const piiSuspected = await insertDocument(server, vehicleId, owner.userId, { piiStatus: 'SUSPECTED' });
  const manager = em();
  const [group1, group2] = [crypto.randomUUID(), crypto.randomUUID()];
  const base = { vehicle: vehicleId, date: '2023-05-01', type: 'service' as const, performedBy: 'Fachwerkstatt', odometerKm: 120000, createdBy: owner.userId };
  const old = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group1, version: 1, isLatest: false, note: `${NOTE} alt` });
  const latest = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group1, version: 2, isLatest: true, supersedes: old.id, note: NOTE, costCents: 45000 });
  const withdrawn = manager.create(ServiceEntry, { ...base, id: crypto.randomUUID(), groupId: group2, version: 1, isLatest: true, withdrawn: true, withdrawalReason: `${NOTE} zurückgezogen` });
  for (const document of [valid, quarantined, rejected, piiSuspected]) manager.create(EntryDocument, { entry: latest.id, document });
  await manager.flush();
  return { owner, vehicleId, vin, valid, quarantined, rejected, piiSuspected, latestEntry: latest.id, withdrawnEntry: withdrawn.id };
}

const GRANT = `mutation($type: ExportTargetType!, $id: ID!, $ttl: Int, $stepUp: String) {
  createFullExportGrant(targetType: $type, targetId: $id, ttlSeconds: $ttl, stepUpToken: $stepUp) { token grantId targetType targetId ttlSeconds expiresAt } }`;

/** Steps up (fresh mail code) and asks for a grant, as a superadmin would in the UI. */
async function grantFor(actor: { token: string; email: string }, type: 'vehicle' | 'account', id: string, ttlSeconds?: number) {
  const response = await server.gql(GRANT, { type, id, ttl: ttlSeconds, stepUp: await stepUp(server, actor, 'export_full') }, { token: actor.token });
  if (!response.data?.createFullExportGrant) throw Object.assign(new Error('grant refused'), errorOf(response));
  const { token, ...grant } = response.data.createFullExportGrant;
  return { token: token as string, grant: { ...grant, id: grant.grantId as string } };
}

beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
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
    for (const secret of [fixture.vin, masked(fixture.vin), 'Omas Golf', fixture.owner.email, 'GEHEIMNOTIZ', 'Mustermann', FILENAME, fixture.quarantined, fixture.rejected, fixture.piiSuspected]) {
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
    expect(errorOf(await server.gql(VEHICLE_EXPORT, { v: fixture.vehicleId }, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
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
    for (const secret of [fixture.owner.email, fixture.vin, masked(fixture.vin), '@example.org']) expect(json).not.toContain(secret);

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
    expect(delivered.payload).not.toContain(fixture.vin);
    const record = decryptExport(server.app.services.keyring, delivered.payload) as any;
    expect(record).toMatchObject({ redacted: false, vehicle: { id: fixture.vehicleId, vin: fixture.vin }, owner: { email: fixture.owner.email } });
    expect(record.entries).toHaveLength(3);
    expect(record.documents).toHaveLength(4);

    const file = path.join(server.storageDir, 'export.json');
    writeFileSync(file, JSON.stringify(response));
    const decrypted = spawnSync(process.execPath, ['scripts/export-decrypt.ts', file], {
      env: { ...process.env, LTC_ENV: 'test', LTC_STORAGE_DIR: server.storageDir, LTC_SECRET_KEY: '' },
      encoding: 'utf8',
    });
    expect(decrypted.status).toBe(0);
    expect(JSON.parse(decrypted.stdout).vehicle.vin).toBe(fixture.vin);

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
    const otherVehicle = (await documentedVehicle()).vehicleId;
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
    for (const ttl of [29, 3601]) {
      await expect(grantFor(superadmin, 'vehicle', crypto.randomUUID(), ttl)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_ttl' });
    }
    const shortest = await grantFor(superadmin, 'vehicle', crypto.randomUUID(), 30);
    expect(shortest.grant.ttlSeconds).toBe(30);
    expect(new Date(shortest.grant.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30_000);
    expect((await grantFor(superadmin, 'vehicle', crypto.randomUUID(), 3600)).grant.ttlSeconds).toBe(3600);
  });

  it('a grant needs a step-up token of scope export_full, used once', async () => {
    const superadmin = await signInAs(server, 'superadmin');
    const target = { type: 'vehicle', id: crypto.randomUUID() };
    expect(errorOf(await server.gql(GRANT, target, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    const wrongScope = await stepUp(server, superadmin, 'role_grant');
    expect(errorOf(await server.gql(GRANT, { ...target, stepUp: wrongScope }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });
    const stepUpToken = await stepUp(server, superadmin, 'export_full');
    expect((await server.gql(GRANT, { ...target, stepUp: stepUpToken }, { token: superadmin.token })).data.createFullExportGrant.ttlSeconds).toBe(300);
    expect(errorOf(await server.gql(GRANT, { ...target, stepUp: stepUpToken }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });
    // Another superadmin cannot spend it either.
    const other = await signInAs(server, 'superadmin');
    const othersToken = await stepUp(server, superadmin, 'export_full');
    expect(errorOf(await server.gql(GRANT, { ...target, stepUp: othersToken }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });
    expect(await em().count(AuditEvent, { action: 'EXPORT_DENIED', actorId: superadmin.userId, targetId: target.id })).toBeGreaterThanOrEqual(3);
    for (const role of ['admin', 'user'] as const) {
      const caller = await signInAs(server, role);
      expect(errorOf(await server.gql(GRANT, { ...target, stepUp: 'x'.repeat(43) }, { token: caller.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
  });
});
