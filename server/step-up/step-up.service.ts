import type { EntityManager } from '@mikro-orm/sql';
import type { Actor } from '../auth/actor.ts';
import { stepUpDenial } from '../auth/policy.ts';
import { randomToken } from '../crypto/keyring.ts';
import { DomainError, forbidden, rateLimited } from '../errors.ts';
import { CHALLENGE_TTL_MS, consumeChallenge, issueChallenge } from '../identity/login.service.ts';
import { User } from '../identity/user.entity.ts';
import { MAILS } from '../mail/templates.ts';
import { StepUpGrant, type StepUpScope } from './step-up-grant.entity.ts';
import type { RequestScope } from '../request-scope.ts';

/** Refuses (and audits) a step-up the actor may not hold. */
async function assertMayUse(scope: RequestScope, stepUpScope: StepUpScope): Promise<Actor> {
  const actor = scope.actor;
  if (!actor) throw forbidden();
  const refusal = stepUpDenial(actor, stepUpScope);
  if (!refusal) return actor;
  await scope.audit({ action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: refusal.reason, metadata: { scope: stepUpScope } });
  throw refusal;
}

/** Sends a fresh code (purpose `step_up`) to the admin's own address; the challenge is bound to admin and scope. */
export async function requestStepUp(scope: RequestScope, stepUpScope: StepUpScope): Promise<{ challengeId: string; devCode: string | null }> {
  const { services, em } = scope;
  const actor = await assertMayUse(scope, stepUpScope);
  const limits = services.config.rateLimits.challengePerEmail;
  if (!(await services.rateLimiter.hit('step_up_user', actor.userId, limits))) {
    await scope.audit({ action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: 'rate_limited', metadata: { scope: stepUpScope } });
    throw rateLimited();
  }
  const user = await em.getRepository(User).findOneOrFail({ id: actor.userId });
  const email = services.keyring.decrypt('email-encryption', user.emailEncrypted);
  const { challenge, code } = await issueChallenge(services, em, { purpose: 'step_up', email, emailHmac: user.emailHmac, userId: user.id, scope: stepUpScope });
  await services.mailer.send({ to: email, ...MAILS.stepUpCode(services.config, { code, validMinutes: CHALLENGE_TTL_MS / 60_000 }) });
  await scope.audit({ action: 'AUTH_CHALLENGE_CREATED', targetType: 'login_challenge', targetId: challenge.id, scope: 'own', metadata: { purpose: 'step_up', scope: stepUpScope } });
  return { challengeId: challenge.id, devCode: services.config.devExposeOtp ? code : null };
}

/** Checks the code and hands out a one-time step-up token for the challenge's scope. */
export async function confirmStepUp(
  scope: RequestScope,
  input: { challengeId: string; code: string },
): Promise<{ stepUpToken: string; scope: StepUpScope; expiresAt: Date }> {
  const { services, em, actor } = scope;
  if (!actor) throw forbidden();
  let challenge;
  try {
    challenge = await consumeChallenge(scope, { ...input, purpose: 'step_up' });
  } catch (error) {
    // The admin is signed in: a wrong code must not read as "signed out" to the client.
    if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') throw new DomainError('FORBIDDEN', error.reason, error.message);
    throw error;
  }
  const stepUpScope = challenge.scope as StepUpScope;
  if (challenge.user !== actor.userId) {
    await scope.audit({ action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: 'admin_step_up_invalid', targetType: 'login_challenge', targetId: challenge.id, metadata: { scope: stepUpScope } });
    throw forbidden('admin_step_up_invalid');
  }
  await assertMayUse(scope, stepUpScope);
  const stepUpToken = randomToken(32);
  const ttlSeconds = services.config.stepUpTtlSeconds;
  // One clock read: the lifetime is exactly the configured one.
  const createdAt = new Date();
  const grant = em.create(StepUpGrant, {
    tokenHmac: services.keyring.hmac('step-up-token', stepUpToken),
    user: actor.userId,
    scope: stepUpScope,
    createdAt,
    expiresAt: new Date(createdAt.getTime() + ttlSeconds * 1000),
  });
  await em.persist(grant).flush();
  await scope.audit({ action: 'ADMIN_STEP_UP_GRANTED', targetType: 'step_up', targetId: grant.id, scope: 'own', metadata: { scope: stepUpScope, ttlSeconds } });
  return { stepUpToken, scope: stepUpScope, expiresAt: grant.expiresAt };
}

/**
 * Spends a step-up token for one sensitive action. Missing → FORBIDDEN/admin_step_up_required;
 * another scope, another admin, used or expired → FORBIDDEN/admin_step_up_invalid.
 *
 * Call it inside the action's transaction and pass the transaction's manager as `tem`: when the
 * action then fails, the consumption rolls back with it and the admin can retry with the same
 * token. Failures are audited in the background so the record survives that rollback.
 */
export async function consumeStepUp(scope: RequestScope, tem: EntityManager, token: string | null | undefined, stepUpScope: StepUpScope): Promise<void> {
  const { services, actor } = scope;
  const fail = (reason: 'admin_step_up_required' | 'admin_step_up_invalid', grantId?: string): never => {
    scope.audit.inBackground({ action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason, targetType: grantId ? 'step_up' : undefined, targetId: grantId, metadata: { scope: stepUpScope } });
    throw forbidden(reason, reason === 'admin_step_up_required' ? 'This action needs a step-up confirmation' : 'The step-up token is not valid for this action');
  };
  if (!actor) throw forbidden();
  if (!token) return fail('admin_step_up_required');
  if (token.length < 20 || token.length > 200) return fail('admin_step_up_invalid');
  const grant = await tem.getRepository(StepUpGrant).byTokenHmac(services.keyring.hmacCandidates('step-up-token', token));
  if (!grant) return fail('admin_step_up_invalid');
  const now = new Date();
  if (grant.user !== actor.userId || grant.scope !== stepUpScope || grant.consumedAt || grant.expiresAt <= now) return fail('admin_step_up_invalid', grant.id);
  // Atomic: of two parallel actions with the same token only one gets it.
  const consumed = await tem.getRepository(StepUpGrant).consume(grant.id, now);
  if (consumed !== 1) return fail('admin_step_up_invalid', grant.id);
  await scope.audit({ action: 'ADMIN_STEP_UP_CONSUMED', targetType: 'step_up', targetId: grant.id, scope: 'own', metadata: { scope: stepUpScope } }, tem);
}
