import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { RequestScope } from '../request-scope.ts';
import { rateLimitHeaders } from '../rate-limits/rate-limit-headers.ts';
import type { RateLimitState } from '../rate-limits/rate-limiter.ts';
import { MAX_COST } from './limits.ts';

/** What a request's limiters and its cost measured, by Yoga's request (the resolvers' `context.request`). */
const feedback = new WeakMap<Request, { state?: RateLimitState; cost?: number }>();

/**
 * A limiter counted this request (the API token's, or the public page's per IP). When several
 * did, the tightest speaks for the request: a refusal, else the one with the fewest left.
 */
export function recordRateLimit(request: Request, state: RateLimitState): void {
  const entry = feedback.get(request) ?? {};
  const known = entry.state;
  if (!known || (known.allowed && (!state.allowed || state.remaining < known.remaining))) entry.state = state;
  feedback.set(request, entry);
}

/** The cost (`limits.ts` queryCost) of the operation an API token runs. */
export function recordCost(request: Request, cost: number): void {
  feedback.set(request, { ...feedback.get(request), cost });
}

/**
 * Tells the client where it stands (docs/PARTNER_API.md, "Limits"): the RateLimit headers (and
 * Retry-After on a refusal) on every answer a limiter counted, and for API tokens the cost of the
 * operation and the token's budget in `extensions`. The public page's answer carries the headers
 * only: the edge cache (public-page-edge-cache.ts) answers it byte for byte as Yoga does.
 */
export function useRateLimitFeedback(): Plugin<Context, RequestScope> {
  return {
    onResultProcess({ request, result, setResult, serverContext }) {
      const entry = feedback.get(request);
      if (!entry || !serverContext.actor?.apiTokenId || Array.isArray(result) || Symbol.asyncIterator in result) return;
      setResult({
        ...result,
        extensions: {
          ...result.extensions,
          ...(entry.cost !== undefined ? { cost: { requested: entry.cost, limit: MAX_COST } } : {}),
          ...(entry.state ? { rateLimit: { limit: entry.state.limit.limit, remaining: entry.state.remaining, resetSeconds: entry.state.resetSeconds } } : {}),
        },
      });
    },
    onResponse({ request, response }) {
      const state = feedback.get(request)?.state;
      if (!state) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
    },
  };
}
