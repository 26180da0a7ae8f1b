import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
});
afterAll(async () => server.close());

const USERS = `query($search: String, $role: Role, $first: Int, $after: String) {
  users(search: $search, role: $role, first: $first, after: $after) { edges { cursor node { id role emailMasked } } pageInfo { hasNextPage endCursor } }
}`;
const GRANT = 'mutation($userId: ID!, $role: Role!, $stepUp: String) { grantRole(userId: $userId, role: $role, stepUpToken: $stepUp) { id role } }';
const REVOKE = 'mutation($userId: ID!, $stepUp: String) { revokeRole(userId: $userId, stepUpToken: $stepUp) { id role } }';
const ACCREDIT = 'mutation($userId: ID!, $stepUp: String) { accreditModerator(userId: $userId, stepUpToken: $stepUp) { id role } }';
const UNACCREDIT = 'mutation($userId: ID!, $stepUp: String) { revokeModerator(userId: $userId, stepUpToken: $stepUp) { id role } }';

describe('users', () => {
  it('is denied to anonymous callers, users, vips, dealers and moderators', async () => {
    expect(errorOf(await server.gql(USERS))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    for (const role of ['user', 'vip', 'dealer'] as const) {
      const account = await signInAs(server, role);
      const response = await server.gql(USERS, {}, { token: account.token });
      expect(errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(response.data?.users).toBeNull();
    }
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(USERS, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('lists accounts newest first with masked emails only, filters by role and searches', async () => {
    const admin = await signInAs(server, 'admin');
    const dealer = await signInAs(server, 'dealer', { email: 'zora.dealer@werkstatt-example.org' });
    const all = await server.gql(USERS, { first: 100 }, { token: admin.token });
    const nodes = all.data.users.edges.map((edge: { node: { id: string } }) => edge.node);
    expect(nodes[0].id).toBe(dealer.userId);
    expect(nodes.find((node: { id: string }) => node.id === dealer.userId).emailMasked).toBe('z***@werkstatt-example.org');
    expect(JSON.stringify(all)).not.toMatch(/[a-z0-9.]{2,}@[a-z]/i);
    expect(JSON.stringify(all)).not.toContain(admin.email);

    const dealers = await server.gql(USERS, { role: 'dealer', first: 100 }, { token: admin.token });
    expect(dealers.data.users.edges.every((edge: { node: { role: string } }) => edge.node.role === 'dealer')).toBe(true);
    expect(dealers.data.users.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(dealer.userId);

    for (const search of ['Zora.Dealer@werkstatt-example.org', dealer.userId, 'werkstatt-example']) {
      const found = await server.gql(USERS, { search }, { token: admin.token });
      expect(found.data.users.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([dealer.userId]);
    }
    const none = await server.gql(USERS, { search: 'nobody@nowhere.example' }, { token: admin.token });
    expect(none.data.users.edges).toEqual([]);
  });

  it('searches the masked address case-insensitively, with % _ and \\ matching only themselves', async () => {
    const admin = await signInAs(server, 'admin');
    const underscore = await signInAs(server, 'dealer', { email: 'una@garage_nord-example.org' });
    const dash = await signInAs(server, 'dealer', { email: 'dora@garage-nord-example.org' });
    const percent = await signInAs(server, 'dealer', { email: 'pia@rabatt%50-example.org' });
    const ids = async (search: string) =>
      (await server.gql(USERS, { search, first: 100 }, { token: admin.token })).data.users.edges.map((edge: { node: { id: string } }) => edge.node.id);
    // `_` is a character, not "any character": only the address that has one.
    expect(await ids('garage_nord')).toEqual([underscore.userId]);
    expect(await ids('GARAGE_NORD-Example')).toEqual([underscore.userId]);
    expect(await ids('garage-nord')).toEqual([dash.userId]);
    expect(await ids('Garage')).toEqual([dash.userId, underscore.userId]);
    expect(await ids('%50')).toEqual([percent.userId]);
    expect(await ids('rabatt%')).toEqual([percent.userId]);
    expect(await ids('garage%nord')).toEqual([]);
    expect(await ids('\\')).toEqual([]);
  });

  it('pages with cursors without skipping or repeating accounts', async () => {
    const admin = await signInAs(server, 'admin');
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 50; page++) {
      const response = await server.gql(USERS, { first: 2, after }, { token: admin.token });
      seen.push(...response.data.users.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!response.data.users.pageInfo.hasNextPage) break;
      after = response.data.users.pageInfo.endCursor;
    }
    const everything = await server.gql(USERS, { first: 100 }, { token: admin.token });
    expect(seen).toEqual(everything.data.users.edges.map((edge: { node: { id: string } }) => edge.node.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(errorOf(await server.gql(USERS, { after: 'garbage' }, { token: admin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
  });
});

describe('grantRole and revokeRole', () => {
  it('take effect on the user\'s next request, in the session already open', async () => {
    const superadmin = await signInAs(server, 'superadmin');
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(USERS, {}, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });

    const granted = await server.gql(GRANT, { userId: user.userId, role: 'admin', stepUp: await stepUp(server, superadmin, 'role_grant') }, { token: superadmin.token });
    expect(granted.data.grantRole).toEqual({ id: user.userId, role: 'admin' });
    const asAdmin = await server.gql(USERS, { first: 1 }, { token: user.token });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data.users.edges).toHaveLength(1);

    const revoked = await server.gql(REVOKE, { userId: user.userId, stepUp: await stepUp(server, superadmin, 'role_grant') }, { token: superadmin.token });
    expect(revoked.data.revokeRole.role).toBe('user');
    expect(errorOf(await server.gql(USERS, {}, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });

    const audit = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: user.userId, action: { $in: ['ROLE_GRANTED', 'ROLE_REVOKED'] } }, { orderBy: { at: 'asc' } });
    expect(audit.map((event) => [event.action, event.actorId, event.metadata])).toEqual([
      ['ROLE_GRANTED', superadmin.userId, { previousRole: 'user', newRole: 'admin' }],
      ['ROLE_REVOKED', superadmin.userId, { previousRole: 'admin', newRole: 'user' }],
    ]);
  });

  it('is refused to non-admins before anything else', async () => {
    const dealer = await signInAs(server, 'dealer');
    const target = await signInAs(server, 'user');
    expect(errorOf(await server.gql(GRANT, { userId: target.userId, role: 'vip' }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql(GRANT, { userId: target.userId, role: 'vip' }, { token: dealer.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
  });

  it('lets only a superadmin grant or revoke superadmin', async () => {
    const admin = await signInAs(server, 'admin');
    const superadmin = await signInAs(server, 'superadmin');
    const target = await signInAs(server, 'user');
    const token = await stepUp(server, admin, 'role_grant');
    const refused = await server.gql(GRANT, { userId: target.userId, role: 'superadmin', stepUp: token }, { token: admin.token });
    expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'superadmin_required' });
    const demote = await server.gql(REVOKE, { userId: superadmin.userId, stepUp: token }, { token: admin.token });
    expect(errorOf(demote)).toEqual({ code: 'FORBIDDEN', reason: 'superadmin_required' });
    const lateral = await server.gql(GRANT, { userId: superadmin.userId, role: 'admin', stepUp: token }, { token: admin.token });
    expect(errorOf(lateral)).toEqual({ code: 'FORBIDDEN', reason: 'superadmin_required' });
    // The refusals did not spend the admin's step-up.
    expect((await server.gql(GRANT, { userId: target.userId, role: 'dealer', stepUp: token }, { token: admin.token })).data.grantRole.role).toBe('dealer');

    const promoted = await server.gql(GRANT, { userId: target.userId, role: 'superadmin', stepUp: await stepUp(server, superadmin, 'role_grant') }, { token: superadmin.token });
    expect(promoted.data.grantRole.role).toBe('superadmin');
    const denied = await server.app.services.orm.em.fork().find(AuditEvent, { actorId: admin.userId, action: { $in: ['ROLE_GRANTED', 'ROLE_REVOKED'] }, result: 'denied' });
    expect(denied.map((event) => event.reason)).toEqual(['superadmin_required', 'superadmin_required', 'superadmin_required']);
  });

  it('refuses changing one\'s own role, moderator roles and no-op changes', async () => {
    const superadmin = await signInAs(server, 'superadmin');
    const user = await signInAs(server, 'user');
    const token = await stepUp(server, superadmin, 'role_grant');
    const self = await server.gql(GRANT, { userId: superadmin.userId, role: 'admin', stepUp: token }, { token: superadmin.token });
    expect(errorOf(self)).toEqual({ code: 'FORBIDDEN', reason: 'own_role_change' });
    const moderator = await server.gql(GRANT, { userId: user.userId, role: 'moderator', stepUp: token }, { token: superadmin.token });
    expect(errorOf(moderator)).toEqual({ code: 'CONFLICT', reason: 'moderator_accreditation_required' });
    const same = await server.gql(GRANT, { userId: user.userId, role: 'user', stepUp: token }, { token: superadmin.token });
    expect(errorOf(same)).toEqual({ code: 'CONFLICT', reason: 'role_unchanged' });
    const unknown = await server.gql(GRANT, { userId: '00000000-0000-4000-8000-000000000000', role: 'vip', stepUp: token }, { token: superadmin.token });
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', reason: 'user_not_found' });
  });
});

describe('moderator accreditation', () => {
  it('needs the moderator_accredit step-up and confines the new moderator at once', async () => {
    const admin = await signInAs(server, 'admin');
    const user = await signInAs(server, 'user');
    const wrongScope = await stepUp(server, admin, 'role_grant');
    expect(errorOf(await server.gql(ACCREDIT, { userId: user.userId, stepUp: wrongScope }, { token: admin.token }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'admin_step_up_invalid',
    });
    expect(errorOf(await server.gql(ACCREDIT, { userId: user.userId }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });

    const accredited = await server.gql(ACCREDIT, { userId: user.userId, stepUp: await stepUp(server, admin, 'moderator_accredit') }, { token: admin.token });
    expect(accredited.data.accreditModerator.role).toBe('moderator');
    expect(errorOf(await server.gql('{ myApiTokens { edges { node { id } } } }', {}, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect((await server.gql('{ me { role } }', {}, { token: user.token })).data.me.role).toBe('moderator');

    // A moderator leaves only through revocation, not through grantRole/revokeRole.
    const viaRevokeRole = await server.gql(REVOKE, { userId: user.userId, stepUp: wrongScope }, { token: admin.token });
    expect(errorOf(viaRevokeRole)).toEqual({ code: 'CONFLICT', reason: 'moderator_accreditation_required' });
    const revoked = await server.gql(UNACCREDIT, { userId: user.userId, stepUp: await stepUp(server, admin, 'moderator_accredit') }, { token: admin.token });
    expect(revoked.data.revokeModerator.role).toBe('user');
    const actions = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: user.userId, result: 'success' }, { orderBy: { at: 'asc' } });
    expect(actions.map((event) => event.action).filter((action) => action.startsWith('MODERATOR_'))).toEqual(['MODERATOR_ACCREDITED', 'MODERATOR_REVOKED']);
  });

  it('accredits only plain users and revokes only moderators', async () => {
    const admin = await signInAs(server, 'admin');
    const dealer = await signInAs(server, 'dealer');
    const token = await stepUp(server, admin, 'moderator_accredit');
    expect(errorOf(await server.gql(ACCREDIT, { userId: dealer.userId, stepUp: token }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'role_conflict' });
    expect(errorOf(await server.gql(UNACCREDIT, { userId: dealer.userId, stepUp: token }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'not_a_moderator' });
  });
});
