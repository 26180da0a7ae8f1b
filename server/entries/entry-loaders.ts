import type { Context } from '../context.ts';
import { groupBy, loader } from '../db/loaders.ts';
import { EntryDocument } from './entry-document.entity.ts';
import { ServiceEntry } from './service-entry.entity.ts';

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

/** Ids of the documents linked to each entry version. */
export const linkedDocumentIdsOf = (context: LoaderContext) =>
  loader<string, string[]>(context, 'entries:linkedDocumentIds', async (entryIds) => {
    const links = await context.em.find(EntryDocument, { entry: { $in: [...entryIds] } }, { orderBy: { document: 'asc' } });
    return groupBy(entryIds, links, (link) => link.entry).map((group) => group.map((link) => link.document));
  });

/** The vehicle an entry version belongs to (null for an unknown id), for the object-level scope. */
export const entryVehicleOf = (context: LoaderContext) =>
  loader<string, string | null>(context, 'entries:vehicleOfEntry', async (entryIds) => {
    const entries = await context.em.find(ServiceEntry, { id: { $in: [...entryIds] } }, { fields: ['id', 'vehicle'] });
    const vehicles = new Map(entries.map((entry) => [entry.id, entry.vehicle]));
    return entryIds.map((id) => vehicles.get(id) ?? null);
  });
