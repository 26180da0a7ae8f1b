import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import type { Role } from '../identity/roles.ts';
import { createRequestScope } from '../request-scope.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { MAX_STAFF } from './businesses.service.ts';
import { VipBusinessStaff } from './vip-business.entity.ts';

let server: TestServer;
let admin: Awaited<ReturnType<typeof signInAs>>;
let superadmin: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
  admin = await signInAs(server, 'admin');
  superadmin = await signInAs(server, 'superadmin');
});
afterAll(async () => server.close());

const CREATE = 'mutation($ownerId: ID!, $name: String!) { createVipBusiness(ownerId: $ownerId, name: $name) { id name approved owner { id } staff { id } } }';
const APPROVE = 'mutation($id: ID!, $stepUp: String) { approveVipBusiness(businessId: $id, stepUpToken: $stepUp) { id approved approvedAt } }';
const ADD = 'mutation($id: ID!, $userId: ID!, $stepUp: String) { addVipBusinessStaff(businessId: $id, userId: $userId, stepUpToken: $stepUp) { id staff { id } } }';
const REMOVE = 'mutation($id: ID!, $userId: ID!, $stepUp: String) { removeVipBusinessStaff(businessId: $id, userId: $userId, stepUpToken: $stepUp) { id staff { id } } }';

async function createBusiness(ownerId: string): Promise<string> {
  const created = await server.gql(CREATE, { ownerId, name: 'Autohaus Beispiel' }, { token: admin.token });
  return created.data.createVipBusiness.id;
}

async function approve(businessId: string): Promise<void> {
  const approved = await server.gql(APPROVE, { id: businessId, stepUp: await stepUp(server, superadmin, 'vip_business_approve') }, { token: superadmin.token });
  expect(approved.data.approveVipBusiness.approved).toBe(true);
}

const addStaff = async (businessId: string, userId: string) =>
  server.gql(ADD, { id: businessId, userId, stepUp: await stepUp(server, superadmin, 'vip_business_staff') }, { token: superadmin.token });

/** The access check as a fresh request by this account would see it. */
const accessAs = (account: { userId: string }, role: Role, vehicleId: string) =>
  vehicleAccess(createRequestScope(server.app.services, { actor: { userId: account.userId, role, via: 'session', consentComplete: true } }), vehicleId);

