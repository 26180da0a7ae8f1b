import { raw } from '@mikro-orm/sql';
import { BaseRepository } from '../db/base.repository.ts';
import type { RateLimitCount } from './rate-limit-count.entity.ts';

export class RateLimitCountRepository extends BaseRepository<RateLimitCount> {
  /** Adds a hit to the key's slot (one atomic upsert, whichever instance asks). */
  async increment(key: string, slot: number, expiresAt: Date): Promise<void> {
    await this.createQueryBuilder()
      .insert({ id: `${key}|${slot}`, key, slot, hits: 1, expiresAt })
      .onConflict('id')
      .merge({ hits: raw('rate_limit_counts.hits + 1') })
      .execute();
  }

  /** Takes a hit back that turned out to be over the limit. */
  decrement(key: string, slot: number): Promise<number> {
    return this.nativeUpdate({ id: `${key}|${slot}` }, { hits: raw('hits - 1') });
  }

  /** The key's hits in its slots from `fromSlot` on, and the oldest of those slots that holds any. */
  async windowSince(key: string, fromSlot: number): Promise<{ hits: number; oldestSlot: number | null }> {
    const [row] = await this.createQueryBuilder()
      .select([raw('coalesce(sum(hits), 0) as total'), raw('min(slot) as oldest')])
      .where({ key, slot: { $gte: fromSlot }, hits: { $gt: 0 } })
      .execute<{ total: number | string; oldest: number | string | null }[]>('all');
    return { hits: Number(row?.total ?? 0), oldestSlot: row?.oldest === null || row?.oldest === undefined ? null : Number(row.oldest) };
  }

  /** Drops the slots no window counts any more: the table stays as large as the active clients. */
  removeExpired(now: Date): Promise<number> {
    return this.nativeDelete({ expiresAt: { $lt: now } });
  }
}
