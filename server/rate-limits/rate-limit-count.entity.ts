import { defineEntity, p } from '@mikro-orm/sql';
import { RateLimitCountRepository } from './rate-limits.repository.ts';

/**
 * The allowed hits of one key in one slot of its window (a sixtieth of it) in the database store
 * (config.rateLimitStore `database`): at most 61 rows a key are live, however high its limit.
 */
const RateLimitCountSchema = defineEntity({
  name: 'RateLimitCount',
  tableName: 'rate_limit_counts',
  repository: () => RateLimitCountRepository,
  indexes: [{ properties: ['key', 'slot'] }],
  properties: {
    /** `<key>|<slot>`. */
    id: p.string().primary(),
    /** `<bucket>:<key>`; keys are HMACs or ids, never an address in clear. */
    key: p.string(),
    /** The slot's number: its start in epoch milliseconds divided by the slot length. */
    slot: p.bigint('number'),
    hits: p.integer(),
    /** When the slot has left every window it can count for: the sweep removes it then. */
    expiresAt: p.datetime().index(),
  },
});

export class RateLimitCount extends RateLimitCountSchema.class {}
RateLimitCountSchema.setClass(RateLimitCount);
