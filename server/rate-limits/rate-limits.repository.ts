import { BaseRepository } from '../db/base.repository.ts';
import type { RateLimitWindow } from './rate-limit-window.entity.ts';

export class RateLimitWindowRepository extends BaseRepository<RateLimitWindow> {
  /** The key's window, created empty if missing, locked until the transaction ends. */
  async lockOrCreate(id: string, now: Date): Promise<RateLimitWindow> {
    await this.createQueryBuilder().insert({ id, hits: [], lastHitAt: now }).onConflict('id').ignore().execute();
    return (await this.lockForUpdate(id))!;
  }

  /** The key's recorded hits without locking (a window that never saw a hit has none). */
  async hitsOf(id: string): Promise<number[]> {
    return (await this.findOne({ id }, { fields: ['hits'] }))?.hits ?? [];
  }

  /** Drops the windows of keys idle since `before`: the table stays as large as the active clients. */
  removeIdleSince(before: Date): Promise<number> {
    return this.nativeDelete({ lastHitAt: { $lt: before } });
  }
}
