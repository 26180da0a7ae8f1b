import type { RateLimit } from '../config.ts';
import type { Orm } from '../db/orm.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { RateLimitCount } from './rate-limit-count.entity.ts';
import { stateOf, type RateLimiter, type RateLimitState } from './rate-limiter.ts';

/** A window is counted in this many slots (plus the one the window's start falls into). */
const SLOTS_PER_WINDOW = 60;

/**
 * The windows in the database, shared by every instance (the PostgreSQL default). A key's allowed
 * hits are counted per slot (a sixtieth of its window): a hit adds itself to its slot and sums the
 * slots the window touches in one statement (an upsert that holds the slot's row while it runs),
 * and takes itself back when that is over the limit. So hits of one slot count one after another
 * whichever instance answers and however many ask at once, and a key costs at most 61 rows however
 * high its limit. Until a refused hit has taken itself back, a hit of the same key can count it:
 * at the limit, and only ever refusing, never letting one more through.
 * The window counted is the slot-aligned one covering the last `windowSeconds`: up to one slot (a
 * sixtieth of the window) longer than the memory store's.
 */
export class DatabaseRateLimiter implements RateLimiter {
  readonly #orm: Orm;
  readonly #onLimited: (bucket: string) => void;

  constructor(orm: Orm, onLimited: (bucket: string) => void = () => undefined) {
    this.#orm = orm;
    this.#onLimited = onLimited;
  }

  async hit(bucket: string, key: string, limit: RateLimit, now = Date.now()): Promise<boolean> {
    return (await this.consume(bucket, key, limit, now)).allowed;
  }

  async consume(bucket: string, key: string, limit: RateLimit, now = Date.now(), { quiet = false } = {}): Promise<RateLimitState> {
    const { id, slot, slotMs, firstSlot, expiresAt } = slotsOf(bucket, key, limit, now);
    const counts = this.#orm.em.fork().getRepository(RateLimitCount);
    const window = await counts.hitAndCount(id, slot, firstSlot, expiresAt);
    const allowed = window.hits <= limit.limit;
    if (!allowed) {
      await counts.decrement(id, slot);
      window.hits--;
    }
    if (!allowed && !quiet) this.#onLimited(bucket);
    // A slot is counted until the window's start passes the slot's end.
    const oldestLeavesAt = (window.oldestSlot + 1) * slotMs + limit.windowSeconds * 1000;
    return stateOf(allowed, limit, window.hits, oldestLeavesAt, now);
  }
}

function slotsOf(bucket: string, key: string, limit: RateLimit, now: number) {
  const windowMs = limit.windowSeconds * 1000;
  const slotMs = Math.max(1, Math.ceil(windowMs / SLOTS_PER_WINDOW));
  const slot = Math.floor(now / slotMs);
  return { id: `${bucket}:${key}`, slot, slotMs, firstSlot: Math.floor((now - windowMs) / slotMs), expiresAt: new Date((slot + 1) * slotMs + windowMs) };
}

/** Removes slots no window counts any more, every ten minutes across all instances. */
export const rateLimitSweepJob = (orm: Orm): ScheduledJob => ({
  name: 'rate_limit_sweep',
  everyMs: 10 * 60 * 1000,
  leaseMs: 10 * 60 * 1000,
  run: async () => void (await orm.em.fork().getRepository(RateLimitCount).removeExpired(new Date())),
});
