import { defineEntity, p } from '@mikro-orm/sql';
import { RateLimitWindowRepository } from './rate-limits.repository.ts';

/**
 * One key's sliding window in the database store (config.rateLimitStore `database`): the times of
 * its allowed hits still inside the window, at most the limit's count. Its row is locked while a
 * hit is decided, so instances count one after another.
 */
const RateLimitWindowSchema = defineEntity({
  name: 'RateLimitWindow',
  tableName: 'rate_limit_windows',
  repository: () => RateLimitWindowRepository,
  properties: {
    /** `<bucket>:<key>`; keys are HMACs or ids, never an address in clear. */
    id: p.string().primary(),
    /** Epoch milliseconds of the allowed hits, oldest first. */
    hits: p.json<number[]>(),
    lastHitAt: p.datetime().index(),
  },
});

export class RateLimitWindow extends RateLimitWindowSchema.class {}
RateLimitWindowSchema.setClass(RateLimitWindow);
