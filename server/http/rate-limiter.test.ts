import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows `limit` hits per sliding window and key, then refuses until old hits leave the window', () => {
    const limiter = new RateLimiter();
    const limit = { limit: 3, windowSeconds: 60 };
    const start = 1_000_000;
    expect([0, 10, 20, 30].map((s) => limiter.hit('verify', 'ip-a', limit, start + s * 1000))).toEqual([true, true, true, false]);
    // Another key and another bucket have their own windows.
    expect(limiter.hit('verify', 'ip-b', limit, start + 30_000)).toBe(true);
    expect(limiter.hit('challenge', 'ip-a', limit, start + 30_000)).toBe(true);
    // Refused hits do not count; at 60.001 s the first hit has left the window.
    expect(limiter.hit('verify', 'ip-a', limit, start + 59_000)).toBe(false);
    expect(limiter.hit('verify', 'ip-a', limit, start + 60_001)).toBe(true);
    expect(limiter.hit('verify', 'ip-a', limit, start + 60_002)).toBe(false);
  });

  it('stays exact for a busy key over many windows (expired hits are dropped in batches)', () => {
    const limiter = new RateLimiter();
    const limit = { limit: 150, windowSeconds: 1 };
    // Reference: count the allowed hits inside the window by brute force.
    const allowedTimes: number[] = [];
    for (let i = 0; i < 10_000; i += 1) {
      const now = 1_000_000 + i * 5; // 200 attempts per second against a limit of 150
      const expected = allowedTimes.filter((time) => time > now - 1000).length < limit.limit;
      expect(limiter.hit('public_ip', 'ip-a', limit, now)).toBe(expected);
      if (expected) allowedTimes.push(now);
    }
    expect(allowedTimes.length).toBeGreaterThan(7_000);
  });

  it('answers whether a hit would pass without recording one', () => {
    const limiter = new RateLimiter();
    const limit = { limit: 2, windowSeconds: 60 };
    expect([limiter.wouldAllow('b', 'k', limit, 0), limiter.wouldAllow('b', 'k', limit, 0)]).toEqual([true, true]);
    expect([limiter.hit('b', 'k', limit, 1), limiter.hit('b', 'k', limit, 2)]).toEqual([true, true]);
    expect(limiter.wouldAllow('b', 'k', limit, 3)).toBe(false);
    expect(limiter.wouldAllow('b', 'k', limit, 60_002)).toBe(true); // the first hit has left the window
  });
});
