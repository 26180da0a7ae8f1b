import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine, twoOrmsOnOneDatabase } from '../../test/harness.ts';
import type { Orm } from '../db/orm.ts';
import { sqlStatementCount } from '../db/statement-counter.ts';
import { DatabaseRateLimiter, rateLimitSweepJob } from './database-rate-limiter.ts';
import { MemoryRateLimiter } from './memory-rate-limiter.ts';
import { RateLimitCount } from './rate-limit-count.entity.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Two instances on one database: two ORMs (two connection pools). */
let database: Awaited<ReturnType<typeof twoOrmsOnOneDatabase>>;
let orms: Orm[] = [];

beforeAll(async () => {
  database = await twoOrmsOnOneDatabase();
  orms = database.orms;
});

afterAll(() => database.close());

let keys = 0;
/** A key of its own per test: the database store keeps its windows across tests. */
const newKey = () => `key-${++keys}`;

// The database store counts whole slots (a sixtieth of the window): a hit leaves its window up to
// one slot later than in memory (`late`), and a busy key gets up to that much less through.
describe.each([
  { store: 'memory', limiter: (): RateLimiter => new MemoryRateLimiter(), busyHits: 10_000, late: 0 },
  { store: 'database', limiter: (): RateLimiter => new DatabaseRateLimiter(orms[0]!), busyHits: 1_000, late: 1_000 },
])('the $store store', ({ store, limiter: newLimiter, busyHits, late }) => {
  it('allows `limit` hits per sliding window and key, then refuses until old hits leave the window', async () => {
    const limiter = newLimiter();
    const [a, b] = [newKey(), newKey()];
    const limit = { limit: 3, windowSeconds: 60 };
    const start = 1_000_000;
    const hits = [];
    for (const s of [0, 10, 20, 30]) hits.push(await limiter.hit('verify', a, limit, start + s * 1000));
    expect(hits).toEqual([true, true, true, false]);
    // Another key and another bucket have their own windows.
    expect(await limiter.hit('verify', b, limit, start + 30_000)).toBe(true);
    expect(await limiter.hit('challenge', a, limit, start + 30_000)).toBe(true);
    // Refused hits do not count; at 60.001 s the first hit has left the window.
    expect(await limiter.hit('verify', a, limit, start + 59_000)).toBe(false);
    expect(await limiter.hit('verify', a, limit, start + 60_001 + late)).toBe(true);
    expect(await limiter.hit('verify', a, limit, start + 60_002 + late)).toBe(false);
  });

  it('answers the window after each hit: what is left, and when the oldest hit counted leaves it', async () => {
    const limiter = newLimiter();
    const key = newKey();
    const limit = { limit: 2, windowSeconds: 60 };
    const start = 1_000_000;
    const states = [];
    for (const s of [0, 10, 20]) states.push(await limiter.consume('api_token', key, limit, start + s * 1000));
    // The oldest hit (at 0 s) leaves at 60 s (the database store: at the end of its 1 s slot).
    expect(states.map(({ allowed, remaining, resetSeconds }) => ({ allowed, remaining, resetSeconds }))).toEqual([
      { allowed: true, remaining: 1, resetSeconds: 60 + late / 1000 },
      { allowed: true, remaining: 0, resetSeconds: 50 + late / 1000 },
      { allowed: false, remaining: 0, resetSeconds: 40 + late / 1000 },
    ]);
  });

  it('stays exact for a busy key over many windows', async () => {
    const limiter = newLimiter();
    const key = newKey();
    const limit = { limit: 150, windowSeconds: 1 };
    // Reference: count the allowed hits inside the window by brute force.
    const allowedTimes: number[] = [];
    for (let i = 0; i < busyHits; i += 1) {
      const now = 1_000_000 + i * 5; // 200 attempts per second against a limit of 150
      const allowed = await limiter.hit('public_ip', key, limit, now);
      const inWindow = allowedTimes.filter((time) => time > now - 1000).length;
      // Never one too many in any window; in memory exactly the hits the window has room for.
      if (store === 'memory') expect(allowed).toBe(inWindow < limit.limit);
      else if (inWindow >= limit.limit) expect(allowed).toBe(false);
      if (allowed) allowedTimes.push(now);
    }
    expect(allowedTimes.length).toBeGreaterThan(busyHits * 0.7);
  });

  it('a quiet refusal is neither recorded nor reported; a loud one is reported', async () => {
    const reported: string[] = [];
    const limiter = store === 'memory' ? new MemoryRateLimiter((bucket) => reported.push(bucket)) : new DatabaseRateLimiter(orms[0]!, (bucket) => reported.push(bucket));
    const key = newKey();
    const limit = { limit: 2, windowSeconds: 60 };
    expect([await limiter.hit('b', key, limit, 1), await limiter.hit('b', key, limit, 30_000)]).toEqual([true, true]);
    expect((await limiter.consume('b', key, limit, 30_001, { quiet: true })).allowed).toBe(false);
    expect(reported).toEqual([]);
    expect((await limiter.consume('b', key, limit, 30_002)).allowed).toBe(false);
    expect(reported).toEqual(['b']);
    // Neither refusal was counted: once the first hit has left the window, one more passes.
    expect(await limiter.hit('b', key, limit, 60_002 + late)).toBe(true);
    expect(await limiter.hit('b', key, limit, 60_003 + late)).toBe(false);
  });
});

