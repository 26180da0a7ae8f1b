import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { errorOf, lastCode, signIn, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';

const VERIFY = 'mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token user { id } } }';
const ME = '{ me { id role } }';
const MINUTE = 60_000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

let counter = 0;
const freshEmail = () => `session-${process.pid}-${++counter}@example.org`;

/** Logs in and returns the raw Set-Cookie header of the verification answer. */
async function loginWithCookie(target: TestServer, email: string): Promise<{ setCookie: string; cookie: string; token: string; userId: string }> {
  const requested = await target.gql('mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', { email });
  const verified = await target.gql(VERIFY, { id: requested.data.requestLoginCode.challengeId, code: lastCode(target, email) });
  const setCookie = verified.headers.get('set-cookie') ?? '';
  return { setCookie, cookie: setCookie.split(';')[0]!, token: verified.data.verifyLoginCode.token, userId: verified.data.verifyLoginCode.user.id };
}

/** Moves a session's clock back: `createdAgo` / `lastSeenAgo` in milliseconds. */
async function ageSession(target: TestServer, userId: string, ages: { createdAgo?: number; lastSeenAgo?: number }): Promise<void> {
  const now = Date.now();
  await target.app.services.orm.em.fork().nativeUpdate(
    Session,
    { user: userId },
    {
      ...(ages.createdAgo !== undefined ? { createdAt: new Date(now - ages.createdAgo) } : {}),
      ...(ages.lastSeenAgo !== undefined ? { lastSeenAt: new Date(now - ages.lastSeenAgo) } : {}),
    },
  );
}

async function meWith(target: TestServer, token: string) {
  return target.gql(ME, {}, { token });
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, not Secure outside production, and signs requests in', async () => {
    const { setCookie, cookie, token, userId } = await loginWithCookie(server, freshEmail());
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(cookie).toBe(`ltc_session=${token}`);
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Lax');
    expect(attributes).toContain('Path=/');
    expect(attributes).not.toContain('Secure');
    const maxAge = Number(attributes.find((a) => a.startsWith('Max-Age='))?.slice('Max-Age='.length));
    expect(maxAge).toBeGreaterThan(8 * 3600 - 60);
    expect(maxAge).toBeLessThanOrEqual(8 * 3600);

    const me = await server.gql(ME, {}, { headers: { cookie } });
    expect(me.data.me).toEqual({ id: userId, role: 'user' });
  });

  it('logout through the cookie revokes the session and clears the cookie', async () => {
    const { cookie, token } = await loginWithCookie(server, freshEmail());
    const logout = await server.gql('mutation { logout }', {}, { headers: { cookie } });
    expect(logout.data.logout).toBe(true);
    const cleared = logout.headers.get('set-cookie') ?? '';
    expect(cleared).toMatch(/^ltc_session=;/);
    expect(cleared).toContain('Max-Age=0');
    expect(cleared).toContain('HttpOnly');
    expect(errorOf(await server.gql(ME, {}, { headers: { cookie } }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await meWith(server, token)).code).toBe('UNAUTHENTICATED');
  });
});

describe('bearer sessions', () => {
  it('logout revokes the token: the next request is anonymous and the revocation audited', async () => {
    const { token, userId } = await signIn(server, freshEmail());
    expect((await meWith(server, token)).data.me.id).toBe(userId);
    const logout = await server.gql('mutation { logout }', {}, { token });
    expect(logout.data.logout).toBe(true);
    expect(logout.headers.get('set-cookie')).toMatch(/^ltc_session=;.*Max-Age=0/);
    expect(errorOf(await meWith(server, token))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql('mutation { logout }', {}, { token })).code).toBe('UNAUTHENTICATED');
    const session = await server.app.services.orm.em.fork().findOneOrFail(Session, { user: userId });
    expect(session.revokedAt).not.toBeNull();
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { action: 'SESSION_REVOKED', targetId: session.id })).toBe(1);
  });

  it('logging out one session leaves the other sessions of the account alive', async () => {
    const email = freshEmail();
    const first = await signIn(server, email);
    const second = await signIn(server, email);
    await server.gql('mutation { logout }', {}, { token: first.token });
    expect((await meWith(server, second.token)).data.me.id).toBe(second.userId);
  });

  it('an unknown or malformed token is anonymous', async () => {
    for (const token of ['x'.repeat(43), 'short', 'a'.repeat(500)]) {
      expect(errorOf(await meWith(server, token))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    }
  });

  it('stores only an HMAC of the token', async () => {
    const { token, userId } = await signIn(server, freshEmail());
    const session = await server.app.services.orm.em.fork().findOneOrFail(Session, { user: userId });
    expect(session.tokenHmac).toMatch(/^v1:[0-9a-f]{64}$/);
    expect(session.tokenHmac).not.toContain(token);
  });
});

