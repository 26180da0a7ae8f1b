import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAtRest, errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { User } from '../identity/user.entity.ts';
import { ApiToken } from './api-token.entity.ts';
import { MAX_ACTIVE_TOKENS } from './api-tokens.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
});
afterAll(async () => server.close());

const CREATE = `mutation($name: String!, $scope: ApiTokenScope!, $days: Int) {
  createApiToken(name: $name, scope: $scope, expiresInDays: $days) { token apiToken { id name scope expiresAt lastUsedAt revokedAt } }
}`;
const LIST = '{ myApiTokens(first: 50) { edges { node { id name scope lastUsedAt revokedAt } } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';
const ME = '{ me { id role } }';
const ACCEPT = 'mutation { acceptConsents(termsVersion: "v1", privacyVersion: "v1") { complete } }';

async function createToken(owner: { token: string }, scope: 'read' | 'read_write', days?: number): Promise<{ token: string; id: string }> {
  const created = await server.gql(CREATE, { name: 'Werkstatt-System', scope, days }, { token: owner.token });
  if (!created.data?.createApiToken) throw new Error(JSON.stringify(created.errors));
  return { token: created.data.createApiToken.token, id: created.data.createApiToken.apiToken.id };
}

describe('createApiToken', () => {
  it('is for vip, dealer, admin and superadmin accounts with consent', async () => {
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    const noConsent = await signInAs(server, 'dealer', { consent: false });
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    for (const role of ['vip', 'dealer', 'admin', 'superadmin'] as const) {
      const owner = await signInAs(server, role);
      expect((await createToken(owner, 'read')).token).toMatch(/^ltc_pat_[A-Za-z0-9_-]{43}$/);
    }
  });

  it('shows the secret once and stores only its HMAC', async () => {
    const dealer = await signInAs(server, 'dealer');
    const created = await server.gql(CREATE, { name: '  DMS Anbindung ', scope: 'read_write', days: 30 }, { token: dealer.token });
    const { token, apiToken } = created.data.createApiToken;
    expect(apiToken).toMatchObject({ name: 'DMS Anbindung', scope: 'read_write', lastUsedAt: null, revokedAt: null });
    const days = (new Date(apiToken.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    const row = await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id: apiToken.id });
    expect(row.tokenHmac).toMatch(/^v1:[0-9a-f]{64}$/);
    const atRest = await databaseAtRest(server);
    expect(atRest).toContain(row.tokenHmac); // the scan sees the rows
    expect(atRest).not.toContain(token);
    const listed = await server.gql(LIST, {}, { token: dealer.token });
    expect(listed.data.myApiTokens.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([apiToken.id]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const audit = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'API_TOKEN_CREATED', targetId: apiToken.id });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it(`allows ${MAX_ACTIVE_TOKENS} active tokens, also when the requests arrive in parallel`, async () => {
    const vip = await signInAs(server, 'vip');
    const extra = 4;
    const results = await Promise.all(
      Array.from({ length: MAX_ACTIVE_TOKENS + extra }, (_, i) => server.gql(CREATE, { name: `Partner ${i}`, scope: 'read' }, { token: vip.token })),
    );
    expect(results.filter((result) => result.data?.createApiToken).length).toBe(MAX_ACTIVE_TOKENS);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(extra).fill({ code: 'CONFLICT', reason: 'token_limit_reached' }));
    const listed = await server.gql(LIST, {}, { token: vip.token });
    expect(listed.data.myApiTokens.edges).toHaveLength(MAX_ACTIVE_TOKENS);
    // A revoked token frees its place.
    await server.gql(REVOKE, { id: listed.data.myApiTokens.edges[0].node.id }, { token: vip.token });
    expect((await createToken(vip, 'read')).token).toMatch(/^ltc_pat_/);
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }, { token: vip.token }))).toEqual({ code: 'CONFLICT', reason: 'token_limit_reached' });
  });

  it('validates name and expiry', async () => {
    const vip = await signInAs(server, 'vip');
    expect(errorOf(await server.gql(CREATE, { name: ' ', scope: 'read' }, { token: vip.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_token_name' });
    for (const days of [0, 366]) {
      expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read', days }, { token: vip.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_token_expiry' });
    }
  });
});

