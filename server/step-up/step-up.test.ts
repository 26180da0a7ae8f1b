import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, lastStepUpCode, requestStepUpCode, stepUp } from '../../test/step-up.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { StepUpGrant } from './step-up-grant.entity.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...GENEROUS_LIMITS, LTC_STEP_UP_TTL_SECONDS: '120' });
});
afterAll(async () => server.close());

const REQUEST = 'mutation($scope: StepUpScope!) { requestStepUp(scope: $scope) { challengeId devCode } }';
const CONFIRM = 'mutation($id: ID!, $code: String!) { confirmStepUp(challengeId: $id, code: $code) { stepUpToken scope expiresAt } }';
const GRANT = 'mutation($userId: ID!, $role: Role!, $stepUp: String) { grantRole(userId: $userId, role: $role, stepUpToken: $stepUp) { id role } }';

const auditEvents = async (where: Partial<Pick<AuditEvent, 'action' | 'actorId' | 'reason'>>) => {
  await server.app.services.pendingWrites.drain();
  return server.app.services.orm.em.fork().find(AuditEvent, where, { orderBy: { at: 'asc' } });
};

describe('requestStepUp', () => {
  it('is refused to anonymous callers, users, dealers and moderators', async () => {
    expect(errorOf(await server.gql(REQUEST, { scope: 'role_grant' }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    for (const role of ['user', 'dealer', 'vip'] as const) {
      const account = await signInAs(server, role);
      expect(errorOf(await server.gql(REQUEST, { scope: 'role_grant' }, { token: account.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(REQUEST, { scope: 'role_grant' }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('needs the current consents', async () => {
    const admin = await signInAs(server, 'admin', { consent: false });
    expect(errorOf(await server.gql(REQUEST, { scope: 'role_grant' }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
  });

  it('gives superadmin-only scopes to superadmins only', async () => {
    const admin = await signInAs(server, 'admin');
    for (const scope of ['vip_business_approve', 'vip_business_staff', 'export_full']) {
      expect(errorOf(await server.gql(REQUEST, { scope }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'superadmin_required' });
    }
    const refusals = await auditEvents({ action: 'ADMIN_STEP_UP_FAILED', actorId: admin.userId });
    expect(refusals.map((event) => `${event.reason}:${event.metadata?.scope}`).sort()).toEqual([
      'superadmin_required:export_full',
      'superadmin_required:vip_business_approve',
      'superadmin_required:vip_business_staff',
    ]);
    const superadmin = await signInAs(server, 'superadmin');
    expect(await stepUp(server, superadmin, 'export_full')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('mails a fresh code to the admin\'s own address and stores only its HMAC', async () => {
    const admin = await signInAs(server, 'admin');
    const before = server.outbox().length;
    const response = await server.gql(REQUEST, { scope: 'role_grant' }, { token: admin.token });
    expect(response.data.requestStepUp.devCode).toBeNull();
    const mails = server.outbox().slice(before);
    expect(mails.map((mail) => mail.to)).toEqual([admin.email]);
    const code = lastStepUpCode(server, admin.email);
    const dump = JSON.stringify(await server.app.services.orm.em.fork().getConnection().execute('select * from login_challenges'));
    expect(dump).not.toContain(code);
  });
});

describe('confirmStepUp', () => {
  it('hands out a token bound to the scope with the configured lifetime, and audits it', async () => {
    const admin = await signInAs(server, 'admin');
    const challengeId = await requestStepUpCode(server, admin, 'moderator_accredit');
    const confirmed = await server.gql(CONFIRM, { id: challengeId, code: lastStepUpCode(server, admin.email) }, { token: admin.token });
    const { stepUpToken, scope, expiresAt } = confirmed.data.confirmStepUp;
    expect(scope).toBe('moderator_accredit');
    const grant = await server.app.services.orm.em.fork().findOneOrFail(StepUpGrant, { user: admin.userId });
    expect(grant.tokenHmac).toMatch(/^v1:[0-9a-f]{64}$/);
    expect(grant.tokenHmac).not.toContain(stepUpToken);
    expect(new Date(expiresAt).getTime() - grant.createdAt.getTime()).toBe(120_000);
    const granted = await auditEvents({ action: 'ADMIN_STEP_UP_GRANTED', actorId: admin.userId });
    expect(granted).toHaveLength(1);
    expect(granted[0]!.metadata).toEqual({ scope: 'moderator_accredit', ttlSeconds: 120 });
    expect(JSON.stringify(granted)).not.toContain(stepUpToken);
  });

  it('refuses a wrong code, a used code and another admin\'s challenge', async () => {
    const admin = await signInAs(server, 'admin');
    const other = await signInAs(server, 'admin');
    const challengeId = await requestStepUpCode(server, admin, 'role_grant');
    const code = lastStepUpCode(server, admin.email);
    const wrong = code === '000000' ? '000001' : '000000';
    expect(errorOf(await server.gql(CONFIRM, { id: challengeId, code: wrong }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'invalid_code' });
    // The right code, but answered by someone else: the challenge belongs to `admin`.
    expect(errorOf(await server.gql(CONFIRM, { id: challengeId, code }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });
    expect(errorOf(await server.gql(CONFIRM, { id: challengeId, code }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'code_used' });
    expect(await auditEvents({ action: 'ADMIN_STEP_UP_FAILED', actorId: other.userId })).toHaveLength(1);
  });

  it('does not accept a login challenge', async () => {
    const admin = await signInAs(server, 'admin');
    const login = await server.gql('mutation($e: String!) { requestLoginCode(email: $e) { challengeId } }', { e: admin.email });
    const mail = server.outbox().filter((m) => m.to === admin.email).at(-1)!;
    const code = /lautet: (\d{6})/.exec(mail.text)![1];
    const response = await server.gql(CONFIRM, { id: login.data.requestLoginCode.challengeId, code }, { token: admin.token });
    expect(errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'invalid_code' });
  });
});

describe('sensitive mutations with a step-up token', () => {
  it('deny a missing token, another scope, another admin, a used and an expired token', async () => {
    const admin = await signInAs(server, 'admin');
    const otherAdmin = await signInAs(server, 'admin');
    const target = await signInAs(server, 'user');
    const grant = (stepUp?: string, as = admin) => server.gql(GRANT, { userId: target.userId, role: 'vip', stepUp }, { token: as.token });

    expect(errorOf(await grant())).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    expect(errorOf(await grant(''))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_required' });
    expect(errorOf(await grant('not-a-real-step-up-token-at-all'))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });

    const otherScope = await stepUp(server, admin, 'moderator_accredit');
    expect(errorOf(await grant(otherScope))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });

    const othersToken = await stepUp(server, otherAdmin, 'role_grant');
    expect(errorOf(await grant(othersToken))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });

    const expired = await stepUp(server, admin, 'role_grant');
    const em = server.app.services.orm.em.fork();
    await em.nativeUpdate(StepUpGrant, { user: admin.userId, scope: 'role_grant' }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf(await grant(expired))).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });

    const valid = await stepUp(server, admin, 'role_grant');
    expect((await grant(valid)).data.grantRole).toEqual({ id: target.userId, role: 'vip' });
    const reused = await server.gql(GRANT, { userId: target.userId, role: 'dealer', stepUp: valid }, { token: admin.token });
    expect(errorOf(reused)).toEqual({ code: 'FORBIDDEN', reason: 'admin_step_up_invalid' });

    // Every refusal is in the audit trail, the one success as CONSUMED.
    const failed = await auditEvents({ action: 'ADMIN_STEP_UP_FAILED', actorId: admin.userId });
    const reasons = failed.map((event) => event.reason);
    expect(reasons.filter((reason) => reason === 'admin_step_up_required')).toHaveLength(2);
    expect(reasons.filter((reason) => reason === 'admin_step_up_invalid')).toHaveLength(5);
    expect(failed.every((event) => event.result === 'denied' && event.metadata?.scope === 'role_grant')).toBe(true);
    expect(await auditEvents({ action: 'ADMIN_STEP_UP_CONSUMED', actorId: admin.userId })).toHaveLength(1);
    // The other admin's token was not spent by the failed attempt.
    const stillThere = await server.gql(GRANT, { userId: target.userId, role: 'dealer', stepUp: othersToken }, { token: otherAdmin.token });
    expect(stillThere.data.grantRole.role).toBe('dealer');
  });

  it('serve exactly one of two parallel actions', async () => {
    const admin = await signInAs(server, 'admin');
    const [first, second] = [await signInAs(server, 'user'), await signInAs(server, 'user')];
    const token = await stepUp(server, admin, 'role_grant');
    const results = await Promise.all(
      [first, second].map((target) => server.gql(GRANT, { userId: target.userId, role: 'vip', stepUp: token }, { token: admin.token })),
    );
    expect(results.filter((result) => result.data?.grantRole?.role === 'vip')).toHaveLength(1);
    expect(results.filter((result) => errorOf(result).reason === 'admin_step_up_invalid')).toHaveLength(1);
  });

  it('cannot be used with an API token session', async () => {
    const admin = await signInAs(server, 'admin');
    const created = await server.gql('mutation { createApiToken(name: "ci", scope: read_write) { token } }', {}, { token: admin.token });
    const apiToken = created.data.createApiToken.token;
    expect(errorOf(await server.gql(REQUEST, { scope: 'role_grant' }, { token: apiToken }))).toEqual({ code: 'FORBIDDEN', reason: 'session_required' });
  });
});

describe('LTC_STEP_UP_TTL_SECONDS', () => {
  const base = { LTC_ENV: 'test', LTC_SECRET_KEY: 'x'.repeat(40) };
  it('defaults to 600 and accepts 60 to 600 seconds', () => {
    expect(loadConfig(base).stepUpTtlSeconds).toBe(600);
    expect(loadConfig({ ...base, LTC_STEP_UP_TTL_SECONDS: '60' }).stepUpTtlSeconds).toBe(60);
    for (const bad of ['59', '601', '1.5', 'ten']) {
      expect(() => loadConfig({ ...base, LTC_STEP_UP_TTL_SECONDS: bad })).toThrow(ConfigError);
    }
  });
});
