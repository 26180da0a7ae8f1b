import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import type { RequestScope } from '../request-scope.ts';
import { DefectCase, InspectionEvent, type DefectCaseStatus } from './inspection.entity.ts';
import type { DefectCaseRecord, InspectionRecord, RemediationRecord } from './inspection.repository.ts';

export type { DefectCaseRecord, InspectionRecord, RemediationRecord };

const inspectionsPageLoader = new LoaderKey<string, InspectionRecord[]>('inspections:page');
const inspectionByIdLoader = new LoaderKey<string, InspectionRecord | null>('inspections:byId');
const inspectionDocumentIdsLoader = new LoaderKey<string, string[]>('inspections:documentIds');
const caseOfInspectionLoader = new LoaderKey<string, DefectCaseRecord | null>('inspections:caseOfInspection');
const caseByIdLoader = new LoaderKey<string, DefectCaseRecord | null>('inspections:caseById');
const casesOfVehicleLoaders: Record<DefectCaseStatus | 'ALL', LoaderKey<string, DefectCaseRecord[]>> = {
  ALL: new LoaderKey('inspections:casesOfVehicle'),
  IN_PROGRESS: new LoaderKey('inspections:openCasesOfVehicle'),
  DONE: new LoaderKey('inspections:doneCasesOfVehicle'),
};
const remediationsOfCaseLoader = new LoaderKey<string, RemediationRecord[]>('inspections:remediationsOfCase');
const remediationDocumentIdsLoader = new LoaderKey<string, string[]>('inspections:remediationDocumentIds');
const vehicleOfCaseLoader = new LoaderKey<string, string | null>('inspections:vehicleOfCase');
const openCaseCountLoader = new LoaderKey<string, number>('inspections:openCaseCount');

/** One page of each vehicle's inspections, newest first: one statement per level and page. */
export const inspectionsPageOf = (scope: RequestScope, page: ResolveCursorConnectionArgs) =>
  scope.loaders.forPage(inspectionsPageLoader, page, async (vehicleIds) =>
    groupBy(vehicleIds, await scope.em.getRepository(InspectionEvent).pagesOfVehicles(vehicleIds, page), (inspection) => inspection.vehicle),
  );

export const inspectionById = (scope: RequestScope) =>
  scope.loaders.get(inspectionByIdLoader, async (ids) => {
    const found = new Map((await scope.em.getRepository(InspectionEvent).recordsByIds(ids)).map((inspection) => [inspection.id, inspection]));
    return ids.map((id) => found.get(id) ?? null);
  });

export const inspectionDocumentIdsOf = (scope: RequestScope) =>
  scope.loaders.get(inspectionDocumentIdsLoader, async (ids) =>
    groupBy(ids, await scope.em.getRepository(InspectionEvent).linksOf(ids), (link) => link.inspection).map((links) => links.map((link) => link.document)),
  );

/** The case an inspection opened (null for OK inspections). */
export const caseOfInspection = (scope: RequestScope) =>
  scope.loaders.get(caseOfInspectionLoader, async (ids) => {
    const found = new Map((await scope.em.getRepository(DefectCase).ofInspections(ids)).map((defectCase) => [defectCase.inspection, defectCase]));
    return ids.map((id) => found.get(id) ?? null);
  });

export const caseById = (scope: RequestScope) =>
  scope.loaders.get(caseByIdLoader, async (ids) => {
    const found = new Map((await scope.em.getRepository(DefectCase).recordsByIds(ids)).map((defectCase) => [defectCase.id, defectCase]));
    return ids.map((id) => found.get(id) ?? null);
  });

/** Each vehicle's cases (of one status, or all), newest first: one statement for all vehicles. */
export const casesOfVehicle = (scope: RequestScope, status: DefectCaseStatus | null) =>
  scope.loaders.get(casesOfVehicleLoaders[status ?? 'ALL'], async (vehicleIds) =>
    groupBy(vehicleIds, await scope.em.getRepository(DefectCase).ofVehicles(vehicleIds, status), (defectCase) => defectCase.vehicle),
  );

export const remediationsOfCase = (scope: RequestScope) =>
  scope.loaders.get(remediationsOfCaseLoader, async (caseIds) =>
    groupBy(caseIds, await scope.em.getRepository(DefectCase).remediationsOf(caseIds), (remediation) => remediation.defectCase),
  );

export const remediationDocumentIdsOf = (scope: RequestScope) =>
  scope.loaders.get(remediationDocumentIdsLoader, async (ids) =>
    groupBy(ids, await scope.em.getRepository(DefectCase).remediationLinksOf(ids), (link) => link.remediation).map((links) => links.map((link) => link.document)),
  );

/** The vehicle a case belongs to (null for an unknown id), for the object-level scope. */
export const vehicleOfCase = (scope: RequestScope) =>
  scope.loaders.get(vehicleOfCaseLoader, async (caseIds) => {
    const vehicles = new Map((await scope.em.getRepository(DefectCase).vehiclesOf(caseIds)).map((defectCase) => [defectCase.id, defectCase.vehicle]));
    return caseIds.map((id) => vehicles.get(id) ?? null);
  });

/**
 * How many open cases each vehicle has, for the trust engine: its own read, never shared with
 * `casesOfVehicle` (which of the two resolves first would decide a request's statements).
 */
export const openDefectCaseCountOf = (scope: RequestScope) =>
  scope.loaders.get(openCaseCountLoader, async (vehicleIds) => groupBy(vehicleIds, await scope.em.getRepository(DefectCase).openOfVehicles(vehicleIds), (row) => row.vehicle).map((rows) => rows.length));
