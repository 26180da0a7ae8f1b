import { rateLimited } from '../errors.ts';
import type { RateLimitState } from '../rate-limits/rate-limiter.ts';
import type { RequestScope } from '../request-scope.ts';
import { normaliseVin } from '../vehicles/vin.ts';
import { PublicShare } from './public-share.entity.ts';
import { isShareTokenShaped } from './sharing.service.ts';

/** The buyer's answer (SPEC §22), product copy. */
export const VIN_MATCHES = 'FIN stimmt überein';
export const VIN_DOES_NOT_MATCH = 'FIN stimmt nicht überein';

export interface VinCheckResult {
  matches: boolean;
  message: string;
}

/**
 * The buyer's VIN check on the public page: the typed VIN, normalised like on create, is compared
 * by its HMAC with the stored one. Null ("not available") for unknown, rotated, disabled and
 * malformed tokens, like the page itself. Counted per IP and then per token before anything is
 * looked up (`counted` hears each window's state, for the RateLimit headers); the VIN is never
 * stored, logged or audited (only its HMAC exists, for the comparison).
 */
export async function checkPublicVin(scope: RequestScope, ip: string, token: string, typedVin: string, counted: (state: RateLimitState) => void): Promise<VinCheckResult | null> {
  const { rateLimiter, keyring, config } = scope.services;
  const vin = normaliseVin(typedVin);
  const perIp = await rateLimiter.consume('vin_check_ip', keyring.hmac('rate-limit', ip), config.rateLimits.vinCheckPerIp);
  counted(perIp);
  if (!perIp.allowed) throw rateLimited();
  // Keyed by the token's HMAC, unknown tokens too: they are counted and answered alike.
  const perToken = await rateLimiter.consume('vin_check_token', keyring.hmac('rate-limit', token), config.rateLimits.vinCheckPerToken);
  counted(perToken);
  if (!perToken.allowed) throw rateLimited();
  if (!isShareTokenShaped(token)) return null;
  const stored = await scope.em.getRepository(PublicShare).sharedVehicleVinHmac(keyring.hmacCandidates('share-token', token));
  if (!stored) return null;
  const matches = keyring.verifyHmac('vin-lookup', vin, stored);
  return { matches, message: matches ? VIN_MATCHES : VIN_DOES_NOT_MATCH };
}
