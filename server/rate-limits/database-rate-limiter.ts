import type { RateLimit } from '../config.ts';
import type { Orm } from '../db/orm.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { RateLimitWindow } from './rate-limit-window.entity.ts';
import { liveSince, type RateLimiter } from './rate-limiter.ts';

const IDLE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The sliding windows in the database, shared by every instance (the PostgreSQL default): a hit
 * locks its key's row, counts the live hits and records an allowed one in one transaction, so the
 * limits hold whichever instance answers and however many ask at once.
 */
export class DatabaseRateLimiter implements RateLimiter {
  readonly #orm: Orm;
  readonly #onLimited: (bucket: string) => void;

  constructor(orm: Orm, onLimited: (bucket: string) => void = () => undefined) {
    this.#orm = orm;
    this.#onLimited = onLimited;
  }

  async hit(bucket: string, key: string, limit: RateLimit, now = Date.now()): Promise<boolean> {
    const allowed = await this.#orm.em.fork().transactional(async (em) => {
      const window = await em.getRepository(RateLimitWindow).lockOrCreate(`${bucket}:${key}`, new Date(now));
      const live = window.hits.filter((at) => at > liveSince(limit, now));
      if (live.length >= limit.limit) {
        if (live.length !== window.hits.length) window.hits = live;
        return false;
      }
      window.hits = [...live, now];
      window.lastHitAt = new Date(now);
      return true;
    });
    if (!allowed) this.#onLimited(bucket);
    return allowed;
  }

  async wouldAllow(bucket: string, key: string, limit: RateLimit, now = Date.now()): Promise<boolean> {
    const hits = await this.#orm.em.fork().getRepository(RateLimitWindow).hitsOf(`${bucket}:${key}`);
    return hits.filter((at) => at > liveSince(limit, now)).length < limit.limit;
  }
}

/** Removes windows idle for a day, once an hour across all instances. */
export const rateLimitSweepJob = (orm: Orm): ScheduledJob => ({
  name: 'rate_limit_sweep',
  everyMs: 60 * 60 * 1000,
  leaseMs: 10 * 60 * 1000,
  run: async () => void (await orm.em.fork().getRepository(RateLimitWindow).removeIdleSince(new Date(Date.now() - IDLE_WINDOW_MS))),
});
