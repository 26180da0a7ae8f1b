import type { RateLimit } from '../config.ts';

/**
 * Sliding-window rate limits (SPEC §2, §8, §15): at most `limit.limit` allowed hits per key in
 * any `limit.windowSeconds`; refused hits are not recorded. Two stores keep the windows
 * (config.rateLimitStore): this process's memory, or the database shared by all instances.
 */
export interface RateLimiter {
  /** Records a hit and answers whether it is within the limit. */
  hit(bucket: string, key: string, limit: RateLimit, now?: number): Promise<boolean>;
  /**
   * Records a hit like `hit`, and answers with the window's state after it (for the RateLimit
   * headers). `quiet`: a refusal is not reported to the metrics, because the caller leaves the
   * request to a path that asks again and answers the refusal (the public page's edge cache).
   */
  consume(bucket: string, key: string, limit: RateLimit, now?: number, options?: { quiet?: boolean }): Promise<RateLimitState>;
}

/** A key's window right after a hit. */
export interface RateLimitState {
  allowed: boolean;
  limit: RateLimit;
  /** Hits the window still allows. */
  remaining: number;
  /** Seconds until the oldest hit counted leaves the window, so one more is allowed (at least 1). */
  resetSeconds: number;
}

/** The live hits of a window: those after `now - windowSeconds`. */
export const liveSince = (limit: RateLimit, now: number): number => now - limit.windowSeconds * 1000;

/** The state after a hit, from the hits now counted and the time the oldest of them leaves the window. */
export function stateOf(allowed: boolean, limit: RateLimit, counted: number, oldestLeavesAt: number, now: number): RateLimitState {
  return { allowed, limit, remaining: Math.max(0, limit.limit - counted), resetSeconds: Math.max(1, Math.ceil((oldestLeavesAt - now) / 1000)) };
}
