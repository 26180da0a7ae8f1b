import type { RequestScope } from '../request-scope.ts';
import { vehicleSharingState } from '../sharing/sharing-state.ts';
import type { Vehicle } from '../vehicles/vehicle.entity.ts';
import { trustInputFor } from './trust-inputs.ts';
import { trustSummary, type TrustSummary } from './trust.ts';

type TrustVehicle = Pick<Vehicle, 'id' | 'accidentStatus' | 'accidentTrustCompleted' | 'physicalServiceBook'>;

/**
 * A vehicle's trust summary for the caller, from the cache while the vehicle's public view version
 * (its sharing state: one batched read for every vehicle of the request, or read with the page
 * that listed it) and its trust facts are unchanged; otherwise
 * the inputs are read and the engine runs. The version is read before the inputs: a change landing
 * in between leaves an entry that the next request's version no longer matches, never a stale hit.
 */
export async function trustSummaryFor(scope: RequestScope, vehicle: TrustVehicle): Promise<TrustSummary> {
  const viewer = scope.actor?.role === 'vip' ? 'vip' : 'plain';
  const cache = scope.services.trustSummaries;
  const version = (await vehicleSharingState(scope).load(vehicle.id)).viewVersion;
  const vehicleFacts = `${vehicle.accidentStatus}|${vehicle.accidentTrustCompleted}|${vehicle.physicalServiceBook}`;
  const cached = cache.get(vehicle.id);
  const current = cached?.version === version && cached.vehicleFacts === vehicleFacts ? cached : undefined;
  const hit = current?.[viewer];
  if (hit) return hit;
  const summary = trustSummary(await trustInputFor(scope, vehicle), { vip: viewer === 'vip' });
  cache.set(vehicle.id, { ...(current ?? { version, vehicleFacts }), [viewer]: summary });
  return summary;
}
