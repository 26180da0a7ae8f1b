import { BaseRepository } from '../db/base.repository.ts';
import type { StepUpGrant } from './step-up-grant.entity.ts';

export class StepUpGrantRepository extends BaseRepository<StepUpGrant> {
  /** The grant for any of the token's HMAC candidates (one per key version). */
  byTokenHmac(candidates: readonly string[]): Promise<StepUpGrant | null> {
    return this.findOne({ tokenHmac: { $in: [...candidates] } });
  }

  /** Consumes the grant atomically: of two parallel actions with the same token only one gets 1. */
  consume(grantId: string, now: Date): Promise<number> {
    return this.nativeUpdate({ id: grantId, consumedAt: null }, { consumedAt: now });
  }
}
