import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { RequestScope } from '../request-scope.ts';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import type { DocumentFactsRow } from '../documents/document.repository.ts';
import type { ServiceEntryRecord } from './entry.repository.ts';
import { ServiceEntry } from './service-entry.entity.ts';

const entriesLatestByVehicleLoader = new LoaderKey<string, ServiceEntryRecord[]>('entries:latestByVehicle');
const entriesLatestPageLoader = new LoaderKey<string, ServiceEntryRecord[]>('entries:latestPage');
const entriesLinkedDocumentsLoader = new LoaderKey<string, DocumentFactsRow[]>('entries:linkedDocuments');
const entriesLatestLinksByVehicleLoader = new LoaderKey<string, ReadonlyMap<string, string[]>>('entries:latestLinksByVehicle');
const entriesVehicleOfEntryLoader = new LoaderKey<string, string | null>('entries:vehicleOfEntry');

export type { ServiceEntryRecord };


/**
 * The latest version of every entry per vehicle, newest work first: one query for all vehicles.
 * Plain rows, not entities: the trust summary reads these, and hydrating ORM entities cost ten
 * times the query (bench/load.ts, docs/PERFORMANCE.md).
 */
export const latestEntriesOf = (scope: RequestScope) =>
  scope.loaders.get(entriesLatestByVehicleLoader, async (vehicleIds) =>
    groupBy(vehicleIds, await scope.em.getRepository(ServiceEntry).latestOfVehicles(vehicleIds), (entry) => entry.vehicle),
  );

/**
 * One page of each vehicle's latest entries (`vehicle.entries`), paged in the database: one query
 * per level and page.
 */
export const latestEntriesPageOf = (scope: RequestScope, page: ResolveCursorConnectionArgs) =>
  scope.loaders.forPage(entriesLatestPageLoader, page, async (vehicleIds) =>
    groupBy(vehicleIds, await scope.em.getRepository(ServiceEntry).latestPagesOfVehicles(vehicleIds, page), (entry) => entry.vehicle),
  );

/**
 * The documents linked to each entry version, by document id, with their trust facts (enough for
 * the entry's effective trust level without reading all of the vehicle's documents). Always its own
 * read by entry ids, never the trust summary's link read of the same request: which of the two
 * resolves first depends on timing, and a request's statements must not.
 */
export const linkedDocumentsOf = (scope: RequestScope) =>
  scope.loaders.get(entriesLinkedDocumentsLoader, async (entryIds) =>
    groupBy(entryIds, await scope.em.getRepository(ServiceEntry).linkedDocumentsOf(entryIds), (document) => document.entryId),
  );

/**
 * The linked document ids of every latest entry of a vehicle, by entry id, for the trust engine:
 * one statement per batch of vehicles instead of a list of all their entry ids (200 for a page of
 * 10 vehicles). Callers load the entries first (`latestEntriesOf`): links are written with their
 * entry, so this later read holds them all.
 */
export const latestLinksOf = (scope: RequestScope) =>
  scope.loaders.get(entriesLatestLinksByVehicleLoader, async (vehicleIds) => {
    const byEntry = new Map<string, string[]>();
    for (const link of await scope.em.getRepository(ServiceEntry).linksOfVehicles(vehicleIds)) {
      const documents = byEntry.get(link.entry);
      if (documents) documents.push(link.document);
      else byEntry.set(link.entry, [link.document]);
    }
    // One map for the whole batch: entry ids are unique across vehicles.
    return vehicleIds.map(() => byEntry);
  });

/** The vehicle an entry version belongs to (null for an unknown id), for the object-level scope. */
export const entryVehicleOf = (scope: RequestScope) =>
  scope.loaders.get(entriesVehicleOfEntryLoader, async (entryIds) => {
    const entries = await scope.em.getRepository(ServiceEntry).vehiclesOf(entryIds);
    const vehicles = new Map(entries.map((entry) => [entry.id, entry.vehicle]));
    return entryIds.map((id) => vehicles.get(id) ?? null);
  });
