import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository, type KeysetOrder } from '../db/base.repository.ts';
import { Document } from '../documents/document.entity.ts';
import type { DocumentFactsRow } from '../documents/document.repository.ts';
import { EntryDocument } from './entry-document.entity.ts';
import type { ServiceEntry } from './service-entry.entity.ts';

/** The columns of an entry version that the API reads (read model): entities and plain rows both fit. */
export type ServiceEntryRecord = Pick<
  ServiceEntry,
  | 'id' | 'vehicle' | 'groupId' | 'version' | 'supersedes' | 'isLatest' | 'date' | 'type' | 'performedBy' | 'odometerKm' | 'odometerReplaced'
  | 'note' | 'costCents' | 'declaredTrustLevel' | 'withdrawn' | 'withdrawalReason' | 'createdBy' | 'createdAt' | 'firstRecordedAt' | 'confirmedByWorkshop' | 'imported'
>;

const RECORD_FIELDS = [
  'id', 'vehicle', 'groupId', 'version', 'supersedes', 'isLatest', 'date', 'type', 'performedBy', 'odometerKm', 'odometerReplaced',
  'note', 'costCents', 'declaredTrustLevel', 'withdrawn', 'withdrawalReason', 'createdBy', 'createdAt', 'firstRecordedAt', 'confirmedByWorkshop', 'imported',
] as const satisfies readonly (keyof ServiceEntryRecord)[];

export class ServiceEntryRepository extends BaseRepository<ServiceEntry> {
  /**
   * Newest work first: by date, then the time the entry was first recorded, then its group. A
   * revision keeps all three, so it keeps the entry's place in the timeline and in a client's paging.
   */
  private readonly newestWorkFirst: KeysetOrder = {
    timeField: 'firstRecordedAt',
    order: 'newest-first',
    tieField: 'groupId',
    leading: { field: 'date', at: async (groupId) => (await this.fieldOf('date', { groupId, isLatest: true }))?.date },
  };

  /** The latest version of every entry of these vehicles, newest work first. One statement, built once per batch size. */
  latestOfVehicles(vehicleIds: readonly string[]): Promise<ServiceEntryRecord[]> {
    return this.templateRows<ServiceEntryRecord>('latestOfVehicles', vehicleIds, (ids) =>
      this.createQueryBuilder('e')
        .select([...RECORD_FIELDS])
        .where({ vehicle: { $in: [...ids] }, isLatest: true })
        .orderBy([{ date: 'desc' }, { firstRecordedAt: 'desc' }, { groupId: 'desc' }]),
    );
  }

  /** One page of each vehicle's latest entries (newest work first), for all vehicles in one statement. */
  async latestPagesOfVehicles(vehicleIds: readonly string[], page: ResolveCursorConnectionArgs): Promise<ServiceEntryRecord[]> {
    return (await this.pagesPerParent('latestPagesOfVehicles', 'vehicle', RECORD_FIELDS, vehicleIds, { isLatest: true }, page, this.newestWorkFirst)) as ServiceEntryRecord[];
  }

  /** One page of every version of an entry group, oldest version first. */
  pageOfGroup(groupId: string, page: ResolveCursorConnectionArgs): Promise<ServiceEntry[]> {
    return this.findPage({ groupId }, page, {
      timeField: 'createdAt',
      order: 'oldest-first',
      leading: { field: 'version', at: async (id) => (await this.fieldOf('version', { id, groupId }))?.version },
    });
  }

  /** One column of an entry version as a plain row (a cursor's position; no entity enters the identity map). */
  private async fieldOf<F extends 'date' | 'version'>(field: F, where: { id: string; groupId: string } | { groupId: string; isLatest: true }): Promise<Pick<ServiceEntry, F> | undefined> {
    const [row] = await this.rows<Pick<ServiceEntry, F>>(this.createQueryBuilder('e').select([field]).where(where));
    return row;
  }

  groupOf(entryId: string): Promise<Pick<ServiceEntry, 'id' | 'groupId'> | null> {
    return this.findOne({ id: entryId }, { fields: ['groupId'] });
  }

  /** Entry ids and their vehicles, for the object-level scopes. */
  vehiclesOf(entryIds: readonly string[]): Promise<Pick<ServiceEntry, 'id' | 'vehicle'>[]> {
    return this.find({ id: { $in: [...entryIds] } }, { fields: ['id', 'vehicle'] });
  }

  /** Entries of a vehicle among these ids, with whether each is the latest version. */
  ofVehicle(vehicleId: string, entryIds: readonly string[]): Promise<Pick<ServiceEntry, 'id' | 'isLatest'>[]> {
    return this.find({ id: { $in: [...entryIds] }, vehicle: vehicleId }, { fields: ['id', 'isLatest'] });
  }

  /** Marks a version as no longer the latest. */
  async supersede(entryId: string): Promise<void> {
    await this.nativeUpdate({ id: entryId }, { isLatest: false });
  }

  /** The document links of entry versions, ordered by document id. */
  linksOf(entryIds: readonly string[]): Promise<{ entry: string; document: string }[]> {
    return this.templateRows('linksOf', entryIds, (ids) =>
      this.manager.createQueryBuilder(EntryDocument, 'l').select(['entry', 'document']).where({ entry: { $in: [...ids] } }).orderBy({ document: 'asc' }),
    );
  }

  /** The documents linked to entry versions, with their trust facts (`entryId`: the version linking them), ordered by document id. */
  linkedDocumentsOf(entryIds: readonly string[]): Promise<(DocumentFactsRow & { entryId: string })[]> {
    return this.templateRows(
      'linkedDocumentsOf',
      entryIds,
      (ids) =>
        this.manager
          .createQueryBuilder(EntryDocument, 'l')
          .select(['l.entry as entryId'])
          // `document` maps to its key in the entity type, so the relation path is untyped here.
          .join('l.document' as never, 'd')
          .addSelect(['d.id', 'd.vehicle', 'd.approvalStatus', 'd.scanStatus', 'd.piiStatus', 'd.sha256', 'd.deletedAt'] as never)
          .where({ entry: { $in: [...ids] } })
          .orderBy({ document: 'asc' }),
      { mapAs: Document },
    );
  }

  /** Every version of every entry of the vehicle, by group and version (the full export). */
  allVersionsOfVehicle(vehicleId: string): Promise<ServiceEntry[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { groupId: 'asc', version: 'asc' } });
  }

  /**
   * The document links of every entry version of these vehicles, ordered by document id: one
   * statement per batch of vehicles, not a list of every entry id. All versions, not only the
   * latest: links never change once written, so whichever latest versions a read just before
   * saw, their links are here, even if a revision landed in between.
   */
  linksOfVehicles(vehicleIds: readonly string[]): Promise<{ entry: string; document: string }[]> {
    return this.templateRows('linksOfVehicles', vehicleIds, (ids) =>
      this.manager.createQueryBuilder(EntryDocument, 'l').select(['entry', 'document']).join('l.entry' as never, 'e').where({ 'e.vehicle': { $in: [...ids] } } as never).orderBy({ document: 'asc' }),
    );
  }
}
