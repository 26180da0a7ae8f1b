import { BaseRepository } from '../db/base.repository.ts';
import type { ExportGrant } from './export-grant.entity.ts';

export class ExportGrantRepository extends BaseRepository<ExportGrant> {
  /**
   * Consumes the user's unexpired, unused grant for any of the token's HMAC candidates, in one
   * conditional update: of two concurrent deliveries exactly one claims it.
   */
  async claim(tokenHmacs: readonly string[], userId: string, now: Date): Promise<boolean> {
    const claimed = await this.nativeUpdate({ tokenHmac: { $in: [...tokenHmacs] }, grantedTo: userId, consumedAt: null, expiresAt: { $gt: now } }, { consumedAt: now });
    return claimed === 1;
  }

  byTokenHmac(tokenHmacs: readonly string[]): Promise<ExportGrant | null> {
    return this.findOne({ tokenHmac: { $in: [...tokenHmacs] } });
  }
}
