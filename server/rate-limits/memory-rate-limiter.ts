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
      window = new HitWindow();
      this.#windows.set(mapKey, window);
    }
    const live = window.liveAfter(liveSince(limit, now));
    const allowed = live < limit.limit;
    if (allowed) window.add(now);
    else if (!quiet) this.#onLimited(bucket);
    const oldest = window.oldest() ?? now;
    return stateOf(allowed, limit, allowed ? live + 1 : live, oldest + limit.windowSeconds * 1000, now);
  }

  /** Drops empty windows now and then so memory stays bounded by active clients. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    const horizon = now - 86_400_000;
    for (const [key, window] of this.#windows) {
      if ((window.latest() ?? 0) < horizon) this.#windows.delete(key);
    }
  }
}

/**
 * One key's allowed hits in time order, in a ring buffer of timestamps: hits leave at the front as
 * the window slides and are added at the back, each in O(1) and without moving the others. It
 * never holds more than the limit (a refused hit is not added); it doubles when full and halves
 * when a quarter full, so a busy key costs 8 to 32 bytes per hit in its window. (A plain array
 * cut from the front, with its copies and garbage, took up to 45 MB of heap, this 14 MB, for one
 * key at 15 000 hits a second under a limit of a million a minute: 7 MB of live timestamps.)
 */
class HitWindow {
  #times = new Float64Array(MIN_CAPACITY);
  /** Index of the oldest hit. */
  #head = 0;
  #count = 0;

  /** Forgets the hits at or before `windowStart`; answers how many are left. */
  liveAfter(windowStart: number): number {
    while (this.#count > 0 && this.#times[this.#head]! <= windowStart) {
      this.#head = (this.#head + 1) % this.#times.length;
      this.#count -= 1;
    }
    if (this.#times.length > MIN_CAPACITY && this.#count * 4 <= this.#times.length) this.#resize(this.#times.length / 2);
    return this.#count;
  }

  add(at: number): void {
    if (this.#count === this.#times.length) this.#resize(this.#times.length * 2);
    this.#times[(this.#head + this.#count) % this.#times.length] = at;
    this.#count += 1;
  }

  oldest(): number | undefined {
    return this.#count > 0 ? this.#times[this.#head] : undefined;
  }

  latest(): number | undefined {
    return this.#count > 0 ? this.#times[(this.#head + this.#count - 1) % this.#times.length] : undefined;
  }

  #resize(capacity: number): void {
    const times = new Float64Array(capacity);
    for (let i = 0; i < this.#count; i++) times[i] = this.#times[(this.#head + i) % this.#times.length]!;
    this.#times = times;
    this.#head = 0;
  }
}

const MIN_CAPACITY = 8;
