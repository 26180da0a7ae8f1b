import type { RequestScope } from '../request-scope.ts';
import { vehicleAccess, type VehicleAccess } from '../vehicles/vehicle-access.ts';

/**
 * How the actor may record inspections and remediations on a vehicle (SPEC §19): as for service
 * entries (owner, org staff, admin; `vehicleAccess`), or as the dealer of an open workshop intake
 * session for the vehicle ("intake"). The one decision for every inspection scope and mutation.
 */
export type InspectionAccess = Exclude<VehicleAccess, null> | 'intake' | null;

export async function inspectionAccess(context: RequestScope, vehicleId: string): Promise<InspectionAccess> {
  const access = await vehicleAccess(context, vehicleId);
  if (access) return access;
  if (await hasOpenIntakeSession(context, vehicleId)) return 'intake';
  return null;
}

/**
 * INTAKE PLUG-IN: whether the actor is the dealer of an open workshop intake session (SPEC §18,
 * server/workshop/) for this vehicle. Sessions do not exist on this branch; the workshop module
 * answers here once merged (batched per request, like `vehicleAccess`). Until then nobody is.
 */
async function hasOpenIntakeSession(_context: RequestScope, _vehicleId: string): Promise<boolean> {
  return false;
}
