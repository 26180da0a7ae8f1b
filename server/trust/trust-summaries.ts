import { LoaderKey } from '../db/loaders.ts';
import type { RequestScope } from '../request-scope.ts';
import { PublicShare } from '../sharing/public-share.entity.ts';
import type { Vehicle } from '../vehicles/vehicle.entity.ts';
import { trustInputFor } from './trust-inputs.ts';
import { trustSummary, type TrustSummary } from './trust.ts';

const viewVersionLoader = new LoaderKey<string, number>('trust:viewVersion');

type TrustVehicle = Pick<Vehicle, 'id' | 'accidentStatus' | 'accidentTrustCompleted' | 'physicalServiceBook'>;

/**
 * A vehicle's trust summary for the caller, from the cache while the vehicle's public view version
 * (one batched read for every vehicle of the request) and its trust facts are unchanged; otherwise
 * the inputs are read and the engine runs. The version is read before the inputs: a change landing
 * in between leaves an entry that the next request's version no longer matches, never a stale hit.
 */
export async function trustSummaryFor(scope: RequestScope, vehicle: TrustVehicle): Promise<TrustSummary> {
  const viewer = scope.actor?.role === 'vip' ? 'vip' : 'plain';
  const cache = scope.services.trustSummaries;
  const version = await scope.loaders
    .get(viewVersionLoader, async (vehicleIds) => {
      const versions = await scope.em.getRepository(PublicShare).viewVersions(vehicleIds);
      return vehicleIds.map((id) => versions.get(id) ?? 0);
    })
    .load(vehicle.id);
  const vehicleFacts = `${vehicle.accidentStatus}|${vehicle.accidentTrustCompleted}|${vehicle.physicalServiceBook}`;
  const cached = cache.get(vehicle.id);
  const current = cached?.version === version && cached.vehicleFacts === vehicleFacts ? cached : undefined;
  const hit = current?.[viewer];
  if (hit) return hit;
  const summary = trustSummary(await trustInputFor(scope, vehicle), { vip: viewer === 'vip' });
  cache.set(vehicle.id, { ...(current ?? { version, vehicleFacts }), [viewer]: summary });
  return summary;
}
