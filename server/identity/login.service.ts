import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../app-services.ts';
import { writeAudit } from '../audit/audit.ts';
import { newId } from '../db/ids.ts';
import type { ReasonFor } from '../error-reasons.ts';
import { DomainError, forbidden, rateLimited } from '../errors.ts';
import { logSecurityEvent } from '../logging/security-events.ts';
import { MAILS } from '../mail/templates.ts';
import { maskEmail, normaliseEmail } from './email.ts';
import { LoginChallenge, type ChallengePurpose } from './login-challenge.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { createSession, revokeSession, SESSION_COOKIE } from './sessions.ts';
import { User } from './user.entity.ts';

export const LOGIN_REQUEST_MESSAGE = 'Wenn die E-Mail-Adresse gültig ist, wurde ein Code gesendet.';
export const CHALLENGE_TTL_MS = 10 * 60_000;
export const MAX_FAILED_ATTEMPTS = 5;

export interface ChallengeRequest {
  challengeId: string;
  message: string;
  /** Only when LTC_DEV_EXPOSE_OTP is on (never in production). */
  devCode: string | null;
}

const newCode = (): string => randomInt(0, 1_000_000).toString().padStart(6, '0');
const codeMac = (services: AppServices, challengeId: string, code: string) => services.keyring.hmac('login-code', `${challengeId}:${code}`);

/**
 * Starts a passwordless login. The answer never depends on whether the address is known: no
 * account is looked up here (it is created on the first successful verification), and when a
 * rate limit is hit the same shape comes back while nothing is sent.
 */
export async function requestLoginCode(scope: RequestScope, rawEmail: string): Promise<ChallengeRequest> {
  const { services, em } = scope;
  const email = normaliseEmail(rawEmail);
  const emailHmac = services.keyring.hmac('email-lookup', email);
  const { rateLimits } = services.config;
  const withinLimits =
    (await services.rateLimiter.hit('challenge_ip', services.keyring.hmac('rate-limit', scope.ip), rateLimits.challengePerIp)) &&
    (await services.rateLimiter.hit('challenge_email', emailHmac, rateLimits.challengePerEmail));
  if (!withinLimits) {
    await scope.audit({ action: 'AUTH_CHALLENGE_FAILED', result: 'denied', reason: 'rate_limited', metadata: { purpose: 'login' } });
    // The caller is not told (no account oracle), the operators are.
    logSecurityEvent(services.logger, { code: 'RATE_LIMITED', reason: 'rate_limited', requestId: scope.requestId, path: 'requestLoginCode' });
    return { challengeId: newId(), message: LOGIN_REQUEST_MESSAGE, devCode: services.config.devExposeOtp ? newCode() : null };
  }
  const { challenge, code } = await issueChallenge(services, em, { purpose: 'login', email, emailHmac });
  const link = `${services.config.publicBaseUrl}/login#challenge=${challenge.id}&code=${code}`;
  await services.mailer.send({ to: email, ...MAILS.loginCode(services.config, { code, link, validMinutes: CHALLENGE_TTL_MS / 60_000 }) });
  await scope.audit({ action: 'AUTH_CHALLENGE_CREATED', targetType: 'login_challenge', targetId: challenge.id, metadata: { purpose: 'login' } });
  return { challengeId: challenge.id, message: LOGIN_REQUEST_MESSAGE, devCode: services.config.devExposeOtp ? code : null };
}

/** Creates and stores a challenge (only the HMAC of its code). Shared by login and step-up. */
export async function issueChallenge(
  services: AppServices,
  em: EntityManager,
  input: { purpose: ChallengePurpose; email: string; emailHmac: string; userId?: string; scope?: string },
): Promise<{ challenge: LoginChallenge; code: string }> {
  const code = newCode();
  const id = newId();
  const challenge = em.create(LoginChallenge, {
    id,
    purpose: input.purpose,
    emailHmac: input.emailHmac,
    emailEncrypted: services.keyring.encrypt('email-encryption', input.email),
    user: input.userId ?? null,
    scope: input.scope ?? null,
    codeHmac: codeMac(services, id, code),
    expiresAt: new Date(Date.now() + CHALLENGE_TTL_MS),
  });
  await em.persist(challenge).flush();
  return { challenge, code };
}

/**
 * Checks a code against a challenge: constant-time comparison, at most five wrong codes (the
 * fifth locks it), single use (consumed atomically, so two parallel verifications cannot both
 * succeed).
 */
