import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { Consent } from '../consent/consent.entity.ts';
import type { ConsentVersions } from '../consent/consent.repository.ts';
import { BaseRepository } from '../db/base.repository.ts';
import type { Role } from '../identity/roles.ts';
import type { ApiToken, ApiTokenScope } from './api-token.entity.ts';

/** An unrevoked token with its owner's role and consents: what every partner request needs. */
export interface ApiTokenWithRole {
  id: string;
  scope: ApiTokenScope;
  expiresAt: Date;
  lastUsedAt: Date | null;
  userId: string;
  role: Role;
  /** How many of the current consent versions the owner accepted (2: both). */
  consents: number;
}

export class ApiTokenRepository extends BaseRepository<ApiToken> {
  /**
   * The unrevoked token for any of the bearer's HMAC candidates (one per key version), with its
   * owner's role and how many of the current consent versions the owner accepted. One statement.
   */
  async unrevokedByTokenHmac(candidates: readonly string[], consentVersions: ConsentVersions): Promise<ApiTokenWithRole | null> {
    // Built once per number of candidates and consent versions: every partner request asks.
    const [row] = await this.templateRows<ApiTokenWithRole>(`unrevokedByTokenHmac:${consentVersions.terms}:${consentVersions.privacy}`, candidates, (hmacs) =>
      this.createQueryBuilder('t')
        .select(['t.id', 't.scope', 't.expiresAt', 't.lastUsedAt'])
        // `user` maps to its key in the entity type, so the relation path is untyped here.
        .join('t.user' as never, 'u')
        .addSelect(['u.id as userId', 'u.role as role', this.em.getRepository(Consent).acceptedCurrentColumn('u', consentVersions)] as never)
        .where({ tokenHmac: { $in: [...hmacs] }, revokedAt: null }),
    );
    // PostgreSQL counts as bigint, which its driver hands over as a string.
    return row ? { ...row, consents: Number(row.consents) } : null;
  }

  countActive(userId: string, now: Date): Promise<number> {
    return this.count({ user: userId, revokedAt: null, expiresAt: { $gt: now } });
  }

  ownToken(userId: string, tokenId: string): Promise<ApiToken | null> {
    return this.findOne({ id: tokenId, user: userId });
  }

  /** The user's tokens (active, expired and revoked), newest first, one page. */
  pageOfOwner(userId: string, page: ResolveCursorConnectionArgs): Promise<ApiToken[]> {
    return this.findPage({ user: userId }, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /** Revokes every unrevoked token of the user (expired ones too, so none can ever come back); the number revoked. */
  revokeAllOf(userId: string, now: Date): Promise<number> {
    return this.nativeUpdate({ user: userId, revokedAt: null }, { revokedAt: now });
  }

  async touch(tokenId: string, now: Date): Promise<void> {
    await this.nativeUpdate({ id: tokenId }, { lastUsedAt: now });
  }
}
