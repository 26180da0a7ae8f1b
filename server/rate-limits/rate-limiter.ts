import type { RateLimit } from '../config.ts';

/**
 * Sliding-window rate limits (SPEC §2, §8, §15): at most `limit.limit` allowed hits per key in
 * any `limit.windowSeconds`; refused hits are not recorded. Two stores keep the windows
 * (config.rateLimitStore): this process's memory, or the database shared by all instances.
 */
export interface RateLimiter {
  /** Records a hit and answers whether it is within the limit. */
  hit(bucket: string, key: string, limit: RateLimit, now?: number): Promise<boolean>;
  /** Whether a hit now would be within the limit, without recording one. */
  wouldAllow(bucket: string, key: string, limit: RateLimit, now?: number): Promise<boolean>;
}

/** The live hits of a window: those after `now - windowSeconds`. */
export const liveSince = (limit: RateLimit, now: number): number => now - limit.windowSeconds * 1000;
