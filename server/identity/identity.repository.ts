import { BaseRepository } from '../db/base.repository.ts';
import type { Role } from './roles.ts';
import type { Session } from './session.entity.ts';

/** A live-looking session (not revoked) with its user's role: what every signed-in request needs. */
export interface SessionWithRole {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userId: string;
  role: Role;
}

export class SessionRepository extends BaseRepository<Session> {
  /** The unrevoked session for any of the token's HMAC candidates (one per key version). One statement. */
  async unrevokedByTokenHmac(candidates: readonly string[]): Promise<SessionWithRole | null> {
    const qb = this.createQueryBuilder('s')
      .select(['s.id', 's.createdAt', 's.lastSeenAt'])
      // `user` maps to its key in the entity type, so the relation path is untyped here.
      .join('s.user' as never, 'u')
      .addSelect(['u.id as userId', 'u.role as role'])
      .where({ tokenHmac: { $in: [...candidates] }, revokedAt: null });
    const [row] = await this.rows<SessionWithRole>(qb);
    return row ?? null;
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.nativeUpdate({ id: sessionId }, { lastSeenAt: now });
  }

  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.nativeUpdate({ id: sessionId, revokedAt: null }, { revokedAt: now });
  }
}
