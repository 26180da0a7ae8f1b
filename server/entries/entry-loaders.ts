import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { RequestScope } from '../request-scope.ts';
import { groupBy, LoaderKey, type Loaders } from '../db/loaders.ts';
import type { ServiceEntryRecord } from './entry.repository.ts';
import { ServiceEntry } from './service-entry.entity.ts';

const entriesLatestByVehicleLoader = new LoaderKey<string, ServiceEntryRecord[]>('entries:latestByVehicle');
const entriesLatestPageLoader = new LoaderKey<string, ServiceEntryRecord[]>('entries:latestPage');
const entriesLinkedDocumentIdsLoader = new LoaderKey<string, string[]>('entries:linkedDocumentIds');
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

/** Vehicles whose whole latest list this request loads anyway (the trust summary), per request. */
const wholeLists = new WeakMap<Loaders, Set<string>>();
const wholeListsOf = (scope: RequestScope): Set<string> => {
  let vehicles = wholeLists.get(scope.loaders);
  if (!vehicles) wholeLists.set(scope.loaders, (vehicles = new Set()));
  return vehicles;
};

/** The whole latest list of a vehicle (`latestEntriesOf`), noted so a first page in the same request needs no query of its own. */
export function wholeLatestEntriesOf(scope: RequestScope, vehicleId: string): Promise<ServiceEntryRecord[]> {
  wholeListsOf(scope).add(vehicleId);
  return latestEntriesOf(scope).load(vehicleId);
}

/**
 * One page of each vehicle's latest entries (`vehicle.entries`), paged in the database: one query
 * per level and page. A first page of a vehicle whose whole list the same request loads anyway
 * (its trust summary) is that list's head, not another query.
 */
export const latestEntriesPageOf = (scope: RequestScope, page: ResolveCursorConnectionArgs) =>
  scope.loaders.forPage(entriesLatestPageLoader, page, async (vehicleIds) => {
    const firstPage = !page.after && !page.before && !page.inverted;
    const whole = firstPage ? vehicleIds.filter((id) => wholeListsOf(scope).has(id)) : [];
    const rest = vehicleIds.filter((id) => !whole.includes(id));
    const [wholeLists, pages] = await Promise.all([
      latestEntriesOf(scope).loadMany(whole),
      rest.length > 0 ? scope.em.getRepository(ServiceEntry).latestPagesOfVehicles(rest, page) : [],
    ]);
    const heads = new Map(whole.map((id, index) => [id, wholeLists[index]]));
    const groups = groupBy(rest, pages, (entry) => entry.vehicle);
    const paged = new Map(rest.map((id, index) => [id, groups[index]!]));
    return vehicleIds.map((id) => {
      const list = heads.get(id);
      if (list instanceof Error) throw list;
      return list ? list.slice(0, page.limit) : paged.get(id)!;
    });
  });

/** Ids of the documents linked to each entry version. */
export const linkedDocumentIdsOf = (scope: RequestScope) =>
  scope.loaders.get(entriesLinkedDocumentIdsLoader, async (entryIds) => {
    const links = await scope.em.getRepository(ServiceEntry).linksOf(entryIds);
    return groupBy(entryIds, links, (link) => link.entry).map((group) => group.map((link) => link.document));
  });

/**
 * The linked document ids of every latest entry of a vehicle, by entry id: one statement per batch
 * of vehicles instead of a list of all their entry ids (200 for a page of 10 vehicles). Primes
 * `linkedDocumentIdsOf`, so the entries' own fields find their links without a query.
 */
export const latestLinksOf = (scope: RequestScope) =>
  scope.loaders.get(entriesLatestLinksByVehicleLoader, async (vehicleIds) => {
    // The entries first: their links are written with them, so a later read holds them all.
    const lists = await latestEntriesOf(scope).loadMany(vehicleIds);
    const byEntry = new Map<string, string[]>();
    for (const link of await scope.em.getRepository(ServiceEntry).linksOfVehicles(vehicleIds)) {
      const documents = byEntry.get(link.entry);
      if (documents) documents.push(link.document);
      else byEntry.set(link.entry, [link.document]);
    }
    const perEntry = linkedDocumentIdsOf(scope);
    return lists.map((list) => {
      if (list instanceof Error) throw list;
      return new Map(
        list.map((entry) => {
          const documents = byEntry.get(entry.id) ?? [];
          perEntry.prime(entry.id, documents);
          return [entry.id, documents];
        }),
      );
    });
  });

/**
 * The documents linked to an entry version. For a latest version whose vehicle's whole list this
 * request loads anyway (its trust summary), they come with that list's links, not a read by ids.
 */
export async function linkedDocumentIdsOfEntry(scope: RequestScope, entry: Pick<ServiceEntryRecord, 'id' | 'vehicle' | 'isLatest'>): Promise<string[]> {
  if (entry.isLatest && wholeListsOf(scope).has(entry.vehicle)) {
    const documents = (await latestLinksOf(scope).load(entry.vehicle)).get(entry.id);
    if (documents) return documents;
  }
  return linkedDocumentIdsOf(scope).load(entry.id);
}

/** The vehicle an entry version belongs to (null for an unknown id), for the object-level scope. */
export const entryVehicleOf = (scope: RequestScope) =>
  scope.loaders.get(entriesVehicleOfEntryLoader, async (entryIds) => {
    const entries = await scope.em.getRepository(ServiceEntry).vehiclesOf(entryIds);
    const vehicles = new Map(entries.map((entry) => [entry.id, entry.vehicle]));
    return entryIds.map((id) => vehicles.get(id) ?? null);
  });