describe('createVipBusiness', () => {
  it('is for admins; the business starts unapproved', async () => {
    const owner = await signInAs(server, 'vip');
    const dealer = await signInAs(server, 'dealer');
    expect(errorOf(await server.gql(CREATE, { ownerId: owner.userId, name: 'X' }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql(CREATE, { ownerId: owner.userId, name: 'X' }, { token: dealer.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const created = await server.gql(CREATE, { ownerId: owner.userId, name: '  Autohaus Muster  ' }, { token: admin.token });
    expect(created.data.createVipBusiness).toMatchObject({ name: 'Autohaus Muster', approved: false, owner: { id: owner.userId }, staff: [] });
    expect(errorOf(await server.gql(CREATE, { ownerId: owner.userId, name: ' ' }, { token: admin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_business_name' });
    expect(errorOf(await server.gql(CREATE, { ownerId: randomUUID(), name: 'X' }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'user_not_found' });
  });
});

describe('approveVipBusiness', () => {
  it('is for superadmins with the vip_business_approve step-up', async () => {
    const owner = await signInAs(server, 'vip');
    const businessId = await createBusiness(owner.userId);
    expect(errorOf(await server.gql(APPROVE, { id: businessId }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(APPROVE, { id: businessId }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    const staffScope = await stepUp(server, superadmin, 'vip_business_staff');
    expect(errorOf(await server.gql(APPROVE, { id: businessId, stepUp: staffScope }, { token: superadmin.token }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'admin_step_up_invalid',
    });
    await approve(businessId);
    const again = await server.gql(APPROVE, { id: businessId, stepUp: await stepUp(server, superadmin, 'vip_business_approve') }, { token: superadmin.token });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', reason: 'already_approved' });
    const audit = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: businessId, action: { $like: 'VIP_BUSINESS_%' } }, { orderBy: { at: 'asc' } });
    expect(audit.map((event) => [event.action, event.result])).toEqual([
      ['VIP_BUSINESS_CREATED', 'success'],
      ['VIP_BUSINESS_APPROVED', 'success'],
      ['VIP_BUSINESS_APPROVED', 'denied'],
    ]);
  });

  it('approves once when approvals arrive in parallel', async () => {
    const businessId = await createBusiness((await signInAs(server, 'vip')).userId);
    const stepUps = [await stepUp(server, superadmin, 'vip_business_approve'), await stepUp(server, superadmin, 'vip_business_approve')];
    const results = await Promise.all(stepUps.map((token) => server.gql(APPROVE, { id: businessId, stepUp: token }, { token: superadmin.token })));
    expect(results.filter((result) => result.data?.approveVipBusiness?.approved)).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual([{ code: 'CONFLICT', reason: 'already_approved' }]);
  });
});

describe('VIP business staff', () => {
  it('cannot be added to an unapproved business, nor by an admin', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const businessId = await createBusiness(owner.userId);
    expect(errorOf(await server.gql(ADD, { id: businessId, userId: staff.userId }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await addStaff(businessId, staff.userId))).toEqual({ code: 'BAD_USER_INPUT', reason: 'business_not_approved' });
  });

  it('needs the vip_business_staff step-up', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    expect(errorOf(await server.gql(ADD, { id: businessId, userId: staff.userId }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    const approveScope = await stepUp(server, superadmin, 'vip_business_approve');
    expect(errorOf(await server.gql(ADD, { id: businessId, userId: staff.userId, stepUp: approveScope }, { token: superadmin.token }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'admin_step_up_invalid',
    });
  });

  it('are removed only by a superadmin with the vip_business_staff step-up, and the removal is audited', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    expect((await addStaff(businessId, staff.userId)).errors).toBeUndefined();
    // A superadmin of its own, so the audit trail below holds only this test's step-up refusals.
    const remover = await signInAs(server, 'superadmin');
    const remove = (variables: Record<string, unknown>, token?: string) => server.gql(REMOVE, { id: businessId, userId: staff.userId, ...variables }, { token });

    expect(errorOf(await remove({}))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await remove({}, admin.token))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await remove({}, remover.token))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    const wrongScope = await stepUp(server, remover, 'vip_business_approve');
    expect(errorOf(await remove({ stepUp: wrongScope }, remover.token))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });
    // None of the refusals removed anyone.
    expect(await server.app.services.orm.em.fork().count(VipBusinessStaff, { business: businessId })).toBe(1);
    await expect
      .poll(async () => (await server.app.services.orm.em.fork().find(AuditEvent, { action: 'ADMIN_STEP_UP_FAILED', actorId: remover.userId })).map((event) => event.reason).sort())
      .toEqual(['admin_step_up_invalid', 'admin_step_up_required']);

    const removed = await remove({ stepUp: await stepUp(server, remover, 'vip_business_staff') }, remover.token);
    expect(removed.data.removeVipBusinessStaff.staff).toEqual([]);
    const events = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'VIP_BUSINESS_STAFF_REMOVED', targetId: businessId });
    expect(events.map((event) => [event.result, event.actorId, event.metadata])).toEqual([['success', remover.userId, { staffUserId: staff.userId }]]);
  });

  it('is limited to two per business', async () => {
    const owner = await signInAs(server, 'dealer');
    const [first, second, third] = [await signInAs(server, 'user'), await signInAs(server, 'user'), await signInAs(server, 'user')];
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    expect((await addStaff(businessId, first.userId)).data.addVipBusinessStaff.staff).toEqual([{ id: first.userId }]);
    expect(errorOf(await addStaff(businessId, first.userId))).toEqual({ code: 'CONFLICT', reason: 'already_staff' });
    expect(errorOf(await addStaff(businessId, owner.userId))).toEqual({ code: 'BAD_USER_INPUT', reason: 'staff_is_owner' });
    expect((await addStaff(businessId, second.userId)).data.addVipBusinessStaff.staff).toEqual([{ id: first.userId }, { id: second.userId }]);
    const token = await stepUp(server, superadmin, 'vip_business_staff');
    const full = await server.gql(ADD, { id: businessId, userId: third.userId, stepUp: token }, { token: superadmin.token });
    expect(errorOf(full)).toEqual({ code: 'CONFLICT', reason: 'staff_limit_reached' });
    const denied = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: businessId, reason: 'staff_limit_reached' });
    expect(denied).toHaveLength(1);
    expect(denied[0]!.metadata).toEqual({ staffUserId: third.userId });
    // After a removal there is room again, and the refused attempt did not spend the step-up.
    await server.gql(REMOVE, { id: businessId, userId: first.userId, stepUp: await stepUp(server, superadmin, 'vip_business_staff') }, { token: superadmin.token });
    const added = await server.gql(ADD, { id: businessId, userId: third.userId, stepUp: token }, { token: superadmin.token });
    expect(added.data.addVipBusinessStaff.staff).toEqual([{ id: second.userId }, { id: third.userId }]);
  });

  it(`are at most ${MAX_STAFF} per business also when the additions arrive in parallel`, async () => {
    const owner = await signInAs(server, 'vip');
    const candidates = await Promise.all(Array.from({ length: 5 }, () => signInAs(server, 'user')));
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    const stepUps: string[] = [];
    for (let i = 0; i < candidates.length; i++) stepUps.push(await stepUp(server, superadmin, 'vip_business_staff'));
    const results = await Promise.all(
      candidates.map((candidate, i) => server.gql(ADD, { id: businessId, userId: candidate.userId, stepUp: stepUps[i] }, { token: superadmin.token })),
    );
    const added = results.filter((result) => result.data?.addVipBusinessStaff);
    expect(added).toHaveLength(MAX_STAFF);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(candidates.length - MAX_STAFF).fill({ code: 'CONFLICT', reason: 'staff_limit_reached' }));
    expect(await server.app.services.orm.em.fork().count(VipBusinessStaff, { business: businessId })).toBe(MAX_STAFF);
  });

  it('get the owner\'s rights on the owner\'s vehicles from approval until removal ("org")', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const stranger = await signInAs(server, 'user');
    const ownersVehicle = (await createVehicle(server, owner.token)).id;
    const strangersVehicle = (await createVehicle(server, stranger.token)).id;
    const businessId = await createBusiness(owner.userId);

    expect(await accessAs(owner, 'vip', ownersVehicle)).toBe('own');
    expect(await accessAs(staff, 'user', ownersVehicle)).toBeNull();
    await approve(businessId);
    expect(await accessAs(staff, 'user', ownersVehicle)).toBeNull();

    expect((await addStaff(businessId, staff.userId)).errors).toBeUndefined();
    expect(await accessAs(staff, 'user', ownersVehicle)).toBe('org');
    // Only the owner's vehicles, not anyone else's; and not the other way round.
    expect(await accessAs(staff, 'user', strangersVehicle)).toBeNull();
    expect(await accessAs(stranger, 'user', ownersVehicle)).toBeNull();
    expect(await accessAs(staff, 'user', randomUUID())).toBeNull();

    const removed = await server.gql(REMOVE, { id: businessId, userId: staff.userId, stepUp: await stepUp(server, superadmin, 'vip_business_staff') }, { token: superadmin.token });
    expect(removed.data.removeVipBusinessStaff.staff).toEqual([]);
    expect(await accessAs(staff, 'user', ownersVehicle)).toBeNull();
    const unspent = await stepUp(server, superadmin, 'vip_business_staff');
    const again = await server.gql(REMOVE, { id: businessId, userId: staff.userId, stepUp: unspent }, { token: superadmin.token });
    expect(errorOf(again)).toEqual({ code: 'NOT_FOUND', reason: 'staff_not_found' });
    // The refusal left the step-up unspent: it still adds the staff member back.
    expect((await server.gql(ADD, { id: businessId, userId: staff.userId, stepUp: unspent }, { token: superadmin.token })).errors).toBeUndefined();
    expect(await accessAs(staff, 'user', ownersVehicle)).toBe('org');
  });

  it('read and write the owner\'s vehicles through the API only while they are approved staff', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const { id: vehicleId } = await createVehicle(server, owner.token);
    const READ = 'query($id: ID!) { vehicle(id: $id) { id make } }';
    const asStaff = () => server.gql(READ, { id: vehicleId }, { token: staff.token });
    expect(errorOf(await asStaff())).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });

    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    await addStaff(businessId, staff.userId);
    const read = await asStaff();
    expect(read.errors).toBeUndefined();
    expect(read.data.vehicle).toEqual({ id: vehicleId, make: 'Volkswagen' });
    const entry = await addEntry(server, staff.token, vehicleId);
    expect(entry.isLatest).toBe(true);
    const created = await server.app.services.orm.em.fork().find(AuditEvent, { actorId: staff.userId, action: 'ENTRY_CREATED' });
    expect(created.map((event) => event.scope)).toEqual(['org']);

    await server.gql(REMOVE, { id: businessId, userId: staff.userId, stepUp: await stepUp(server, superadmin, 'vip_business_staff') }, { token: superadmin.token });
    expect(errorOf(await asStaff())).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    await expect(addEntry(server, staff.token, vehicleId)).rejects.toThrow(/FORBIDDEN/);
  });

  it('of an unapproved business get nothing, even with a staff row', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const vehicleId = (await createVehicle(server, owner.token)).id;
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    await addStaff(businessId, staff.userId);
    expect(await accessAs(staff, 'user', vehicleId)).toBe('org');
    // Approval withdrawn (no API for it yet): the staff row alone grants nothing.
    await server.app.services.orm.em.fork().getConnection().execute('update vip_businesses set approved_at = null where id = ?', [businessId]);
    expect(await accessAs(staff, 'user', vehicleId)).toBeNull();
  });
});

describe('vipBusinesses', () => {
  it('lists businesses with owner and staff for admins only', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const businessId = await createBusiness(owner.userId);
    await approve(businessId);
    await addStaff(businessId, staff.userId);
    const LIST = '{ vipBusinesses(first: 100) { edges { node { id approved owner { id emailMasked } staff { id } } } } }';
    expect(errorOf(await server.gql(LIST, {}, { token: owner.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const listed = await server.gql(LIST, {}, { token: admin.token });
    const nodes = listed.data.vipBusinesses.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes[0]).toEqual({ id: businessId, approved: true, owner: { id: owner.userId, emailMasked: expect.stringMatching(/^v\*\*\*@example\.org$/) }, staff: [{ id: staff.userId }] });
    expect(nodes.length).toBeGreaterThan(3);
  });

  it('loads owners and staff with a constant number of statements, whatever the page size', async () => {
    for (let i = 0; i < 6; i++) {
      const owner = await signInAs(server, 'vip');
      const businessId = await createBusiness(owner.userId);
      await approve(businessId);
      await addStaff(businessId, (await signInAs(server, 'user')).userId);
    }
    const connection = server.app.services.orm.em.getConnection() as unknown as { logQuery: (query: string, context?: unknown) => void };
    const original = connection.logQuery.bind(connection);
    const statements: string[] = [];
    connection.logQuery = (query, context) => {
      statements.push(query);
      original(query, context);
    };
    const LIST = 'query($first: Int) { vipBusinesses(first: $first) { edges { node { id owner { id } staff { id } } } } }';
    try {
      const counts: number[] = [];
      for (const first of [1, 8]) {
        statements.length = 0;
        const listed = await server.gql(LIST, { first }, { token: admin.token });
        expect(listed.data.vipBusinesses.edges).toHaveLength(first);
        counts.push(statements.length);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[0]).toBeLessThanOrEqual(8);
    } finally {
      connection.logQuery = original;
    }
  });
});
