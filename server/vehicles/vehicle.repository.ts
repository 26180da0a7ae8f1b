import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository, keysetPage } from '../db/base.repository.ts';
import { PublicShare } from '../sharing/public-share.entity.ts';
import { sharingStateOf, type SharingColumns, type SharingState } from '../sharing/sharing.repository.ts';
import type { Vehicle } from './vehicle.entity.ts';

/**
 * What the API reads of a vehicle (read model). Entities fit, and so do the plain rows the read
 * paths load (`recordsByIds`, `pageOfOwners`): hydrating entities cost more than the queries.
 */
export type VehicleRecord = Pick<
  Vehicle,
  | 'id' | 'owner' | 'vinMasked' | 'make' | 'model' | 'buildYear' | 'vehicleClass' | 'nickname' | 'accidentStatus'
  | 'accidentTrustCompleted' | 'physicalServiceBook' | 'interestedInSelling' | 'createdAt' | 'firstRegistration'
>;

const RECORD_FIELDS = [
  'id', 'owner', 'vinMasked', 'make', 'model', 'buildYear', 'vehicleClass', 'nickname', 'accidentStatus',
  'accidentTrustCompleted', 'physicalServiceBook', 'interestedInSelling', 'createdAt', 'firstRegistration',
] as const satisfies readonly (keyof VehicleRecord)[];

export class VehicleRepository extends BaseRepository<Vehicle> {
  countOwnedBy(userId: string): Promise<number> {
    return this.count({ owner: userId });
  }

  /** Vehicles registered under any of the VIN's HMAC candidates (one per key version). */
  countByVinHmac(candidates: readonly string[]): Promise<number> {
    return this.count({ vinHmac: { $in: [...candidates] } });
  }

  /** Vehicles by id as plain records, in no particular order; unknown ids are left out. Built once per batch size. */
  recordsByIds(ids: readonly string[]): Promise<VehicleRecord[]> {
    return this.templateRows<VehicleRecord>('recordsByIds', ids, (values) => this.createQueryBuilder('v').select([...RECORD_FIELDS]).where({ id: { $in: [...values] } }));
  }

  /**
   * The vehicles of any of these owners (the actor, and for org staff their businesses' owners),
   * oldest first, one page, as plain records with their sharing state (read in the same statement).
   */
  async pageOfOwners(ownerIds: readonly string[], page: ResolveCursorConnectionArgs): Promise<(VehicleRecord & { sharing: SharingState })[]> {
    const { where, orderBy, limit } = await keysetPage<Vehicle>({ owner: { $in: [...ownerIds] } }, page, { timeField: 'createdAt', order: 'oldest-first' });
    const query = (condition: object) =>
      this.createQueryBuilder('v')
        .select([...RECORD_FIELDS, ...this.manager.getRepository(PublicShare).sharingColumns('v')] as never)
        .where(condition as never)
        .orderBy(orderBy as never)
        .limit(limit);
    type Row = VehicleRecord & SharingColumns;
    const rows = page.after || page.before
      ? await this.rows<Row>(query(where))
      // Every vehicle list starts with a first page: its query is built once per size, direction and number of owners.
      : await this.templateRows<Row>(`firstPageOfOwners:${page.inverted}:${limit}`, ownerIds, (owners) => query({ owner: { $in: [...owners] } }));
    return rows.map(({ liveShares, viewVersion, ...vehicle }) => ({ ...vehicle, sharing: sharingStateOf({ liveShares, viewVersion }) }));
  }

  /** Every vehicle of the owner as plain records, oldest first (the due list of all own vehicles). */
  recordsOfOwner(ownerId: string): Promise<VehicleRecord[]> {
    return this.templateRows<VehicleRecord>('recordsOfOwner', [ownerId], ([owner]) =>
      this.createQueryBuilder('v').select([...RECORD_FIELDS]).where({ owner }).orderBy([{ createdAt: 'asc' }, { id: 'asc' }]),
    );
  }

  /** The owner's vehicles as entities, oldest first (exports). */
  allOfOwner(ownerId: string): Promise<Vehicle[]> {
    return this.find({ owner: ownerId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The vehicles of these owners as entities (the reminder digest). */
  allOfOwners(ownerIds: readonly string[]): Promise<Vehicle[]> {
    return this.find({ owner: { $in: [...ownerIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** The vehicle registered under any of the VIN's HMAC candidates (one per key version). */
  byVinHmac(candidates: readonly string[]): Promise<Vehicle | null> {
    return this.findOne({ vinHmac: { $in: [...candidates] } });
  }
}
