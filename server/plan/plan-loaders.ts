import { LoaderKey } from '../db/loaders.ts';
import { todayInGermany } from '../entries/entry-rules.ts';
import type { RequestScope } from '../request-scope.ts';
import { ServicePlanItem } from './plan.entity.ts';
import { plansOfVehicles, type PlanItemWithDue } from './plan.service.ts';

const planOfVehicleLoader = new LoaderKey<string, PlanItemWithDue[]>('plan:ofVehicle');
const vehicleOfPlanItemLoader = new LoaderKey<string, string | null>('plan:vehicleOfItem');

/** Each vehicle's plan with today's due status (in plan order): three statements for any batch of vehicles. */
export const planOfVehicle = (scope: RequestScope) => scope.loaders.get(planOfVehicleLoader, (vehicleIds) => plansOfVehicles(scope.em, vehicleIds, todayInGermany()));

/** The vehicle a plan item belongs to (null for an unknown id), for the object-level scope. */
export const vehicleOfPlanItem = (scope: RequestScope) =>
  scope.loaders.get(vehicleOfPlanItemLoader, async (itemIds) => {
    const vehicles = new Map((await scope.em.getRepository(ServicePlanItem).vehiclesOf(itemIds)).map((item) => [item.id, item.vehicle]));
    return itemIds.map((id) => vehicles.get(id) ?? null);
  });
