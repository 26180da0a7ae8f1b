import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../app-services.ts';
import { writeAudit } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { randomToken } from '../crypto/keyring.ts';
import { DomainError, forbidden, rateLimited } from '../errors.ts';
import { consumeChallenge, issueChallenge } from '../identity/login.service.ts';
import type { Role } from '../identity/roles.ts';
import { User } from '../identity/user.entity.ts';
import { StepUpGrant, type StepUpScope } from './step-up-grant.entity.ts';
import type { RequestScope } from '../request-scope.ts';

/** What the step-up functions need from a request (a resolver passes its context). */
export interface StepUpContext {
  services: AppServices;
  em: EntityManager;
  actor: Actor | null;
  requestId?: string;
  ip: string;
}

/**
 * Who may ask for which scope: approving businesses, managing staff and the full export are
 * superadmin-only actions (SPEC §1), so an admin never holds a token for them.
 */
const SCOPE_ROLES: Record<StepUpScope, readonly Role[]> = {
  role_grant: ['admin', 'superadmin'],
  moderator_accredit: ['admin', 'superadmin'],
  vip_business_approve: ['superadmin'],
  vip_business_staff: ['superadmin'],
  export_full: ['superadmin'],
};

/** Refuses (and audits) a step-up the actor may not hold. */
async function assertMayUse(context: StepUpContext, scope: StepUpScope): Promise<Actor> {
  const actor = context.actor;
  if (!actor) throw forbidden();
  let refusal: DomainError | undefined;
  // Step-up proves possession of the mailbox: a session is required, an API token never qualifies.
  if (actor.via === 'api_token') refusal = forbidden('session_required');
  else if (!SCOPE_ROLES[scope].includes(actor.role)) refusal = forbidden(SCOPE_ROLES[scope].includes('admin') ? 'forbidden' : 'superadmin_required');
  if (!refusal) return actor;
  await writeAudit(context.em, context, { action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: refusal.reason, metadata: { scope } });
  throw refusal;
}

/** Sends a fresh code (purpose `step_up`) to the admin's own address; the challenge is bound to admin and scope. */
export async function requestStepUp(context: StepUpContext, scope: StepUpScope): Promise<{ challengeId: string; devCode: string | null }> {
  const { services, em } = context;
  const actor = await assertMayUse(context, scope);
  const limits = services.config.rateLimits.challengePerEmail;
  if (!services.rateLimiter.hit('step_up_user', actor.userId, limits)) {
    await writeAudit(em, context, { action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: 'rate_limited', metadata: { scope } });
    throw rateLimited();
  }
  const user = await em.getRepository(User).findOneOrFail({ id: actor.userId });
  const email = services.keyring.decrypt('email-encryption', user.emailEncrypted);
  const { challenge, code } = await issueChallenge(services, em, { purpose: 'step_up', email, emailHmac: user.emailHmac, userId: user.id, scope });
  await services.mailer.send({
    to: email,
    subject: 'Bestätigungscode für eine Admin-Aktion',
    text: `Dein Bestätigungscode für eine Admin-Aktion lautet: ${code}\n\nEr ist 10 Minuten gültig und kann einmal verwendet werden.\n\nWenn du keine Admin-Aktion begonnen hast, melde dich bitte sofort beim Betrieb.`,
  });
  await writeAudit(em, context, { action: 'AUTH_CHALLENGE_CREATED', targetType: 'login_challenge', targetId: challenge.id, scope: 'own', metadata: { purpose: 'step_up', scope } });
  return { challengeId: challenge.id, devCode: services.config.devExposeOtp ? code : null };
}

/** Checks the code and hands out a one-time step-up token for the challenge's scope. */
export async function confirmStepUp(
  context: StepUpContext,
  input: { challengeId: string; code: string },
): Promise<{ stepUpToken: string; scope: StepUpScope; expiresAt: Date }> {
  const { services, em, actor } = context;
  if (!actor) throw forbidden();
  let challenge;
  try {
    challenge = await consumeChallenge(context as unknown as RequestScope, { ...input, purpose: 'step_up' });
  } catch (error) {
    // The admin is signed in: a wrong code must not read as "signed out" to the client.
    if (error instanceof DomainError && error.code === 'UNAUTHENTICATED') throw new DomainError('FORBIDDEN', error.reason, error.message);
    throw error;
  }
  const scope = challenge.scope as StepUpScope;
  if (challenge.user !== actor.userId) {
    await writeAudit(em, context, { action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason: 'admin_step_up_invalid', targetType: 'login_challenge', targetId: challenge.id, metadata: { scope } });
    throw forbidden('admin_step_up_invalid');
  }
  await assertMayUse(context, scope);
  const stepUpToken = randomToken(32);
  const ttlSeconds = services.config.stepUpTtlSeconds;
  // One clock read: the lifetime is exactly the configured one.
  const createdAt = new Date();
  const grant = em.create(StepUpGrant, {
    tokenHmac: services.keyring.hmac('step-up-token', stepUpToken),
    user: actor.userId,
    scope,
    createdAt,
    expiresAt: new Date(createdAt.getTime() + ttlSeconds * 1000),
  });
  await em.persist(grant).flush();
  await writeAudit(em, context, { action: 'ADMIN_STEP_UP_GRANTED', targetType: 'step_up', targetId: grant.id, scope: 'own', metadata: { scope, ttlSeconds } });
  return { stepUpToken, scope, expiresAt: grant.expiresAt };
}

/**
 * Spends a step-up token for one sensitive action. Missing → FORBIDDEN/admin_step_up_required;
 * another scope, another admin, used or expired → FORBIDDEN/admin_step_up_invalid.
 *
 * Call it inside the action's transaction (pass the transaction's manager as `em`): when the
 * action then fails, the consumption rolls back with it and the admin can retry with the same
 * token. Failures are audited on a separate manager so the record survives that rollback.
 */
export async function consumeStepUp(context: StepUpContext, token: string | null | undefined, scope: StepUpScope): Promise<void> {
  const { services, em, actor } = context;
  const fail = (reason: 'admin_step_up_required' | 'admin_step_up_invalid', grantId?: string): never => {
    services.pendingWrites.track(
      writeAudit(services.orm.em.fork(), context, { action: 'ADMIN_STEP_UP_FAILED', result: 'denied', reason, targetType: grantId ? 'step_up' : undefined, targetId: grantId, metadata: { scope } }),
    );
    throw forbidden(reason, reason === 'admin_step_up_required' ? 'This action needs a step-up confirmation' : 'The step-up token is not valid for this action');
  };
  if (!actor) throw forbidden();
  if (!token) return fail('admin_step_up_required');
  if (token.length < 20 || token.length > 200) return fail('admin_step_up_invalid');
  const grant = await em.getRepository(StepUpGrant).byTokenHmac(services.keyring.hmacCandidates('step-up-token', token));
  if (!grant) return fail('admin_step_up_invalid');
  const now = new Date();
  if (grant.user !== actor.userId || grant.scope !== scope || grant.consumedAt || grant.expiresAt <= now) return fail('admin_step_up_invalid', grant.id);
  // Atomic: of two parallel actions with the same token only one gets it.
  const consumed = await em.getRepository(StepUpGrant).consume(grant.id, now);
  if (consumed !== 1) return fail('admin_step_up_invalid', grant.id);
  await writeAudit(em, context, { action: 'ADMIN_STEP_UP_CONSUMED', targetType: 'step_up', targetId: grant.id, scope: 'own', metadata: { scope } });
}
