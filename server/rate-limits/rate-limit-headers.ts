import type { RateLimitState } from './rate-limiter.ts';

/**
 * The rate-limit fields of draft-ietf-httpapi-ratelimit-headers-06, the last draft with separate
 * `RateLimit-Limit`/`-Remaining`/`-Reset` fields (docs/DECISIONS.md): the quota of the window, what
 * is left of it after this request, seconds until the oldest request counted leaves the sliding
 * window, and the policy (`<limit>;w=<window seconds>`). A refused request also gets `Retry-After`.
 */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'ratelimit-limit': String(state.limit.limit),
    'ratelimit-remaining': String(state.remaining),
    'ratelimit-reset': String(state.resetSeconds),
    'ratelimit-policy': `${state.limit.limit};w=${state.limit.windowSeconds}`,
    ...(state.allowed ? {} : { 'retry-after': String(state.resetSeconds) }),
  };
}
