import type { Context } from '../context.ts';
import { groupBy, loader, placeholders } from '../db/loaders.ts';
import { preparedRead } from '../db/prepared-reads.ts';
import { ServiceEntry, type TrustLevel } from './service-entry.entity.ts';

type LoaderContext = Pick<Context, 'em' | 'loaders'>;

/** The columns of an entry version that the API reads: entities and plain rows both fit. */
export type ServiceEntryRecord = Pick<
  ServiceEntry,
  | 'id' | 'vehicle' | 'groupId' | 'version' | 'supersedes' | 'isLatest' | 'date' | 'type' | 'performedBy' | 'odometerKm'
  | 'note' | 'costCents' | 'declaredTrustLevel' | 'withdrawn' | 'withdrawalReason' | 'createdBy' | 'createdAt'
>;

interface ServiceEntryRow {
  id: string;
  vehicle_id: string;
  group_id: string;
  version: number;
  supersedes: string | null;
  is_latest: number;
  date: string;
  type: ServiceEntry['type'];
  performed_by: string;
  odometer_km: number;
  note: string | null;
  cost_cents: number | null;
  declared_trust_level: TrustLevel | null;
  withdrawn: number;
  withdrawal_reason: string | null;
  created_by_id: string;
  created_at: number;
}

/**
 * The latest version of every entry per vehicle, newest work first: one query for all vehicles.
 * Plain rows, not entities: every vehicle view and the trust summary read these, and hydrating
 * ORM entities cost ten times the query (bench/load.ts, docs/PERFORMANCE.md).
 */
export const latestEntriesOf = (context: LoaderContext) =>
  loader<string, ServiceEntryRecord[]>(context, 'entries:latestByVehicle', async (vehicleIds) => {
    const rows = await preparedRead<ServiceEntryRow>(
      context.em,
      `select * from service_entries where vehicle_id in (${placeholders(vehicleIds.length)}) and is_latest = 1
        order by date desc, created_at desc, id asc`,
      [...vehicleIds],
    );
    return groupBy(vehicleIds, rows.map(entryFromRow), (entry) => entry.vehicle);
  });

function entryFromRow(row: ServiceEntryRow): ServiceEntryRecord {
  return {
    id: row.id,
    vehicle: row.vehicle_id,
    groupId: row.group_id,
    version: row.version,
    supersedes: row.supersedes,
    isLatest: row.is_latest === 1,
    date: row.date,
    type: row.type,
    performedBy: row.performed_by,
    odometerKm: row.odometer_km,
    note: row.note,
    costCents: row.cost_cents,
    declaredTrustLevel: row.declared_trust_level,
    withdrawn: row.withdrawn === 1,
    withdrawalReason: row.withdrawal_reason,
    createdBy: row.created_by_id,
    createdAt: new Date(row.created_at),
  };
}

/** Ids of the documents linked to each entry version. */
export const linkedDocumentIdsOf = (context: LoaderContext) =>
  loader<string, string[]>(context, 'entries:linkedDocumentIds', async (entryIds) => {
    const links = await preparedRead<{ entry_id: string; document_id: string }>(
      context.em,
      `select entry_id, document_id from entry_documents where entry_id in (${placeholders(entryIds.length)}) order by document_id`,
      entryIds,
    );
    return groupBy(entryIds, links, (link) => link.entry_id).map((group) => group.map((link) => link.document_id));
  });

/** The vehicle an entry version belongs to (null for an unknown id), for the object-level scope. */
export const entryVehicleOf = (context: LoaderContext) =>
  loader<string, string | null>(context, 'entries:vehicleOfEntry', async (entryIds) => {
    const entries = await context.em.find(ServiceEntry, { id: { $in: [...entryIds] } }, { fields: ['id', 'vehicle'] });
    const vehicles = new Map(entries.map((entry) => [entry.id, entry.vehicle]));
    return entryIds.map((id) => vehicles.get(id) ?? null);
  });
