import { raw } from '@mikro-orm/sql';
import { Consent } from '../consent/consent.entity.ts';
import type { ConsentVersions } from '../consent/consent.repository.ts';
import { BaseRepository } from '../db/base.repository.ts';
import type { ChallengePurpose, LoginChallenge } from './login-challenge.entity.ts';
import type { Role } from './roles.ts';
import type { Session } from './session.entity.ts';

/** A live-looking session (not revoked) with its user's role and consents: what every signed-in request needs. */
export interface SessionWithRole {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userId: string;
  role: Role;
  /** How many of the current consent versions the user accepted (2: both). */
  consents: number;
}

export class SessionRepository extends BaseRepository<Session> {
  /**
   * The unrevoked session for any of the token's HMAC candidates (one per key version), with its
   * user's role and how many of the current consent versions the user accepted. One statement.
   */
  async unrevokedByTokenHmac(candidates: readonly string[], consentVersions: ConsentVersions): Promise<SessionWithRole | null> {
    // Every signed-in request asks this: the query is built once per number of candidates and consent versions (templateRows).
    const [row] = await this.templateRows<SessionWithRole>(`unrevokedByTokenHmac:${consentVersions.terms}:${consentVersions.privacy}`, candidates, (hmacs) =>
      this.createQueryBuilder('s')
        .select(['s.id', 's.createdAt', 's.lastSeenAt'])
        // `user` maps to its key in the entity type, so the relation path is untyped here.
        .join('s.user' as never, 'u')
        .addSelect(['u.id as userId', 'u.role as role', this.em.getRepository(Consent).acceptedCurrentColumn('u', consentVersions)] as never)
        .where({ tokenHmac: { $in: [...hmacs] }, revokedAt: null }),
    );
    // PostgreSQL counts as bigint, which its driver hands over as a string.
    return row ? { ...row, consents: Number(row.consents) } : null;
  }

  async touch(sessionId: string, now: Date): Promise<void> {
    await this.nativeUpdate({ id: sessionId }, { lastSeenAt: now });
  }

  async revoke(sessionId: string, now = new Date()): Promise<void> {
    await this.nativeUpdate({ id: sessionId, revokedAt: null }, { revokedAt: now });
  }
}

export class LoginChallengeRepository extends BaseRepository<LoginChallenge> {
  /** The challenge, if it was issued for this purpose. */
  forPurpose(challengeId: string, purpose: ChallengePurpose): Promise<LoginChallenge | null> {
    return this.findOne({ id: challengeId, purpose });
  }

  /** Takes one of the attempts atomically (1) unless the challenge is used, locked or out of attempts (0). */
  reserveAttempt(challengeId: string, maxFailedAttempts: number): Promise<number> {
    return this.nativeUpdate(
      { id: challengeId, consumedAt: null, lockedAt: null, failedAttempts: { $lt: maxFailedAttempts } },
      { failedAttempts: raw('failed_attempts + 1') },
    );
  }

  /** Whether the challenge has been consumed meanwhile (read from the database, not the identity map). */
  async isConsumed(challengeId: string): Promise<boolean> {
    return (await this.count({ id: challengeId, consumedAt: { $ne: null } })) > 0;
  }

  /** Locks the challenge once its attempts are used up; 1 when this call locked it. */
  lockIfExhausted(challengeId: string, maxFailedAttempts: number, now = new Date()): Promise<number> {
    return this.nativeUpdate({ id: challengeId, lockedAt: null, failedAttempts: { $gte: maxFailedAttempts } }, { lockedAt: now });
  }

  /** Consumes the challenge and gives the right code's attempt back; 0 when another request consumed it first. */
  consume(challengeId: string, now = new Date()): Promise<number> {
    return this.nativeUpdate({ id: challengeId, consumedAt: null, lockedAt: null }, { consumedAt: now, failedAttempts: raw('failed_attempts - 1') });
  }
}
