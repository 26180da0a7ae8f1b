import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AuditAction } from '../audit/audit-actions.ts';
import { API_TOKEN_ROLES } from '../auth/policy.ts';
import type { ConsentVersions } from '../consent/consent.repository.ts';
import { randomToken, type Keyring } from '../crypto/keyring.ts';
import { badInput, conflict, forbidden } from '../errors.ts';
import { characterCount } from '../text.ts';
import type { Role } from '../identity/roles.ts';
import { User } from '../identity/user.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { ApiToken, type ApiTokenScope } from './api-token.entity.ts';

/** Recognisable prefix: secret scanners can spot a leaked token, and the server tells it from a session. */
export const API_TOKEN_PREFIX = 'ltc_pat_';
export const MAX_ACTIVE_TOKENS = 20;
const DAY_MS = 86_400_000;
/** Last use is written at most once a minute per token, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/** A token cannot mint or revoke tokens: a leaked token must not be able to entrench itself. */
async function assertSession(scope: RequestScope, action: AuditAction): Promise<void> {
  if (scope.actor?.via !== 'api_token') return;
  await scope.audit({ action, result: 'denied', reason: 'session_required' });
  throw forbidden('session_required', 'API tokens are managed from a signed-in session');
}

export async function createApiToken(
  scope: RequestScope,
  input: { name: string; scope: ApiTokenScope; expiresInDays: number },
): Promise<{ token: string; apiToken: ApiToken }> {
  const { em, services } = scope;
  const actor = actorOf(scope);
  await assertSession(scope, 'API_TOKEN_CREATED');
  const name = input.name.trim();
  if (name.length < 1 || characterCount(name) > 80) throw badInput('invalid_token_name', 'The name must have 1 to 80 characters');
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > 365) {
    throw badInput('invalid_token_expiry', 'The expiry must be 1 to 365 days');
  }
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  // The owner's row stays locked until the token is stored: parallel requests count one after another.
  const apiToken = await em.transactional(async (tem) => {
    const owner = await tem.getRepository(User).lockForUpdate(actor.userId);
    // The role as committed now, not as the request began: a role removed meanwhile revoked the
    // owner's tokens (revokeTokensOfDemotedUser), and a token created after that must not outlive it.
    if (!owner || !API_TOKEN_ROLES.includes(owner.role)) throw forbidden();
    const now = new Date();
    if ((await tem.getRepository(ApiToken).countActive(actor.userId, now)) >= MAX_ACTIVE_TOKENS) {
      throw conflict('token_limit_reached', `At most ${MAX_ACTIVE_TOKENS} active tokens`);
    }
    const created = tem.create(ApiToken, {
      tokenHmac: services.keyring.hmac('api-token', token),
      user: actor.userId,
      name,
      scope: input.scope,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    });
    await tem.flush();
    await scope.audit({ action: 'API_TOKEN_CREATED', targetType: 'api_token', targetId: created.id, scope: 'own', metadata: { tokenScope: input.scope, days: input.expiresInDays } }, tem);
    return created;
  });
  return { token, apiToken };
}

/** The actor's own tokens (active, expired and revoked), newest first. Never the secret. */
export function listOwnApiTokens(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<ApiToken[]> {
  return scope.em.getRepository(ApiToken).pageOfOwner(actorOf(scope).userId, page);
}

/** Revokes one of the actor's own tokens; a foreign or unknown id is the same FORBIDDEN. */
export async function revokeApiToken(scope: RequestScope, tokenId: string): Promise<ApiToken> {
  const { em } = scope;
  const actor = actorOf(scope);
  await assertSession(scope, 'API_TOKEN_REVOKED');
  const apiToken = await em.getRepository(ApiToken).ownToken(actor.userId, tokenId);
  if (!apiToken) {
    await scope.audit({ action: 'API_TOKEN_REVOKED', result: 'denied', reason: 'forbidden', targetType: 'api_token', targetId: tokenId });
    throw forbidden();
  }
  if (!apiToken.revokedAt) {
    apiToken.revokedAt = new Date();
    await em.flush();
    await scope.audit({ action: 'API_TOKEN_REVOKED', targetType: 'api_token', targetId: apiToken.id, scope: 'own' });
  }
  return apiToken;
}

/**
 * Called in the transaction that changes a user's role: when the new role may not hold tokens,
 * every token of the user is revoked (not merely ignored), so granting the role again later does
 * not bring an old token back. The role's UPDATE locks the user's row first, so a parallel
 * `createApiToken` (which locks the same row) either committed before, and is revoked here, or
 * sees the new role and refuses. One audit event for the user, with the count (never a secret).
 */
export async function revokeTokensOfDemotedUser(scope: RequestScope, tem: EntityManager, userId: string, newRole: Role): Promise<void> {
  if (API_TOKEN_ROLES.includes(newRole)) return;
  const revoked = await tem.getRepository(ApiToken).revokeAllOf(userId, new Date());
  if (revoked === 0) return;
  await scope.audit({ action: 'API_TOKEN_REVOKED', targetType: 'user', targetId: userId, metadata: { count: revoked, reason: 'role_removed', newRole } }, tem);
}

/**
 * The live token and its owner (role, consents) for a bearer value; null (anonymous) for unknown,
 * revoked or expired tokens, and for owners who no longer hold a role that may use tokens.
 */
export async function resolveApiToken(
  em: EntityManager,
  keyring: Keyring,
  token: string,
  consentVersions: ConsentVersions,
  now = new Date(),
): Promise<LiveApiToken | null> {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const candidates = keyring.hmacCandidates('api-token', token);
  // Every partner request passes here: one statement joining token and owner.
  const tokens = em.getRepository(ApiToken);
  const row = await tokens.unrevokedByTokenHmac(candidates, consentVersions);
  if (!row || row.expiresAt.getTime() <= now.getTime() || !API_TOKEN_ROLES.includes(row.role)) return null;
  if (row.lastUsedAt === null || now.getTime() - row.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) await tokens.touch(row.id, now);
  return { apiTokenId: row.id, scope: row.scope, userId: row.userId, role: row.role, consentComplete: row.consents === 2 };
}

export interface LiveApiToken {
  apiTokenId: string;
  scope: ApiTokenScope;
  userId: string;
  role: Role;
  /** The owner accepted both current consent versions. */
  consentComplete: boolean;
}
