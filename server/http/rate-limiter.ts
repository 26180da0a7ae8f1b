import type { RateLimit } from '../config.ts';

/**
 * Sliding-window rate limiter kept in memory (one node on day 0). Keys should already be HMACs
 * or ids, never an email or address in clear.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();
  #lastSweep = Date.now();
  onLimited?: (bucket: string) => void;

  /** Records a hit and answers whether it is within the limit. */
  hit(bucket: string, key: string, limit: RateLimit, now = Date.now()): boolean {
    this.#sweep(now);
    const mapKey = `${bucket}:${key}`;
    const windowStart = now - limit.windowSeconds * 1000;
    let hits = this.#hits.get(mapKey);
    if (!hits) {
      hits = [];
      this.#hits.set(mapKey, hits);
    }
    // Hits are appended in time order: the expired ones are at the front. Trimming in place
    // instead of copying the window keeps a busy key from allocating per request.
    let expired = 0;
    while (expired < hits.length && hits[expired]! <= windowStart) expired += 1;
    if (expired > 0) hits.splice(0, expired);
    const allowed = hits.length < limit.limit;
    if (allowed) hits.push(now);
    else this.onLimited?.(bucket);
    return allowed;
  }

  /** Drops empty windows now and then so memory stays bounded by active clients. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    const horizon = now - 86_400_000;
    for (const [key, hits] of this.#hits) {
      if (hits.length === 0 || hits[hits.length - 1]! < horizon) this.#hits.delete(key);
    }
  }
}
