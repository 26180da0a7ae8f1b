import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { errorOf, lastCode, signIn, startServer, type TestServer } from '../../test/harness.ts';
import { LOGIN_REQUEST_MESSAGE } from './login.service.ts';
import { LoginChallenge } from './login-challenge.entity.ts';
import { User } from './user.entity.ts';

const REQUEST = 'mutation($email: String!) { requestLoginCode(email: $email) { challengeId message devCode } }';
const VERIFY = 'mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token expiresAt user { id role emailMasked } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

let counter = 0;
const freshEmail = () => `login-${process.pid}-${++counter}@example.org`;

async function requestCode(target: TestServer, email: string): Promise<{ challengeId: string; code: string }> {
  const requested = await target.gql(REQUEST, { email });
  return { challengeId: requested.data.requestLoginCode.challengeId, code: lastCode(target, email) };
}

/** A six-digit code that is certainly not the right one. */
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('login with an emailed code', () => {
  it('signs in with the right code, creates the account once and finds it again', async () => {
    const email = freshEmail();
    const first = await requestCode(server, email);
    const verified = await server.gql(VERIFY, { id: first.challengeId, code: first.code });
    expect(verified.errors).toBeUndefined();
    const result = verified.data.verifyLoginCode;
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.user).toMatchObject({ role: 'user', emailMasked: 'l***@example.org' });
    const expiresInHours = (Date.parse(result.expiresAt) - Date.now()) / 3_600_000;
    expect(expiresInHours).toBeGreaterThan(7.9);
    expect(expiresInHours).toBeLessThanOrEqual(8);

    const me = await server.gql('{ me { id role emailMasked } }', {}, { token: result.token });
    expect(me.data.me).toEqual({ id: result.user.id, role: 'user', emailMasked: 'l***@example.org' });

    // The address is normalised (trim, case) and leads to the same account.
    const again = await signIn(server, `  ${email.toUpperCase()} `.replace('@EXAMPLE.ORG', '@Example.org'));
    expect(again.userId).toBe(result.user.id);
  });

  it('mails a six-digit code and a magic link whose fragment carries challenge and code', async () => {
    const email = freshEmail();
    const requested = await server.gql(REQUEST, { email });
    const mail = server.outbox().filter((m) => m.to === email).at(-1)!;
    expect(mail.subject).toBe('Ihr Anmeldecode für LifeTimeCircle');
    const link = new URL(/https?:\/\/\S+/.exec(mail.text)![0]);
    expect(link.pathname).toBe('/login');
    // The secret sits only in the fragment, which browsers never send to a server.
    expect(link.search).toBe('');
    const fragment = new URLSearchParams(link.hash.slice(1));
    expect(fragment.get('challenge')).toBe(requested.data.requestLoginCode.challengeId);
    expect(fragment.get('code')).toBe(lastCode(server, email));

    const verified = await server.gql(VERIFY, { id: fragment.get('challenge'), code: fragment.get('code') });
    expect(verified.data.verifyLoginCode.token).toBeTruthy();
  });

  it('locks the challenge after five wrong codes; then even the right code fails', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    const wrong = wrongCodeFor(code);
    const reasons: unknown[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) reasons.push(errorOf(await server.gql(VERIFY, { id: challengeId, code: wrong })).reason);
    expect(reasons).toEqual(['invalid_code', 'invalid_code', 'invalid_code', 'invalid_code', 'challenge_locked']);

    const right = await server.gql(VERIFY, { id: challengeId, code });
    expect(errorOf(right)).toEqual({ code: 'UNAUTHENTICATED', reason: 'challenge_locked' });
    expect(right.data?.verifyLoginCode ?? null).toBeNull();
  });

  it('accepts the right code after four wrong ones', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    for (let attempt = 1; attempt <= 4; attempt++) await server.gql(VERIFY, { id: challengeId, code: wrongCodeFor(code) });
    expect((await server.gql(VERIFY, { id: challengeId, code })).data.verifyLoginCode.token).toBeTruthy();
  });

  it('allows at most five checks even when wrong codes arrive in parallel', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(guesses.map((guess) => server.gql(VERIFY, { id: challengeId, code: guess })));
    expect(answers.every((answer) => answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    const stored = await server.app.services.orm.em.fork().findOneOrFail(LoginChallenge, { id: challengeId });
    expect(stored.failedAttempts).toBe(5);
    expect(stored.lockedAt).not.toBeNull();
    expect(errorOf(await server.gql(VERIFY, { id: challengeId, code })).reason).toBe('challenge_locked');
  });

  it('refuses an expired code', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    await server.app.services.orm.em.fork().nativeUpdate(LoginChallenge, { id: challengeId }, { expiresAt: new Date(Date.now() - 1000) });
    expect(errorOf(await server.gql(VERIFY, { id: challengeId, code }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'code_expired' });
  });

  it('challenges live ten minutes', async () => {
    const before = Date.now();
    const { challengeId } = await requestCode(server, freshEmail());
    const stored = await server.app.services.orm.em.fork().findOneOrFail(LoginChallenge, { id: challengeId });
    expect(stored.expiresAt.getTime() - before).toBeGreaterThanOrEqual(10 * 60_000 - 1000);
    expect(stored.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });

  it('refuses a code that was already used, also when two verifications race', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    const [a, b] = await Promise.all([server.gql(VERIFY, { id: challengeId, code }), server.gql(VERIFY, { id: challengeId, code })]);
    expect([a, b].filter((answer) => answer.data?.verifyLoginCode?.token)).toHaveLength(1);
    expect([a, b].map((answer) => errorOf(answer).reason)).toContain('code_used');
    expect(errorOf(await server.gql(VERIFY, { id: challengeId, code }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'code_used' });
  });

  it('treats an unknown challenge id like a wrong code; a malformed one is refused before any lookup', async () => {
    expect(errorOf(await server.gql(VERIFY, { id: crypto.randomUUID(), code: '123456' }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'invalid_code' });
    expect(errorOf(await server.gql(VERIFY, { id: 'not-a-uuid', code: '123456' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
  });

  it('answers a known and an unknown address identically', async () => {
    const known = freshEmail();
    await signIn(server, known);
    const unknown = freshEmail();
    const usersBefore = await server.app.services.orm.em.fork().count(User, {});
    const answers = [await server.gql(REQUEST, { email: known }), await server.gql(REQUEST, { email: unknown })];
    const shapeOf = (answer: (typeof answers)[number]) => ({
      status: answer.status,
      errors: answer.errors,
      keys: Object.keys(answer.data.requestLoginCode).sort(),
      message: answer.data.requestLoginCode.message,
      devCode: answer.data.requestLoginCode.devCode,
      challengeIdShape: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(answer.data.requestLoginCode.challengeId),
      setCookie: answer.headers.get('set-cookie'),
    });
    expect(shapeOf(answers[0]!)).toEqual(shapeOf(answers[1]!));
    expect(shapeOf(answers[0]!)).toMatchObject({ status: 200, message: LOGIN_REQUEST_MESSAGE, devCode: null, challengeIdShape: true, setCookie: null });
    // No account was created for the unknown address by asking.
    expect(await server.app.services.orm.em.fork().count(User, {})).toBe(usersBefore);
  });

  it('refuses an address that is not an email', async () => {
    expect(errorOf(await server.gql(REQUEST, { email: 'not-an-address' }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_email' });
  });

  it('audits challenge creation, verification, failure and the new session', async () => {
    const { challengeId, code } = await requestCode(server, freshEmail());
    await server.gql(VERIFY, { id: challengeId, code: wrongCodeFor(code) });
    const verified = await server.gql(VERIFY, { id: challengeId, code });
    const events = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: challengeId }, { orderBy: { at: 'asc' } });
    expect(events.map((event) => [event.action, event.result, event.reason])).toEqual([
      ['AUTH_CHALLENGE_CREATED', 'success', null],
      ['AUTH_CHALLENGE_FAILED', 'denied', 'invalid_code'],
      ['AUTH_CHALLENGE_VERIFIED', 'success', null],
    ]);
    const sessionEvents = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'SESSION_CREATED', actorId: verified.data.verifyLoginCode.user.id });
    expect(sessionEvents).toHaveLength(1);
  });
});

describe('login with LTC_DEV_EXPOSE_OTP', () => {
  it('returns the mailed code as devCode, also for an unknown address', async () => {
    const exposing = await startServer({ LTC_DEV_EXPOSE_OTP: '1' });
    try {
      const email = freshEmail();
      const requested = await exposing.gql(REQUEST, { email });
      expect(requested.data.requestLoginCode.devCode).toBe(lastCode(exposing, email));
    } finally {
      await exposing.close();
    }
  });
});

describe('login rate limits', () => {
  it('answers a limited code request identically, sends nothing and audits the denial', async () => {
    const limited = await startServer({ LTC_RATE_CHALLENGE_EMAIL_LIMIT: '1' });
    try {
      const email = freshEmail();
      const first = await limited.gql(REQUEST, { email });
      const second = await limited.gql(REQUEST, { email });
      expect(second.status).toBe(first.status);
      expect(second.errors).toBeUndefined();
      expect(Object.keys(second.data.requestLoginCode).sort()).toEqual(Object.keys(first.data.requestLoginCode).sort());
      expect(second.data.requestLoginCode.message).toBe(first.data.requestLoginCode.message);
      expect(second.data.requestLoginCode.challengeId).not.toBe(first.data.requestLoginCode.challengeId);
      expect(limited.outbox().filter((m) => m.to === email)).toHaveLength(1);
      // The decoy challenge id leads nowhere.
      const decoy = await limited.gql(VERIFY, { id: second.data.requestLoginCode.challengeId, code: lastCode(limited, email) });
      expect(errorOf(decoy).reason).toBe('invalid_code');
      const denials = await limited.app.services.orm.em.fork().find(AuditEvent, { action: 'AUTH_CHALLENGE_FAILED', reason: 'rate_limited' });
      expect(denials).toHaveLength(1);
      // Another address is not affected.
      const other = freshEmail();
      await limited.gql(REQUEST, { email: other });
      expect(limited.outbox().filter((m) => m.to === other)).toHaveLength(1);
    } finally {
      await limited.close();
    }
  });

  it('limits code requests per client address', async () => {
    const limited = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '2' });
    try {
      const emails = [freshEmail(), freshEmail(), freshEmail()];
      for (const email of emails) expect((await limited.gql(REQUEST, { email })).data.requestLoginCode.message).toBe(LOGIN_REQUEST_MESSAGE);
      expect(emails.map((email) => limited.outbox().filter((m) => m.to === email).length)).toEqual([1, 1, 0]);
    } finally {
      await limited.close();
    }
  });

  it('answers RATE_LIMITED when verifications from one address exceed the limit, even with the right code', async () => {
    const limited = await startServer({ LTC_RATE_VERIFY_IP_LIMIT: '1' });
    try {
      const { challengeId, code } = await requestCode(limited, freshEmail());
      expect(errorOf(await limited.gql(VERIFY, { id: challengeId, code: wrongCodeFor(code) })).reason).toBe('invalid_code');
      expect(errorOf(await limited.gql(VERIFY, { id: challengeId, code }))).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });
});

describe('bootstrap superadmin', () => {
  it('makes LTC_BOOTSTRAP_SUPERADMIN_EMAIL a superadmin on first login, nobody else', async () => {
    const bootstrapped = await startServer({ LTC_BOOTSTRAP_SUPERADMIN_EMAIL: ' Chefin@Example.org ' });
    try {
      const boss = await signIn(bootstrapped, 'chefin@example.org');
      const me = await bootstrapped.gql('{ me { role } }', {}, { token: boss.token });
      expect(me.data.me.role).toBe('superadmin');
      const someone = await signIn(bootstrapped, freshEmail());
      expect((await bootstrapped.gql('{ me { role } }', {}, { token: someone.token })).data.me.role).toBe('user');
      // Logging in again keeps the account and its role.
      const again = await signIn(bootstrapped, 'CHEFIN@example.org');
      expect(again.userId).toBe(boss.userId);
      expect((await bootstrapped.gql('{ me { role } }', {}, { token: again.token })).data.me.role).toBe('superadmin');
    } finally {
      await bootstrapped.close();
    }
  });
});