describe('session expiry', () => {
  it('a user session survives 29 idle minutes and ends after 31', async () => {
    const { token, userId } = await signIn(server, freshEmail());
    await ageSession(server, userId, { lastSeenAgo: 29 * MINUTE });
    expect((await meWith(server, token)).data.me.id).toBe(userId);
    // The request moved the idle clock forward.
    const touched = await server.app.services.orm.em.fork().findOneOrFail(Session, { user: userId });
    expect(Date.now() - touched.lastSeenAt.getTime()).toBeLessThan(MINUTE);
    await ageSession(server, userId, { lastSeenAgo: 31 * MINUTE });
    expect(errorOf(await meWith(server, token))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });

  it('an admin session ends after 16 idle minutes', async () => {
    const { token, userId } = await signInAs(server, 'admin');
    await ageSession(server, userId, { lastSeenAgo: 14 * MINUTE });
    expect((await meWith(server, token)).data.me.role).toBe('admin');
    await ageSession(server, userId, { lastSeenAgo: 16 * MINUTE });
    expect(errorOf(await meWith(server, token)).code).toBe('UNAUTHENTICATED');
  });

  it('a user session ends 8 hours after login even when active', async () => {
    const { token, userId } = await signIn(server, freshEmail());
    await ageSession(server, userId, { createdAgo: 7 * 60 * MINUTE, lastSeenAgo: 0 });
    expect((await meWith(server, token)).data.me.id).toBe(userId);
    await ageSession(server, userId, { createdAgo: 8 * 60 * MINUTE + MINUTE, lastSeenAgo: 0 });
    expect(errorOf(await meWith(server, token)).code).toBe('UNAUTHENTICATED');
  });

  it('an admin or superadmin session ends 4 hours after login; the login answer says so', async () => {
    for (const role of ['admin', 'superadmin'] as const) {
      const { token, userId } = await signInAs(server, role);
      await ageSession(server, userId, { createdAgo: 3 * 60 * MINUTE + 50 * MINUTE, lastSeenAgo: 0 });
      expect((await meWith(server, token)).data.me.role).toBe(role);
      await ageSession(server, userId, { createdAgo: 4 * 60 * MINUTE + MINUTE, lastSeenAgo: 0 });
      expect(errorOf(await meWith(server, token)).code).toBe('UNAUTHENTICATED');
    }
    const email = freshEmail();
    const { userId } = await signIn(server, email);
    await server.app.services.orm.em.fork().nativeUpdate(User, { id: userId }, { role: 'admin' });
    const requested = await server.gql('mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', { email });
    const verified = await server.gql('mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { expiresAt } }', {
      id: requested.data.requestLoginCode.challengeId,
      code: lastCode(server, email),
    });
    const hours = (Date.parse(verified.data.verifyLoginCode.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(3.9);
    expect(hours).toBeLessThanOrEqual(4);
  });

  it('a role raised to admin takes the shorter limits at once', async () => {
    const { token, userId } = await signIn(server, freshEmail());
    await ageSession(server, userId, { lastSeenAgo: 20 * MINUTE });
    await server.app.services.orm.em.fork().nativeUpdate(User, { id: userId }, { role: 'admin' });
    expect(errorOf(await meWith(server, token)).code).toBe('UNAUTHENTICATED');
  });
});

describe('secret key rotation', () => {
  const OLD_KEY = 'old-secret-key-for-rotation-tests-0123456789';
  const NEW_KEY = 'new-secret-key-for-rotation-tests-9876543210';

  it('finds the account again and keeps old sessions alive; without the old key they are cleanly anonymous', async () => {
    let target = await startServer({ LTC_SECRET_KEY: OLD_KEY });
    try {
      const email = freshEmail();
      const before = await signIn(target, email);
      const userBefore = await target.app.services.orm.em.fork().findOneOrFail(User, { id: before.userId });
      expect(userBefore.emailHmac).toMatch(/^v1:/);

      target = await target.restart({ LTC_SECRET_KEY: NEW_KEY, LTC_SECRET_KEY_VERSION: '2', LTC_SECRET_KEY_V1: OLD_KEY });
      // A session opened under the old key keeps working until it expires.
      expect((await meWith(target, before.token)).data.me.id).toBe(before.userId);
      // Logging in again finds the same account and moves it to the new key.
      const after = await signIn(target, email);
      expect(after.userId).toBe(before.userId);
      const userAfter = await target.app.services.orm.em.fork().findOneOrFail(User, { id: before.userId });
      expect(userAfter.emailHmac).toMatch(/^v2:/);
      expect(userAfter.emailEncrypted).toMatch(/^v2\./);
      expect(await target.app.services.orm.em.fork().count(User, {})).toBe(1);
      const newSession = await target.app.services.orm.em.fork().find(Session, { user: before.userId }, { orderBy: { createdAt: 'asc' } });
      expect(newSession.map((session) => session.tokenHmac.slice(0, 3))).toEqual(['v1:', 'v2:']);

      // Once the old key is retired, sessions made under it are anonymous (not an error).
      target = await target.restart({ LTC_SECRET_KEY_V1: undefined });
      expect(errorOf(await meWith(target, before.token))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect((await meWith(target, after.token)).data.me.id).toBe(before.userId);
    } finally {
      await target.close();
    }
  });
});
