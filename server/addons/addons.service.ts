import type { EntityManager } from '@mikro-orm/sql';
import type { Actor } from '../auth/actor.ts';
import type { ReasonFor } from '../error-reasons.ts';
import { forbidden, notFound } from '../errors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { User } from '../identity/user.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ADDON_KEYS, AddonConfig, type AddonKey, type EntitlementKey } from './addon-config.entity.ts';
import { Entitlement } from './entitlement.entity.ts';
import { VehicleAddon } from './vehicle-addon.entity.ts';

/** SPEC §12 defaults for a key that gets configured for the first time. */
export const ADDON_DEFAULTS = { allowNew: false, requiresPayment: true, adminOnly: false };

export interface AddonConfigView {
  key: AddonKey;
  /** False: no config row, so the add-on is not available to anyone new. */
  configured: boolean;
  allowNew: boolean;
  requiresPayment: boolean;
  adminOnly: boolean;
  updatedAt: Date | null;
}

export async function addonConfigs(scope: RequestScope): Promise<AddonConfigView[]> {
  const rows = new Map((await scope.em.getRepository(AddonConfig).all()).map((row) => [row.key, row]));
  return ADDON_KEYS.map((key) => {
    const row = rows.get(key);
    return { key, configured: !!row, ...ADDON_DEFAULTS, ...(row && { allowNew: row.allowNew, requiresPayment: row.requiresPayment, adminOnly: row.adminOnly }), updatedAt: row?.updatedAt ?? null };
  });
}

export async function setAddonConfig(scope: RequestScope, key: AddonKey, settings: Partial<typeof ADDON_DEFAULTS>): Promise<AddonConfigView> {
  const { em } = scope;
  const existing = await em.getRepository(AddonConfig).byKey(key);
  const config = existing ?? em.create(AddonConfig, { key, ...ADDON_DEFAULTS });
  em.assign(config, { ...settings, updatedBy: actorOf(scope).userId });
  await em.flush();
  await scope.audit({
    action: 'ADDON_CONFIG_UPDATED',
    targetType: 'addon',
    targetId: key,
    metadata: { addonKey: key, allowNew: config.allowNew, requiresPayment: config.requiresPayment, adminOnly: config.adminOnly },
  });
  return (await addonConfigs(scope)).find((view) => view.key === key)!;
}

export function entitlementsOf(scope: RequestScope, userId: string): Promise<Entitlement[]> {
  return scope.em.getRepository(Entitlement).ofUser(userId);
}

/** Grants a key to a user; granting what is already held changes nothing. */
export async function grantEntitlement(scope: RequestScope, userId: string, key: EntitlementKey): Promise<Entitlement> {
  const { em } = scope;
  if (!(await em.getRepository(User).byId(userId))) throw notFound('user_not_found');
  const existing = await em.getRepository(Entitlement).held(userId, key);
  if (existing) return existing;
  const entitlement = em.create(Entitlement, { user: userId, key });
  await em.flush();
  await scope.audit({ action: 'ADDON_ENTITLEMENT_GRANTED', targetType: 'user', targetId: userId, metadata: { addonKey: key } });
  return entitlement;
}

/** Revokes a key; true when the user held it. Grandfathered vehicles keep their add-ons. */
export async function revokeEntitlement(scope: RequestScope, userId: string, key: EntitlementKey): Promise<boolean> {
  const removed = await scope.em.getRepository(Entitlement).revoke(userId, key);
  if (removed) await scope.audit({ action: 'ADDON_ENTITLEMENT_REVOKED', targetType: 'user', targetId: userId, metadata: { addonKey: key } });
  return removed;
}

/**
 * The add-on gate (SPEC §12), in exactly this order. Returns the denial reason, or null to allow.
 * The entitlement that counts is the vehicle owner's: the owner is who pays for the vehicle.
 */
export async function addonGateDenial(em: EntityManager, actor: Actor, vehicle: Pick<Vehicle, 'id' | 'owner'>, key: AddonKey): Promise<ReasonFor<'FORBIDDEN'> | null> {
  if (await em.getRepository(VehicleAddon).everEnabled(vehicle.id, key)) return null;
  const config = await em.getRepository(AddonConfig).byKey(key);
  if (!config) return 'addon_not_available';
  const admin = isAdminRole(actor.role);
  if (config.adminOnly && !admin) return 'admin_only';
  if (!config.allowNew) return 'addon_not_available';
  if (config.requiresPayment && !admin && !(await em.getRepository(Entitlement).holds(vehicle.owner, key))) return 'paywall_required';
  return null;
}

