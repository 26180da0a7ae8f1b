import type { Context } from '../context.ts';
import { orgOwnerIds } from '../businesses/businesses.service.ts';
import { loader, placeholders } from '../db/loaders.ts';
import { preparedRead } from '../db/prepared-reads.ts';
import { isAdminRole } from '../identity/roles.ts';

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
  // Every vehicle, entry and document field checks this: a prepared read, not an ORM query.
  const ownerId = await loader<string, string | null>(context, 'vehicleOwner', async (ids) => {
    const rows = await preparedRead<{ id: string; owner_id: string }>(context.em, `select id, owner_id from vehicles where id in (${placeholders(ids.length)})`, ids);
    const owners = new Map(rows.map((row) => [row.id, row.owner_id]));
    return ids.map((id) => owners.get(id) ?? null);
  }).load(vehicleId);
  if (!ownerId) return null;
  if (ownerId === actor.userId) return 'own';
  if ((await orgOwnerIds(context, actor.userId)).has(ownerId)) return 'org';
  return null;
}
