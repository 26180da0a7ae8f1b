import { LoaderKey } from '../db/loaders.ts';
import type { RequestScope } from '../request-scope.ts';
import { PublicShare } from './public-share.entity.ts';
import type { SharingState } from './sharing.repository.ts';

const sharingStateByVehicleLoader = new LoaderKey<string, SharingState>('sharing:stateByVehicle');

/**
 * Each vehicle's sharing state (live link, public view version), batched per request: one read
 * answers both `Vehicle.publicShareEnabled` and the trust summary cache's version check. A page of
 * vehicles reads it with the page (`primeSharingStates`).
 */
export const vehicleSharingState = (scope: RequestScope) =>
  scope.loaders.get(sharingStateByVehicleLoader, async (vehicleIds) => {
    const states = await scope.em.getRepository(PublicShare).sharingStates(vehicleIds);
    return vehicleIds.map((id) => states.get(id) ?? { shared: false, viewVersion: 0 });
  });

/** Sharing states read along with a page of vehicles, for later loads in the same request. */
export function primeSharingStates(scope: RequestScope, vehicles: readonly { id: string; sharing: SharingState }[]): void {
  const loader = vehicleSharingState(scope);
  for (const vehicle of vehicles) loader.prime(vehicle.id, vehicle.sharing);
}
