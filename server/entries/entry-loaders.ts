import type { Context } from '../context.ts';
import { groupBy, loader, placeholders } from '../db/loaders.ts';
import type { EntryFacts } from '../trust/trust.ts';
import { ServiceEntry, type TrustLevel } from './service-entry.entity.ts';

type LoaderContext = Pick<Context, 'em' | 'loaders'>;

/** The latest version of every entry per vehicle, newest work first: one query for all vehicles. */
export const latestEntriesOf = (context: LoaderContext) =>
  loader<string, ServiceEntry[]>(context, 'entries:latestByVehicle', async (vehicleIds) => {
    const entries = await context.em.find(
      ServiceEntry,
      { vehicle: { $in: [...vehicleIds] }, isLatest: true },
      { orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }] },
    );
    return groupBy(vehicleIds, entries, (entry) => entry.vehicle);
  });

interface EntryFactsRow {
  id: string;
  vehicle_id: string;
  date: string;
  type: string;
  performed_by: string;
  odometer_km: number;
  declared_trust_level: TrustLevel | null;
  withdrawn: number;
}

/**
 * The same latest entries as plain facts for the trust engine (no entities): the trust summary is
 * on every vehicle view and on the public page, the hottest read of all.
 */
export const latestEntryFactsOf = (context: LoaderContext) =>
  loader<string, (Omit<EntryFacts, 'linkedDocumentIds'> & { id: string })[]>(context, 'entries:latestFactsByVehicle', async (vehicleIds) => {
    const rows = await context.em.getConnection().execute<EntryFactsRow[]>(
      `select id, vehicle_id, date, type, performed_by, odometer_km, declared_trust_level, withdrawn from service_entries
        where vehicle_id in (${placeholders(vehicleIds.length)}) and is_latest = 1 order by date desc, created_at desc, id asc`,
      [...vehicleIds],
    );
    return groupBy(vehicleIds, rows, (row) => row.vehicle_id).map((group) =>
      group.map((row) => ({
        id: row.id,
        date: row.date,
        type: row.type,
        performedBy: row.performed_by,
        odometerKm: row.odometer_km,
        declaredTrustLevel: row.declared_trust_level,
        withdrawn: row.withdrawn === 1,
      })),
    );
  });

/** Ids of the documents linked to each entry version. */
export const linkedDocumentIdsOf = (context: LoaderContext) =>
  loader<string, string[]>(context, 'entries:linkedDocumentIds', async (entryIds) => {
    const links = await context.em
      .getConnection()
      .execute<{ entry_id: string; document_id: string }[]>(
        `select entry_id, document_id from entry_documents where entry_id in (${placeholders(entryIds.length)}) order by document_id`,
        [...entryIds],
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
