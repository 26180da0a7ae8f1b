import type { RequestScope } from '../request-scope.ts';
import { vehicleAccess, type VehicleAccess } from '../vehicles/vehicle-access.ts';
import { WorkshopSession } from '../workshop/workshop.entity.ts';
import { workshopOrganisationOf } from '../workshop/workshop.service.ts';

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
 * Whether the actor's workshop organisation (SPEC §18) has an open intake session for the vehicle,
 * opened for an own/org vehicle or by the customer's share token: the customer brought the car.
 */
async function hasOpenIntakeSession(context: RequestScope, vehicleId: string): Promise<boolean> {
  const organisation = await workshopOrganisationOf(context);
  return organisation !== null && (await context.em.getRepository(WorkshopSession).hasOpenForVehicle(organisation.key, vehicleId));
}
