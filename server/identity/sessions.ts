import type { EntityManager } from '@mikro-orm/sqlite';
import { randomToken, type Keyring } from '../crypto/keyring.ts';
import { isAdminRole, type Role } from './roles.ts';
import { Session } from './session.entity.ts';
import { User } from './user.entity.ts';

const MINUTE = 60_000;
/** SPEC §2: users 8 h absolute / 30 min idle; admins 4 h / 15 min. */
export function sessionLimits(role: Role): { absoluteMs: number; idleMs: number } {
  return isAdminRole(role) ? { absoluteMs: 240 * MINUTE, idleMs: 15 * MINUTE } : { absoluteMs: 480 * MINUTE, idleMs: 30 * MINUTE };
}

/** How often the idle clock is written back; keeps one write per minute, not one per request. */
const TOUCH_INTERVAL_MS = MINUTE;

export const SESSION_COOKIE = 'ltc_session';

export async function createSession(em: EntityManager, keyring: Keyring, user: User): Promise<{ token: string; session: Session; expiresAt: Date }> {
  const token = randomToken(32);
  const session = em.create(Session, { tokenHmac: keyring.hmac('session-token', token), user: user.id });
  await em.persist(session).flush();
  return { token, session, expiresAt: new Date(session.createdAt.getTime() + sessionLimits(user.role).absoluteMs) };
}

/** The live session and its user for a token; null for unknown, revoked or expired tokens. */
export async function resolveSession(em: EntityManager, keyring: Keyring, token: string, now = new Date()): Promise<{ session: Session; user: User } | null> {
  if (token.length < 20 || token.length > 200) return null;
  const session = await em.findOne(Session, { tokenHmac: { $in: keyring.hmacCandidates('session-token', token) } });
  if (!session || session.revokedAt) return null;
  const user = await em.findOne(User, { id: session.user });
  if (!user) return null;
  const limits = sessionLimits(user.role);
  const expired =
    now.getTime() > session.createdAt.getTime() + limits.absoluteMs || now.getTime() > session.lastSeenAt.getTime() + limits.idleMs;
  if (expired) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return { session, user };
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}
