import type { EntityManager } from '@mikro-orm/sql';
import type { ConsentVersions } from '../consent/consent.repository.ts';
import { randomToken, type Keyring } from '../crypto/keyring.ts';
import { isAdminRole, type Role } from './roles.ts';
import { Session } from './session.entity.ts';
import type { User } from './user.entity.ts';

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

export interface LiveSession {
  sessionId: string;
  userId: string;
  role: Role;
  /** The user accepted both current consent versions. */
  consentComplete: boolean;
}

/**
 * The live session, its user's role and consents for a token; null for unknown, revoked or expired
 * tokens. Runs on every signed-in request: one statement joining session, user and consents.
 */
export async function resolveSession(em: EntityManager, keyring: Keyring, token: string, consentVersions: ConsentVersions, now = new Date()): Promise<LiveSession | null> {
  if (token.length < 20 || token.length > 200) return null;
  const candidates = keyring.hmacCandidates('session-token', token);
  const sessions = em.getRepository(Session);
  const row = await sessions.unrevokedByTokenHmac(candidates, consentVersions);
  if (!row) return null;
  const limits = sessionLimits(row.role);
  const expired = now.getTime() > row.createdAt.getTime() + limits.absoluteMs || now.getTime() > row.lastSeenAt.getTime() + limits.idleMs;
  if (expired) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await sessions.touch(row.id, now);
  return { sessionId: row.id, userId: row.userId, role: row.role, consentComplete: row.consents === 2 };
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.getRepository(Session).revoke(sessionId);
}
