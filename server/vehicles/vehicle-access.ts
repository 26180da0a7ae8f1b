import type { RequestScope } from '../request-scope.ts';
import { orgOwnerIds } from '../businesses/businesses.service.ts';
import { LoaderKey } from '../db/loaders.ts';
import { notFound } from '../errors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { Vehicle } from './vehicle.entity.ts';
import type { VehicleRecord } from './vehicle.repository.ts';

const vehicleByIdLoader = new LoaderKey<string, VehicleRecord | null>('vehicleById');

export type VehicleAccess = 'own' | 'org' | 'admin' | null;

/** Vehicles by id as plain records, batched per request. */
export const vehicleById = (context: RequestScope) =>
  context.loaders.get(vehicleByIdLoader, async (ids) => {
    const vehicles = new Map((await context.em.getRepository(Vehicle).recordsByIds(ids)).map((vehicle) => [vehicle.id, vehicle]));
    return ids.map((id) => vehicles.get(id) ?? null);
  });

/** The access this request has decided per vehicle id, for the object scopes to read without waiting. */
const decidedAccessByRequest = new WeakMap<RequestScope, Map<string, VehicleAccess>>();

function decide(context: RequestScope, vehicleId: string, access: VehicleAccess): VehicleAccess {
  let decided = decidedAccessByRequest.get(context);
  if (!decided) decidedAccessByRequest.set(context, (decided = new Map()));
  decided.set(vehicleId, access);
  return access;
}

/** The actor's access to a vehicle if this request has decided it already, else undefined. */
export function decidedVehicleAccess(context: RequestScope, vehicleId: string): VehicleAccess | undefined {
  return decidedAccessByRequest.get(context)?.get(vehicleId);
}

/**
 * Vehicles a page has loaded: later lookups by id find them without a query, and where the record
 * alone decides the access (the actor's own vehicle, an admin), the type scopes of the vehicle and
 * its entries pass without waiting for a lookup.
 */
export function primeVehicles(context: RequestScope, vehicles: readonly VehicleRecord[]): void {
  const actor = context.actor;
  for (const vehicle of vehicles) {
    vehicleById(context).prime(vehicle.id, vehicle);
    if (!actor || actor.role === 'moderator') continue;
    if (isAdminRole(actor.role)) decide(context, vehicle.id, 'admin');
    else if (vehicle.owner === actor.userId) decide(context, vehicle.id, 'own');
  }
}

/**
 * How the actor may act on a vehicle (SPEC §1): as its owner ("own"), as approved staff of the
 * business whose owner owns it ("org"), as admin, or not at all. For everyone but admins unknown
 * ids answer null exactly like foreign ones, so the API is no existence oracle; admins may see
 * every vehicle anyway and learn NOT_FOUND, so no write ever names a vehicle that does not exist
 * (issue 12). Batched per request.
 */
export async function vehicleAccess(context: RequestScope, vehicleId: string): Promise<VehicleAccess> {
  const actor = context.actor;
  if (!actor || actor.role === 'moderator') return null;
  // The same batched read that loads vehicles for the API: a vehicle page primes it, so checking
  // the page's vehicles costs no query of its own.
  const ownerId = (await vehicleById(context).load(vehicleId))?.owner;
  if (isAdminRole(actor.role)) {
    if (!ownerId) throw notFound('vehicle_not_found');
    return decide(context, vehicleId, 'admin');
  }
  if (!ownerId) return decide(context, vehicleId, null);
  if (ownerId === actor.userId) return decide(context, vehicleId, 'own');
  return decide(context, vehicleId, (await orgOwnerIds(context, actor.userId)).has(ownerId) ? 'org' : null);
}
