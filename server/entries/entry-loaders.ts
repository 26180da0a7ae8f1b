import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { groupBy, loader } from '../db/loaders.ts';
import type { ServiceEntryRecord } from './entry.repository.ts';
import { ServiceEntry } from './service-entry.entity.ts';

export type { ServiceEntryRecord };

type LoaderContext = Pick<Context, 'em' | 'loaders'>;

/**
 * The latest version of every entry per vehicle, newest work first: one query for all vehicles.
 * Plain rows, not entities: the trust summary reads these, and hydrating ORM entities cost ten
 * times the query (bench/load.ts, docs/PERFORMANCE.md).
 */
export const latestEntriesOf = (context: LoaderContext) =>
  loader<string, ServiceEntryRecord[]>(context, 'entries:latestByVehicle', async (vehicleIds) =>
    groupBy(vehicleIds, await context.em.getRepository(ServiceEntry).latestOfVehicles(vehicleIds), (entry) => entry.vehicle),
  );

/** One page of each vehicle's latest entries (`vehicle.entries`), paged in the database: one query per level and page. */
export const latestEntriesPageOf = (context: LoaderContext, page: ResolveCursorConnectionArgs) =>
  loader<string, ServiceEntryRecord[]>(context, `entries:latestPage:${JSON.stringify([page.after, page.before, page.limit, page.inverted])}`, async (vehicleIds) =>
    groupBy(vehicleIds, await context.em.getRepository(ServiceEntry).latestPagesOfVehicles(vehicleIds, page), (entry) => entry.vehicle),
  );

/** Ids of the documents linked to each entry version. */
export const linkedDocumentIdsOf = (context: LoaderContext) =>
  loader<string, string[]>(context, 'entries:linkedDocumentIds', async (entryIds) => {
    const links = await context.em.getRepository(ServiceEntry).linksOf(entryIds);
    return groupBy(entryIds, links, (link) => link.entry).map((group) => group.map((link) => link.document));
  });

/** The vehicle an entry version belongs to (null for an unknown id), for the object-level scope. */
export const entryVehicleOf = (context: LoaderContext) =>
  loader<string, string | null>(context, 'entries:vehicleOfEntry', async (entryIds) => {
    const entries = await context.em.getRepository(ServiceEntry).vehiclesOf(entryIds);
    const vehicles = new Map(entries.map((entry) => [entry.id, entry.vehicle]));
    return entryIds.map((id) => vehicles.get(id) ?? null);
  });
