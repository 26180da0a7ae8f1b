import type { RateLimit } from '../config.ts';
import { liveSince, stateOf, type RateLimiter, type RateLimitState } from './rate-limiter.ts';

/**
 * The sliding windows kept in this process's memory: exact and without a database round trip, for
 * one instance (the SQLite default). Keys should already be HMACs or ids, never an email or
 * address in clear.
 */
export class MemoryRateLimiter implements RateLimiter {
  readonly #windows = new Map<string, HitWindow>();
  #lastSweep = Date.now();
  readonly #onLimited: (bucket: string) => void;

  constructor(onLimited: (bucket: string) => void = () => undefined) {
    this.#onLimited = onLimited;
  }

  async hit(bucket: string, key: string, limit: RateLimit, now = Date.now()): Promise<boolean> {
    return (await this.consume(bucket, key, limit, now)).allowed;
  }

  async consume(bucket: string, key: string, limit: RateLimit, now = Date.now(), { quiet = false } = {}): Promise<RateLimitState> {
    this.#sweep(now);
    const mapKey = `${bucket}:${key}`;
    let window = this.#windows.get(mapKey);
    if (!window) {
      window = { hits: [], start: 0 };
      this.#windows.set(mapKey, window);
    }
    const live = liveHits(window, liveSince(limit, now));
    const allowed = live < limit.limit;
    if (allowed) window.hits.push(now);
    else if (!quiet) this.#onLimited(bucket);
    const oldest = window.hits[window.start] ?? now;
    return stateOf(allowed, limit, allowed ? live + 1 : live, oldest + limit.windowSeconds * 1000, now);
  }

  /** Drops empty windows now and then so memory stays bounded by active clients. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    const horizon = now - 86_400_000;
    for (const [key, { hits }] of this.#windows) {
      if (hits.length === 0 || hits[hits.length - 1]! < horizon) this.#windows.delete(key);
    }
  }
}

/**
 * The hits of a window after `windowStart`. Hits are appended in time order, so the expired ones
 * are at the front: they are skipped by moving `start` and cut off only once they are half the
 * array, so a busy key costs O(1) per hit instead of moving the whole window (with a high limit
 * that is 10⁵ entries).
 */
function liveHits(window: HitWindow, windowStart: number): number {
  const { hits } = window;
  while (window.start < hits.length && hits[window.start]! <= windowStart) window.start += 1;
  if (window.start > 64 && window.start * 2 > hits.length) {
    hits.splice(0, window.start);
    window.start = 0;
  }
  return hits.length - window.start;
}

/** One key's hits in time order; those before `start` have expired. */
interface HitWindow {
  hits: number[];
  start: number;
}