/** The gate's answer for the caller on this vehicle without acting on it: what the page offers. */
export async function addonBlockedBy(scope: RequestScope, vehicleId: string, key: AddonKey): Promise<ReasonFor<'FORBIDDEN'> | null> {
  return addonGateDenial(scope.em, actorOf(scope), await vehicleForAddon(scope.em, vehicleId), key);
}

/** Marks the add-on enabled on the vehicle (in `em`, the caller's transaction); the first time also stamps firstEnabledAt, for good. */
export async function markAddonEnabled(em: EntityManager, vehicleId: string, key: AddonKey): Promise<VehicleAddon> {
  const existing = await em.getRepository(VehicleAddon).onVehicle(vehicleId, key);
  if (existing) {
    existing.enabled = true;
    return existing;
  }
  return em.create(VehicleAddon, { vehicle: vehicleId, addonKey: key, enabled: true, firstEnabledAt: new Date() });
}

export async function vehicleForAddon(em: EntityManager, vehicleId: string): Promise<Vehicle> {
  const vehicle = await em.getRepository(Vehicle).byId(vehicleId);
  if (!vehicle) throw notFound('vehicle_not_found');
  return vehicle;
}

/** Runs the gate and, when it allows, `work` in the same transaction; a denial is audited and thrown. */
export async function withAddonGate<T>(
  scope: RequestScope,
  vehicleId: string,
  key: AddonKey,
  work: (tem: EntityManager, vehicle: Vehicle) => Promise<T>,
): Promise<T> {
  const actor = actorOf(scope);
  const outcome = await scope.em.transactional(async (tem) => {
    const vehicle = await vehicleForAddon(tem, vehicleId);
    const denial = await addonGateDenial(tem, actor, vehicle, key);
    return denial ? { denial } : { value: await work(tem, vehicle) };
  });
  if ('denial' in outcome) {
    await scope.audit({ action: 'ADDON_DENIED', result: 'denied', reason: outcome.denial, targetType: 'vehicle', targetId: vehicleId, metadata: { addonKey: key } });
    throw forbidden(outcome.denial);
  }
  return outcome.value;
}

export async function enableVehicleAddon(scope: RequestScope, vehicleId: string, key: AddonKey): Promise<VehicleAddonView> {
  return withAddonGate(scope, vehicleId, key, async (tem) => {
    const addon = await markAddonEnabled(tem, vehicleId, key);
    await tem.flush();
    await scope.audit({ action: 'ADDON_ENABLED', targetType: 'vehicle', targetId: vehicleId, metadata: { addonKey: key } }, tem);
    return { vehicleId, key, enabled: true, firstEnabledAt: addon.firstEnabledAt };
  });
}

/** Switches the add-on off; the vehicle stays grandfathered (firstEnabledAt is kept). */
export async function disableVehicleAddon(scope: RequestScope, vehicleId: string, key: AddonKey): Promise<VehicleAddonView> {
  const { em } = scope;
  await vehicleForAddon(em, vehicleId);
  const addon = await em.getRepository(VehicleAddon).onVehicle(vehicleId, key);
  if (addon?.enabled) {
    addon.enabled = false;
    await em.flush();
    await scope.audit({ action: 'ADDON_DISABLED', targetType: 'vehicle', targetId: vehicleId, metadata: { addonKey: key } });
  }
  return { vehicleId, key, enabled: false, firstEnabledAt: addon?.firstEnabledAt ?? null };
}

export interface VehicleAddonView {
  vehicleId: string;
  key: AddonKey;
  enabled: boolean;
  firstEnabledAt: Date | null;
}

/** Every add-on key with its state on the vehicle (never enabled: enabled false, no date). */
export async function vehicleAddons(scope: RequestScope, vehicleId: string): Promise<VehicleAddonView[]> {
  const rows = new Map((await scope.em.getRepository(VehicleAddon).ofVehicle(vehicleId)).map((row) => [row.addonKey, row]));
  return ADDON_KEYS.map((key) => ({ vehicleId, key, enabled: rows.get(key)?.enabled ?? false, firstEnabledAt: rows.get(key)?.firstEnabledAt ?? null }));
}
