import type { EntityManager } from '@mikro-orm/sql';
import QRCode from 'qrcode';
import type { AppServices } from '../app-services.ts';
import type { AuditAction } from '../audit/audit-actions.ts';
import { randomToken } from '../crypto/keyring.ts';
import { conflict } from '../errors.ts';
import type { RateLimitState } from '../rate-limits/rate-limiter.ts';
import { trustInputFor } from '../trust/trust-inputs.ts';
import { trustSummary, type TrustSummary } from '../trust/trust.ts';
import type { VehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle, type VehicleClass } from '../vehicles/vehicle.entity.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { PublicShare } from './public-share.entity.ts';
import type { SharedVehicle } from './sharing.repository.ts';

/** 24 random bytes = 192 bits (SPEC §8 asks for at least 128), 32 URL-safe characters. */
const TOKEN_BYTES = 24;
/** Anything else is not a token we issued: answered "not available" without a lookup. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;
/** Whether a string has the shape of a share token we issue (anything else is answered "not available" without a lookup). */
export const isShareTokenShaped = (token: string): boolean => TOKEN_PATTERN.test(token);

/** The link and its QR code, for the vehicle's owner (and org staff, admins) only. */
export interface ShareLink {
  vehicleId: string;
  url: string;
  qrSvg: string;
  qrPngDataUrl: string;
}

/** Exactly what the anonymous QR page may show (SPEC §8), nothing else. */
export interface PublicVehicleView {
  light: TrustSummary['light'];
  hint: string;
  historyStatus: TrustSummary['historyStatus'];
  evidenceStatus: TrustSummary['evidenceStatus'];
  verificationLevel: TrustSummary['verificationLevel'];
  accidentStatus: TrustSummary['accidentStatus'];
  accidentStatusLabel: string;
  vehicleClass: VehicleClass | null;
  make: string;
  model: string;
  buildYear: number | null;
  disclaimer: string;
}

export async function enablePublicShare(scope: RequestScope, access: VehicleAccess, vehicleId: string): Promise<ShareLink> {
  const token = await scope.em.transactional(async (tem) => {
    if (await activeShare(tem, vehicleId)) throw conflict('public_share_already_enabled', 'Sharing is on; rotate to get a new link');
    const token = issueShare(scope, tem, vehicleId);
    await tem.flush();
    await scope.audit(shareAudit('PUBLIC_SHARE_ENABLED', access, vehicleId), tem);
    return token;
  });
  return shareLink(scope.services, vehicleId, token);
}

/** A new token; the old link stops working in the same transaction. */
export async function rotatePublicShare(scope: RequestScope, access: VehicleAccess, vehicleId: string): Promise<ShareLink> {
  const token = await scope.em.transactional(async (tem) => {
    if ((await revokePublicShares(tem, vehicleId)) === 0) throw conflict('public_share_not_enabled', 'Sharing is off; enable it first');
    const token = issueShare(scope, tem, vehicleId);
    await tem.flush();
    await scope.audit(shareAudit('PUBLIC_SHARE_ROTATED', access, vehicleId), tem);
    return token;
  });
  return shareLink(scope.services, vehicleId, token);
}

/** Turns sharing off (no link works any more). Answers whether it was on. */
export async function disablePublicShare(scope: RequestScope, access: VehicleAccess, vehicleId: string): Promise<boolean> {
  return scope.em.transactional(async (tem) => {
    const revoked = await revokePublicShares(tem, vehicleId);
    if (revoked > 0) await scope.audit(shareAudit('PUBLIC_SHARE_DISABLED', access, vehicleId), tem);
    return revoked > 0;
  });
}

/** Revokes every live share of a vehicle (kept as history), in the caller's transaction. Also used by the ownership transfer. */
export async function revokePublicShares(em: EntityManager, vehicleId: string): Promise<number> {
  return em.getRepository(PublicShare).revokeLive(vehicleId);
}

/**
 * The live link of a vehicle, shown to its owner again: decrypted from the share row. Null when
 * sharing is off, and for a share whose token was not kept (made before it was) or whose key
 * version was retired (then the public link is dead as well: its HMAC cannot be found either).
 */
export async function currentShareLink(scope: RequestScope, vehicleId: string): Promise<ShareLink | null> {
  const share = await scope.em.getRepository(PublicShare).liveToken(vehicleId);
  if (!share?.tokenEncrypted) return null;
  let token: string;
  try {
    token = scope.services.keyring.decrypt('share-token-encryption', share.tokenEncrypted);
  } catch {
    return null;
  }
  return shareLink(scope.services, vehicleId, token);
}

const activeShare = (em: EntityManager, vehicleId: string) => em.getRepository(PublicShare).hasLive(vehicleId);

function issueShare(scope: RequestScope, em: EntityManager, vehicleId: string): string {
  const token = randomToken(TOKEN_BYTES);
  const { keyring } = scope.services;
  em.create(PublicShare, {
    vehicle: vehicleId,
    tokenHmac: keyring.hmac('share-token', token),
    tokenEncrypted: keyring.encrypt('share-token-encryption', token),
    createdBy: actorOf(scope).userId,
  });
  return token;
}

