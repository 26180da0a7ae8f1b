import { raw } from '@mikro-orm/sql';
import { BaseRepository } from '../db/base.repository.ts';
import type { RateLimitCount } from './rate-limit-count.entity.ts';

export class RateLimitCountRepository extends BaseRepository<RateLimitCount> {
  /**
   * Adds a hit to the key's slot and counts the key's window, in one statement (one round trip on
   * PostgreSQL): the slot's hits after this one (the upsert holds the slot's row while it runs, so
   * hits of one slot count one after another, whichever instance asks) plus the key's other slots
   * from `fromSlot` on, and the oldest of those slots that holds any.
   */
  async hitAndCount(key: string, slot: number, fromSlot: number, expiresAt: Date): Promise<{ hits: number; oldestSlot: number }> {
    const quote = (name: string) => this.quote(name);
    const [table, id, keyColumn, slotColumn, hits, expires] = ['rate_limit_counts', 'id', 'key', 'slot', 'hits', 'expires_at'].map(quote);
    const others = `from ${table} as ${quote('o')} where ${quote('o')}.${keyColumn} = ? and ${quote('o')}.${slotColumn} >= ? and ${quote('o')}.${slotColumn} <> ? and ${quote('o')}.${hits} > 0`;
    const sql =
      `insert into ${table} (${id}, ${keyColumn}, ${slotColumn}, ${hits}, ${expires}) values (?, ?, ?, 1, ?) ` +
      `on conflict (${id}) do update set ${hits} = ${table}.${hits} + 1 ` +
      `returning ${hits} as ${quote('hits')}, (select coalesce(sum(${quote('o')}.${hits}), 0) ${others}) as ${quote('others')}, (select min(${quote('o')}.${slotColumn}) ${others}) as ${quote('oldest')}`;
    const [row] = await this.getEntityManager().execute<{ hits: number; others: number | string; oldest: number | string | null }[]>(
      sql,
      [`${key}|${slot}`, key, slot, expiresAt, key, fromSlot, slot, key, fromSlot, slot],
      'all',
    );
    const oldest = row!.oldest === null ? slot : Math.min(slot, Number(row!.oldest));
    return { hits: Number(row!.hits) + Number(row!.others), oldestSlot: oldest };
  }

  /** Takes a hit back that turned out to be over the limit. */
  decrement(key: string, slot: number): Promise<number> {
    return this.nativeUpdate({ id: `${key}|${slot}` }, { hits: raw('hits - 1') });
  }

  /** Drops the slots no window counts any more: the table stays as large as the active clients. */
  removeExpired(now: Date): Promise<number> {
    return this.nativeDelete({ expiresAt: { $lt: now } });
  }
}