describe('the memory store', () => {
  it('stays exact while a window grows, wraps around and shrinks again', async () => {
    const limiter = new MemoryRateLimiter();
    const key = newKey();
    const limit = { limit: 500, windowSeconds: 1 };
    // Bursts (up to the limit), quiet spells (most of the window leaves) and a steady trickle, in
    // a fixed pseudo-random order: the window's buffer doubles, wraps and halves many times.
    let seed = 7;
    const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    let now = 1_000_000;
    let counted: number[] = [];
    for (let i = 0; i < 6_000; i += 1) {
      const roll = random();
      now += roll < 0.01 ? 700 + Math.floor(random() * 900) : roll < 0.6 ? 0 : Math.floor(random() * 20);
      counted = counted.filter((time) => time > now - 1000);
      const state = await limiter.consume('public_ip', key, limit, now);
      const allowed = counted.length < limit.limit;
      if (allowed) counted.push(now);
      const oldest = counted[0] ?? now;
      expect(state).toEqual({ allowed, limit, remaining: limit.limit - counted.length, resetSeconds: Math.max(1, Math.ceil((oldest + 1000 - now) / 1000)) });
    }
  });
});

describe('the database store across instances', () => {
  it('lets exactly `limit` of many parallel hits through, whichever instance counts them', async () => {
    // SQLite serves one instance (one process, one connection): there the two limiters share it.
    const limiters = (testEngine === 'sqlite' ? [orms[0]!, orms[0]!] : orms).map((orm) => new DatabaseRateLimiter(orm));
    const key = newKey();
    const limit = { limit: 5, windowSeconds: 60 };
    const now = Date.now();
    const answers = await Promise.all(Array.from({ length: 24 }, (_, i) => limiters[i % 2]!.hit('challenge_ip', key, limit, now + i)));
    expect(answers.filter(Boolean)).toHaveLength(5);
    const rows = await orms[1]!.em.fork().find(RateLimitCount, { key: `challenge_ip:${key}` });
    expect(rows.reduce((sum, row) => sum + row.hits, 0)).toBe(5);
  });

  it('counts an allowed hit in one statement (one round trip on PostgreSQL), a refused one in two', async () => {
    const limiter = new DatabaseRateLimiter(orms[0]!);
    const key = newKey();
    const statementsOf = async (hit: () => Promise<boolean>) => {
      const before = sqlStatementCount(orms[0]!);
      const allowed = await hit();
      return { allowed, statements: sqlStatementCount(orms[0]!) - before };
    };
    const limit = { limit: 1, windowSeconds: 60 };
    expect(await statementsOf(() => limiter.hit('b', key, limit))).toEqual({ allowed: true, statements: 1 });
    // The refused hit takes itself back: the window still holds the one allowed hit.
    expect(await statementsOf(() => limiter.hit('b', key, limit))).toEqual({ allowed: false, statements: 2 });
    const rows = await orms[0]!.em.fork().find(RateLimitCount, { key: `b:${key}` });
    expect(rows.map((row) => row.hits)).toEqual([1]);
  });

  it('reports refused hits to its owner (the rate-limited metric)', async () => {
    const limited: string[] = [];
    const limiter = new DatabaseRateLimiter(orms[0]!, (bucket) => limited.push(bucket));
    const key = newKey();
    await limiter.hit('verify_ip', key, { limit: 1, windowSeconds: 60 });
    await limiter.hit('verify_ip', key, { limit: 1, windowSeconds: 60 });
    expect(limited).toEqual(['verify_ip']);
  });

  it('sweeps the slots no window counts any more and keeps the others', async () => {
    const [idle, busy] = [newKey(), newKey()];
    const limiter = new DatabaseRateLimiter(orms[0]!);
    await limiter.hit('b', idle, { limit: 5, windowSeconds: 60 }, Date.now() - 2 * 60_000);
    await limiter.hit('b', busy, { limit: 5, windowSeconds: 60 });
    await rateLimitSweepJob(orms[0]!).run();
    const left = (await orms[0]!.em.fork().find(RateLimitCount, { key: { $in: [`b:${idle}`, `b:${busy}`] } })).map((row) => row.key);
    expect(left).toEqual([`b:${busy}`]);
  });
});