export async function consumeChallenge(scope: RequestScope, input: { challengeId: string; code: string; purpose: ChallengePurpose }): Promise<LoginChallenge> {
  const { services, em } = scope;
  const fail = async (reason: ReasonFor<'UNAUTHENTICATED'>, challenge?: LoginChallenge): Promise<never> => {
    await scope.audit({
      action: input.purpose === 'login' ? 'AUTH_CHALLENGE_FAILED' : 'ADMIN_STEP_UP_FAILED',
      result: 'denied',
      reason,
      targetType: challenge ? 'login_challenge' : undefined,
      targetId: challenge?.id,
      metadata: { purpose: input.purpose },
    });
    throw new DomainError('UNAUTHENTICATED', reason, reason === 'code_expired' ? 'The code has expired' : 'The code is not valid');
  };
  if (!(await services.rateLimiter.hit('verify_ip', services.keyring.hmac('rate-limit', scope.ip), services.config.rateLimits.verifyPerIp))) {
    await scope.audit({ action: 'AUTH_CHALLENGE_FAILED', result: 'denied', reason: 'rate_limited', metadata: { purpose: input.purpose } });
    throw rateLimited();
  }
  const code = input.code.trim();
  const challenge = /^[0-9a-f-]{36}$/.test(input.challengeId)
    ? await em.getRepository(LoginChallenge).forPurpose(input.challengeId, input.purpose)
    : null;
  if (!challenge) return fail('invalid_code');
  if (challenge.lockedAt) return fail('challenge_locked', challenge);
  if (challenge.consumedAt) return fail('code_used', challenge);
  if (challenge.expiresAt.getTime() < Date.now()) return fail('code_expired', challenge);
  // Each check takes one of the five attempts atomically before the code is compared, so parallel
  // guesses cannot all pass on a stale counter.
  const challenges = em.getRepository(LoginChallenge);
  const reserved = await challenges.reserveAttempt(challenge.id, MAX_FAILED_ATTEMPTS);
  // No attempt left to take: locked, or another verification consumed it since we read it (with
  // parallel transactions, as on PostgreSQL, the right code's twin lands here).
  if (reserved !== 1) return fail((await challenges.isConsumed(challenge.id)) ? 'code_used' : 'challenge_locked', challenge);
  if (!/^\d{6}$/.test(code) || !services.keyring.verifyHmac('login-code', `${challenge.id}:${code}`, challenge.codeHmac)) {
    const locked = await challenges.lockIfExhausted(challenge.id, MAX_FAILED_ATTEMPTS);
    return fail(locked === 1 ? 'challenge_locked' : 'invalid_code', challenge);
  }
  // The right code: its attempt is given back (only wrong codes count) and the challenge consumed.
  const consumed = await challenges.consume(challenge.id);
  if (consumed !== 1) return fail('code_used', challenge);
  return challenge;
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

/** Completes a login: finds or creates the account, then opens a session. */
export async function verifyLoginCode(scope: RequestScope, input: { challengeId: string; code: string }): Promise<LoginResult> {
  const { services, em } = scope;
  const challenge = await consumeChallenge(scope, { ...input, purpose: 'login' });
  const email = services.keyring.decrypt('email-encryption', challenge.emailEncrypted);
  const user = await findOrCreateUser(services, em, email);
  const { token, expiresAt, session } = await createSession(em, services.keyring, user);
  // Audited as the account just signed in to, not as the anonymous caller.
  const asUser = { requestId: scope.requestId, actor: { userId: user.id, role: user.role, via: 'session' as const, consentComplete: false } };
  await writeAudit(em, asUser, { action: 'AUTH_CHALLENGE_VERIFIED', targetType: 'login_challenge', targetId: challenge.id, scope: 'own' });
  await writeAudit(em, asUser, { action: 'SESSION_CREATED', targetType: 'session', targetId: session.id, scope: 'own' });
  return { token, expiresAt, user };
}

/** The signed-in account. */
export async function currentUser(scope: RequestScope): Promise<User> {
  const user = await scope.em.getRepository(User).byId(actorOf(scope).userId);
  if (!user) throw forbidden();
  return user;
}

/** Ends the current session (if signed in with one) and clears the cookie. */
export async function logout(scope: RequestScope): Promise<void> {
  const sessionId = scope.actor?.sessionId;
  if (sessionId) {
    await revokeSession(scope.em, sessionId);
    await scope.audit({ action: 'SESSION_REVOKED', targetType: 'session', targetId: sessionId, scope: 'own' });
  }
  scope.cookies.push({ name: SESSION_COOKIE, value: '', maxAge: 0 });
}

async function findOrCreateUser(services: AppServices, em: EntityManager, email: string): Promise<User> {
  const { keyring, config } = services;
  const existing = await em.getRepository(User).byEmailHmac(keyring.hmacCandidates('email-lookup', email));
  const currentHmac = keyring.hmac('email-lookup', email);
  if (existing) {
    existing.lastLoginAt = new Date();
    // Lazy re-keying after a secret rotation: the next login moves the account to the new key.
    if (existing.emailHmac !== currentHmac) {
      existing.emailHmac = currentHmac;
      existing.emailEncrypted = keyring.encrypt('email-encryption', email);
    }
    await em.flush();
    return existing;
  }
  const user = em.create(User, {
    emailHmac: currentHmac,
    emailEncrypted: keyring.encrypt('email-encryption', email),
    emailMasked: maskEmail(email),
    role: config.bootstrapSuperadminEmail === email ? 'superadmin' : 'user',
    lastLoginAt: new Date(),
  });
  await em.persist(user).flush();
  return user;
}