async function shareLink(services: AppServices, vehicleId: string, token: string): Promise<ShareLink> {
  const url = `${services.config.publicBaseUrl}/q/${token}`;
  const [qrSvg, qrPngDataUrl] = await Promise.all([
    QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
    QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 2, width: 512 }),
  ]);
  return { vehicleId, url, qrSvg, qrPngDataUrl };
}

/**
 * The vehicle behind a live share token, or null: unknown, rotated, disabled and malformed tokens
 * all answer the same. Looks up the HMAC under every key version (survives a key rotation).
 */
async function sharedVehicle(services: AppServices, em: EntityManager, token: string): Promise<SharedVehicle | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const candidates = services.keyring.hmacCandidates('share-token', token);
  return em.getRepository(PublicShare).sharedVehicle(candidates);
}

/**
 * The public page's answer for a share token, or null ("not available"). Served from the cache
 * while the vehicle's public view version is unchanged; otherwise the shared vehicle and its
 * version (one statement), then its trust inputs (four batched reads) are read and the trust
 * engine runs. The version is read before the inputs: a change landing in between makes the new
 * entry stale at once instead of caching a view under a version it does not belong to.
 */
export async function publicVehicleView(scope: RequestScope, token: string): Promise<PublicVehicleView | null> {
  const { services } = scope;
  const cached = await cachedPublicVehicleView(services, scope.em, token);
  services.metrics.publicPageCache.inc({ result: cached ? 'hit' : 'miss', answered_by: 'resolver' });
  if (cached) return cached;
  const vehicle = await sharedVehicle(services, scope.em, token);
  if (!vehicle) return null;
  const view = publicView(vehicle, trustSummary(await trustInputFor(scope, vehicle), { vip: false }));
  services.publicViews.set(services.keyring.hmac('share-token', token), { vehicleId: vehicle.id, version: vehicle.viewVersion, view });
  return view;
}

/**
 * The vehicle behind a live share token and exactly its public page (SPEC §8), or null like the
 * page: a workshop that scanned the customer's QR code learns nothing more (SPEC §18).
 */
export async function sharedVehicleView(scope: RequestScope, token: string): Promise<{ vehicleId: string; view: PublicVehicleView } | null> {
  const vehicle = await sharedVehicle(scope.services, scope.em, token);
  if (!vehicle) return null;
  return { vehicleId: vehicle.id, view: publicView(vehicle, trustSummary(await trustInputFor(scope, vehicle), { vip: false })) };
}

/** The cached public view of a token while its vehicle's version is unchanged, else undefined. One indexed read. */
export async function cachedPublicVehicleView(services: AppServices, em: EntityManager, token: string): Promise<PublicVehicleView | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const cacheKey = services.keyring.hmac('share-token', token);
  const entry = services.publicViews.get(cacheKey);
  if (!entry) return undefined;
  if ((await em.getRepository(PublicShare).viewVersion(entry.vehicleId)) === entry.version) return entry.view;
  services.publicViews.delete(cacheKey);
  return undefined;
}

/**
 * The public page's per-IP limit (SPEC §8): counts this request and answers the window's state
 * (refused once the limit is used up). With `onlyIfAllowed`, a request over the limit is answered
 * null and its refusal is not reported (a refused hit is never counted): the edge cache then
 * leaves it to Yoga, whose resolver asks again and answers the refusal.
 */
export async function countPublicPageRequest(services: AppServices, ip: string): Promise<RateLimitState>;
export async function countPublicPageRequest(services: AppServices, ip: string, options: { onlyIfAllowed: true }): Promise<RateLimitState | null>;
export async function countPublicPageRequest(services: AppServices, ip: string, options: { onlyIfAllowed?: boolean } = {}): Promise<RateLimitState | null> {
  const key = services.keyring.hmac('rate-limit', ip);
  const limit = services.config.rateLimits.publicPerIp;
  if (!options.onlyIfAllowed) return services.rateLimiter.consume('public_ip', key, limit);
  const state = await services.rateLimiter.consume('public_ip', key, limit, Date.now(), { quiet: true });
  return state.allowed ? state : null;
}

/** Builds the public view field by field, so nothing else of the vehicle or summary can slip in. */
export function publicView(vehicle: Pick<Vehicle, 'vehicleClass' | 'make' | 'model' | 'buildYear'>, summary: TrustSummary): PublicVehicleView {
  return {
    light: summary.light,
    hint: summary.hint,
    historyStatus: summary.historyStatus,
    evidenceStatus: summary.evidenceStatus,
    verificationLevel: summary.verificationLevel,
    accidentStatus: summary.accidentStatus,
    accidentStatusLabel: summary.accidentStatusLabel,
    vehicleClass: (vehicle.vehicleClass ?? null) as VehicleClass | null,
    make: vehicle.make,
    model: vehicle.model,
    buildYear: vehicle.buildYear ?? null,
    disclaimer: summary.disclaimer,
  };
}

function shareAudit(action: AuditAction, access: VehicleAccess, vehicleId: string) {
  return { action, targetType: 'vehicle', targetId: vehicleId, scope: auditScopeOf(access), metadata: { vehicleId } };
}
