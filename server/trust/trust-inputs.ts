import type { RequestScope } from '../request-scope.ts';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import { Document } from '../documents/document.entity.ts';
import { latestEntriesOf, latestLinksOf } from '../entries/entry-loaders.ts';
import { openDefectCaseCountOf } from '../inspections/inspection-loaders.ts';
import type { AccidentStatus, Vehicle } from '../vehicles/vehicle.entity.ts';
import type { DocumentFacts, TrustInput } from './trust.ts';

const trustDocumentsByVehicleLoader = new LoaderKey<string, DocumentFacts[]>('trust:documentsByVehicle');


/** The trust-relevant columns of every document per vehicle (never names or storage keys), as plain rows. */
export const documentFactsOf = (scope: RequestScope) =>
  scope.loaders.get(trustDocumentsByVehicleLoader, async (vehicleIds) => {
    const rows = await scope.em.getRepository(Document).factsOfVehicles(vehicleIds);
    return groupBy(vehicleIds, rows, (row) => row.vehicle).map((group) =>
      group.map(({ id, approvalStatus, scanStatus, piiStatus, sha256, deletedAt }) => ({ id, approvalStatus, scanStatus, piiStatus, sha256, deletedAt })),
    );
  });

/**
 * Gathers what the trust engine needs for one vehicle through request-scoped loaders, so a list
 * of vehicles costs four queries in total (entries, their links, documents, open defect cases),
 * not four per vehicle.
 */
export async function trustInputFor(
  scope: RequestScope,
  vehicle: Pick<Vehicle, 'id' | 'accidentStatus' | 'accidentTrustCompleted' | 'physicalServiceBook'>,
): Promise<TrustInput> {
  const [entries, documents, openDefectCases] = await Promise.all([
    latestEntriesOf(scope).load(vehicle.id),
    documentFactsOf(scope).load(vehicle.id),
    openDefectCaseCountOf(scope).load(vehicle.id),
  ]);
  // After the entries: links are written with their entry, so this read holds all of theirs.
  const links = await latestLinksOf(scope).load(vehicle.id);
  return {
    vehicle: {
      accidentStatus: vehicle.accidentStatus as AccidentStatus,
      accidentTrustCompleted: vehicle.accidentTrustCompleted as boolean,
      physicalServiceBook: vehicle.physicalServiceBook as boolean,
    },
    entries: entries.map((entry) => ({
      date: entry.date,
      type: entry.type,
      performedBy: entry.performedBy,
      odometerKm: entry.odometerKm,
      odometerReplaced: entry.odometerReplaced ?? false,
      withdrawn: entry.withdrawn,
      linkedDocumentIds: links.get(entry.id) ?? [],
    })),
    documents,
    openDefectCases,
  };
}
