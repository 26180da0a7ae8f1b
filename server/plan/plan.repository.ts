import { BaseRepository } from '../db/base.repository.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import type { DueEntry } from './due.ts';
import type { ServicePlanItem } from './plan.entity.ts';

/** The columns of a plan item the API reads: entities and plain rows both fit. */
export type ServicePlanItemRecord = Pick<ServicePlanItem, 'id' | 'vehicle' | 'kind' | 'title' | 'intervalMonths' | 'intervalKm' | 'satisfiedBy' | 'createdAt'>;
const ITEM_FIELDS = ['id', 'vehicle', 'kind', 'title', 'intervalMonths', 'intervalKm', 'satisfiedBy', 'createdAt'] as const;

export class ServicePlanItemRepository extends BaseRepository<ServicePlanItem> {
  /** The items of these vehicles, oldest first. One statement, built once per batch size. */
  ofVehicles(vehicleIds: readonly string[]): Promise<ServicePlanItemRecord[]> {
    return this.templateRows<ServicePlanItemRecord>('ofVehicles', vehicleIds, (ids) =>
      this.createQueryBuilder('i').select([...ITEM_FIELDS]).where({ vehicle: { $in: [...ids] } }).orderBy([{ createdAt: 'asc' }, { id: 'asc' }]),
    );
  }

  /** The items of one vehicle as entities (inside the transaction that holds the vehicle's lock). */
  allOfVehicle(vehicleId: string): Promise<ServicePlanItem[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Item ids and their vehicles, for the object-level scopes. */
  vehiclesOf(itemIds: readonly string[]): Promise<Pick<ServicePlanItem, 'id' | 'vehicle'>[]> {
    return this.find({ id: { $in: [...itemIds] } }, { fields: ['id', 'vehicle'] });
  }

  /**
   * What the due computation reads of these vehicles' entries: the latest version of every not
   * withdrawn entry, in timeline order (oldest first). One statement, built once per batch size.
   */
  dueEntriesOf(vehicleIds: readonly string[]): Promise<(DueEntry & { vehicle: string })[]> {
    return this.templateRows('dueEntriesOf', vehicleIds, (ids) =>
      this.manager
        .createQueryBuilder(ServiceEntry, 'e')
        .select(['vehicle', 'date', 'type', 'odometerKm', 'odometerReplaced'])
        .where({ vehicle: { $in: [...ids] }, isLatest: true, withdrawn: false })
        .orderBy([{ date: 'asc' }, { firstRecordedAt: 'asc' }, { groupId: 'asc' }]),
    );
  }

  /** The first registration dates of these vehicles (unknown ids are left out). */
  firstRegistrationsOf(vehicleIds: readonly string[]): Promise<Pick<Vehicle, 'id' | 'firstRegistration'>[]> {
    return this.templateRows('firstRegistrationsOf', vehicleIds, (ids) => this.manager.createQueryBuilder(Vehicle, 'v').select(['id', 'firstRegistration']).where({ id: { $in: [...ids] } }));
  }
}