describe('Authorization: Bearer <api token>', () => {
  it('acts as the owner and records the last use', async () => {
    const vip = await signInAs(server, 'vip');
    const { token, id } = await createToken(vip, 'read');
    expect((await server.gql(ME, {}, { token })).data.me).toEqual({ id: vip.userId, role: 'vip' });
    const listed = await server.gql(LIST, {}, { token });
    expect(listed.data.myApiTokens.edges[0].node.lastUsedAt).not.toBeNull();
    const row = await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id });
    expect(row.lastUsedAt).toBeInstanceOf(Date);
  });

  it('writes the last use at most once a minute', async () => {
    const vip = await signInAs(server, 'vip');
    const { token, id } = await createToken(vip, 'read');
    await server.gql(ME, {}, { token });
    const em = server.app.services.orm.em.fork();
    const first = (await em.findOneOrFail(ApiToken, { id })).lastUsedAt!;
    await server.gql(ME, {}, { token });
    expect((await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id })).lastUsedAt!.getTime()).toBe(first.getTime());
    const longAgo = new Date(Date.now() - 120_000);
    await em.nativeUpdate(ApiToken, { id }, { lastUsedAt: longAgo });
    await server.gql(ME, {}, { token });
    expect((await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id })).lastUsedAt!.getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it('refuses every mutation to a read token, before the mutation runs', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { token } = await createToken(dealer, 'read');
    const refused = await server.gql(ACCEPT, {}, { token });
    expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN', reason: 'token_read_only' });
    expect(refused.data).toBeUndefined();
    expect(errorOf(await server.gql('mutation { logout }', {}, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'token_read_only' });
  });

  it('decides per request: one sender\'s verdict is never replayed for the same document', async () => {
    const dealer = await signInAs(server, 'dealer');
    const read = await createToken(dealer, 'read');
    const readWrite = await createToken(dealer, 'read_write');
    const ONCE = 'mutation { acceptConsents(termsVersion: "v1", privacyVersion: "v1") { documents { accepted } } }';
    expect((await server.gql(ONCE, {}, { token: dealer.token })).errors).toBeUndefined();
    expect(errorOf(await server.gql(ONCE, {}, { token: read.token }))).toEqual({ code: 'FORBIDDEN', reason: 'token_read_only' });
    expect((await server.gql(ONCE, {}, { token: readWrite.token })).errors).toBeUndefined();
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(LIST, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect((await server.gql(LIST, {}, { token: dealer.token })).errors).toBeUndefined();
  });

  it('lets a read_write token call mutations, but not manage tokens or step up', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { token, id } = await createToken(dealer, 'read_write');
    expect((await server.gql(ACCEPT, {}, { token })).data.acceptConsents.complete).toBe(true);
    expect(errorOf(await server.gql(CREATE, { name: 'x', scope: 'read' }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'session_required' });
    expect(errorOf(await server.gql(REVOKE, { id }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'session_required' });
  });

  it('is anonymous once revoked, expired, or when the owner lost the role', async () => {
    const vip = await signInAs(server, 'vip');
    const revoked = await createToken(vip, 'read');
    const expired = await createToken(vip, 'read');
    const demoted = await createToken(vip, 'read');
    const revoke = await server.gql(REVOKE, { id: revoked.id }, { token: vip.token });
    expect(revoke.data.revokeApiToken.revokedAt).not.toBeNull();
    expect(errorOf(await server.gql(ME, {}, { token: revoked.token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });

    const em = server.app.services.orm.em.fork();
    await em.nativeUpdate(ApiToken, { id: expired.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf(await server.gql(ME, {}, { token: expired.token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });

    expect((await server.gql(ME, {}, { token: demoted.token })).data.me.id).toBe(vip.userId);
    await em.nativeUpdate(User, { id: vip.userId }, { role: 'user' });
    expect(errorOf(await server.gql(ME, {}, { token: demoted.token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    // A token-shaped value that was never issued is anonymous too.
    expect(errorOf(await server.gql(ME, {}, { token: `ltc_pat_${'A'.repeat(43)}` }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });

  it('is revoked, not suspended, when the owner loses the role: granting it again does not bring it back', async () => {
    const GRANT = 'mutation($userId: ID!, $role: Role!, $stepUp: String) { grantRole(userId: $userId, role: $role, stepUpToken: $stepUp) { role } }';
    const REVOKE_ROLE = 'mutation($userId: ID!, $stepUp: String) { revokeRole(userId: $userId, stepUpToken: $stepUp) { role } }';
    const admin = await signInAs(server, 'admin');
    const owner = await signInAs(server, 'user');
    const grantVip = async () => {
      const granted = await server.gql(GRANT, { userId: owner.userId, role: 'vip', stepUp: await stepUp(server, admin, 'role_grant') }, { token: admin.token });
      expect(granted.data.grantRole.role).toBe('vip');
    };
    await grantVip();
    const { token, id } = await createToken(owner, 'read_write');
    const other = await signInAs(server, 'vip');
    const untouched = await createToken(other, 'read');
    expect((await server.gql(ME, {}, { token })).data.me).toEqual({ id: owner.userId, role: 'vip' });

    const removed = await server.gql(REVOKE_ROLE, { userId: owner.userId, stepUp: await stepUp(server, admin, 'role_grant') }, { token: admin.token });
    expect(removed.data.revokeRole.role).toBe('user');
    expect(errorOf(await server.gql(ME, {}, { token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const revokedAt = (await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id })).revokedAt;
    expect(revokedAt).not.toBeNull();

    await grantVip();
    expect(errorOf(await server.gql(ME, {}, { token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const listed = (await server.gql(LIST, {}, { token: owner.token })).data.myApiTokens.edges.map((edge: { node: { id: string; revokedAt: string | null } }) => edge.node);
    expect(listed).toEqual([expect.objectContaining({ id, revokedAt: revokedAt!.toISOString() })]);
    // Another account's token is not affected; the owner may create a new one again.
    expect((await server.gql(ME, {}, { token: untouched.token })).data.me.id).toBe(other.userId);
    expect((await server.gql(ME, {}, { token: (await createToken(owner, 'read')).token })).data.me.id).toBe(owner.userId);

    // Audited once, in the role change's transaction, without the secret or its HMAC.
    const audit = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'API_TOKEN_REVOKED', targetId: owner.userId });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetType: 'user', actorId: admin.userId, result: 'success', metadata: { count: 1, reason: 'role_removed', newRole: 'user' } });
    const row = await server.app.services.orm.em.fork().findOneOrFail(ApiToken, { id });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHmac);
  });

  it('cannot be revoked by another account (same answer as an unknown id)', async () => {
    const owner = await signInAs(server, 'vip');
    const other = await signInAs(server, 'vip');
    const { token, id } = await createToken(owner, 'read');
    expect(errorOf(await server.gql(REVOKE, { id }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(REVOKE, { id: crypto.randomUUID() }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await server.gql(ME, {}, { token })).data.me.id).toBe(owner.userId);
  });
});

describe('API token rate limit', () => {
  it('answers RATE_LIMITED per token once the window is used up', async () => {
    const limited = await startServer({ ...GENEROUS_LIMITS, LTC_RATE_API_TOKEN_LIMIT: '3' });
    try {
      const dealer = await signInAs(limited, 'dealer');
      const created = await limited.gql(CREATE, { name: 'x', scope: 'read' }, { token: dealer.token });
      const created2 = await limited.gql(CREATE, { name: 'y', scope: 'read' }, { token: dealer.token });
      const [first, second] = [created.data.createApiToken.token, created2.data.createApiToken.token];
      for (let i = 0; i < 3; i++) expect((await limited.gql(ME, {}, { token: first })).data.me.id).toBe(dealer.userId);
      expect(errorOf(await limited.gql(ME, {}, { token: first }))).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
      // Per token: the other token and the session are unaffected.
      expect((await limited.gql(ME, {}, { token: second })).data.me.id).toBe(dealer.userId);
      expect((await limited.gql(ME, {}, { token: dealer.token })).data.me.id).toBe(dealer.userId);
    } finally {
      await limited.close();
    }
  });
});
