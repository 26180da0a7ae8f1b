import type { Context } from '../context.ts';
import { orgOwnerIds } from '../businesses/businesses.service.ts';
import { loader } from '../db/loaders.ts';
import { isAdminRole } from '../identity/roles.ts';
import { Vehicle } from './vehicle.entity.ts';

export type VehicleAccess = 'own' | 'org' | 'admin' | null;

/**
 * How the actor may act on a vehicle (SPEC §1): as its owner ("own"), as approved staff of the
 * business whose owner owns it ("org"), as admin, or not at all. Unknown ids answer null exactly
 * like foreign ones, so the API is no existence oracle. Batched per request.
 */
export async function vehicleAccess(context: Pick<Context, 'actor' | 'em' | 'loaders'>, vehicleId: string): Promise<VehicleAccess> {
  const actor = context.actor;
  if (!actor || actor.role === 'moderator') return null;
  if (isAdminRole(actor.role)) return 'admin';
  const ownerId = await loader<string, string | null>(context, 'vehicleOwner', async (ids) => {
    const vehicles = await context.em.find(Vehicle, { id: { $in: [...ids] } }, { fields: ['id', 'owner'] });
    const owners = new Map(vehicles.map((vehicle) => [vehicle.id, vehicle.owner]));
    return ids.map((id) => owners.get(id) ?? null);
  }).load(vehicleId);
  if (!ownerId) return null;
  if (ownerId === actor.userId) return 'own';
  if ((await orgOwnerIds(context, actor.userId)).has(ownerId)) return 'org';
  return null;
}
