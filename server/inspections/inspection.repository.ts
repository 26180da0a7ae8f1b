import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository, type KeysetOrder } from '../db/base.repository.ts';
import type { DefectCase, DefectCaseStatus, InspectionEvent, Remediation } from './inspection.entity.ts';
import { InspectionDocument, Remediation as RemediationEntity, RemediationDocument } from './inspection.entity.ts';

/** The columns of an inspection the API reads: entities and plain rows both fit. */
export type InspectionRecord = Pick<
  InspectionEvent,
  'id' | 'vehicle' | 'source' | 'result' | 'title' | 'summary' | 'details' | 'occurredAt' | 'odometerKm' | 'createdBy' | 'createdAt'
>;
export type DefectCaseRecord = Pick<DefectCase, 'id' | 'vehicle' | 'inspection' | 'status' | 'summary' | 'openedAt' | 'closedAt' | 'closedBy'>;
export type RemediationRecord = Pick<Remediation, 'id' | 'defectCase' | 'vehicle' | 'result' | 'title' | 'summary' | 'occurredAt' | 'odometerKm' | 'createdBy' | 'createdAt'>;

const INSPECTION_FIELDS = ['id', 'vehicle', 'source', 'result', 'title', 'summary', 'details', 'occurredAt', 'odometerKm', 'createdBy', 'createdAt'] as const;
const CASE_FIELDS = ['id', 'vehicle', 'inspection', 'status', 'summary', 'openedAt', 'closedAt', 'closedBy'] as const;
const REMEDIATION_FIELDS = ['id', 'defectCase', 'vehicle', 'result', 'title', 'summary', 'occurredAt', 'odometerKm', 'createdBy', 'createdAt'] as const;

/** Newest first by when the inspection happened, then id (the cursor holds both). */
const NEWEST_FIRST: KeysetOrder = { timeField: 'occurredAt', order: 'newest-first' };

export class InspectionRepository extends BaseRepository<InspectionEvent> {
  /** One page of each vehicle's inspections, newest first, for all vehicles in one statement. */
  async pagesOfVehicles(vehicleIds: readonly string[], page: ResolveCursorConnectionArgs): Promise<InspectionRecord[]> {
    return (await this.pagesPerParent('pagesOfVehicles', 'vehicle', INSPECTION_FIELDS, vehicleIds, {}, page, NEWEST_FIRST)) as InspectionRecord[];
  }

  recordsByIds(ids: readonly string[]): Promise<InspectionRecord[]> {
    return this.templateRows<InspectionRecord>('recordsByIds', ids, (values) => this.createQueryBuilder('i').select([...INSPECTION_FIELDS]).where({ id: { $in: [...values] } }));
  }

  /** The document links of these inspections, by document id. */
  linksOf(inspectionIds: readonly string[]): Promise<{ inspection: string; document: string }[]> {
    return this.templateRows('linksOf', inspectionIds, (ids) =>
      this.manager.createQueryBuilder(InspectionDocument, 'l').select(['inspection', 'document']).where({ inspection: { $in: [...ids] } }).orderBy({ document: 'asc' }),
    );
  }

  /** Every inspection of the vehicle, oldest first (exports). */
  allOfVehicle(vehicleId: string): Promise<InspectionEvent[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  }

  /** The document links of every inspection of the vehicle (exports). */
  linksOfVehicle(vehicleId: string): Promise<{ inspection: string; document: string }[]> {
    return this.rows(
      this.manager.createQueryBuilder(InspectionDocument, 'l').select(['inspection', 'document']).join('l.inspection' as never, 'i').where({ 'i.vehicle': vehicleId } as never).orderBy({ document: 'asc' }),
    );
  }
}

export class DefectCaseRepository extends BaseRepository<DefectCase> {
  /** The cases of these vehicles (of one status, or all), newest first. */
  ofVehicles(vehicleIds: readonly string[], status: DefectCaseStatus | null): Promise<DefectCaseRecord[]> {
    return this.templateRows<DefectCaseRecord>(`ofVehicles:${status ?? 'all'}`, vehicleIds, (ids) =>
      this.createQueryBuilder('c')
        .select([...CASE_FIELDS])
        .where({ vehicle: { $in: [...ids] }, ...(status ? { status } : {}) })
        .orderBy([{ openedAt: 'desc' }, { id: 'desc' }]),
    );
  }

  recordsByIds(ids: readonly string[]): Promise<DefectCaseRecord[]> {
    return this.templateRows<DefectCaseRecord>('recordsByIds', ids, (values) => this.createQueryBuilder('c').select([...CASE_FIELDS]).where({ id: { $in: [...values] } }));
  }

  /** The vehicles among these with an open case, once per open case (the trust input). */
  openOfVehicles(vehicleIds: readonly string[]): Promise<Pick<DefectCase, 'vehicle'>[]> {
    return this.templateRows('openOfVehicles', vehicleIds, (ids) => this.createQueryBuilder('c').select(['vehicle']).where({ vehicle: { $in: [...ids] }, status: 'IN_PROGRESS' }));
  }

  /** The case each of these inspections opened (NOT_OK ones only have one). */
  ofInspections(inspectionIds: readonly string[]): Promise<DefectCaseRecord[]> {
    return this.templateRows<DefectCaseRecord>('ofInspections', inspectionIds, (ids) => this.createQueryBuilder('c').select([...CASE_FIELDS]).where({ inspection: { $in: [...ids] } }));
  }

  /** Case ids and their vehicles, for the object-level scopes. */
  vehiclesOf(caseIds: readonly string[]): Promise<Pick<DefectCase, 'id' | 'vehicle'>[]> {
    return this.find({ id: { $in: [...caseIds] } }, { fields: ['id', 'vehicle'] });
  }

  /** Closes an open case; false when it was no longer open (the caller holds its lock, so it never is). */
  async close(caseId: string, remediationId: string, at: Date): Promise<boolean> {
    return (await this.nativeUpdate({ id: caseId, status: 'IN_PROGRESS' }, { status: 'DONE', closedAt: at, closedBy: remediationId })) === 1;
  }

  /** The remediations of these cases, oldest first. */
  remediationsOf(caseIds: readonly string[]): Promise<RemediationRecord[]> {
    return this.templateRows<RemediationRecord>('remediationsOf', caseIds, (ids) =>
      this.manager.createQueryBuilder(RemediationEntity, 'r').select([...REMEDIATION_FIELDS]).where({ defectCase: { $in: [...ids] } }).orderBy([{ occurredAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }]),
    );
  }

  /** The document links of these remediations, by document id. */
  remediationLinksOf(remediationIds: readonly string[]): Promise<{ remediation: string; document: string }[]> {
    return this.templateRows('remediationLinksOf', remediationIds, (ids) =>
      this.manager.createQueryBuilder(RemediationDocument, 'l').select(['remediation', 'document']).where({ remediation: { $in: [...ids] } }).orderBy({ document: 'asc' }),
    );
  }

  /** Every case of the vehicle, oldest first (exports). */
  allOfVehicle(vehicleId: string): Promise<DefectCase[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { openedAt: 'asc', id: 'asc' } });
  }

  /** Every remediation of the vehicle, oldest first (exports). */
  remediationsOfVehicle(vehicleId: string): Promise<Remediation[]> {
    return this.manager.find(RemediationEntity, { vehicle: vehicleId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
  }

  /** The document links of every remediation of the vehicle (exports). */
  remediationLinksOfVehicle(vehicleId: string): Promise<{ remediation: string; document: string }[]> {
    return this.rows(
      this.manager.createQueryBuilder(RemediationDocument, 'l').select(['remediation', 'document']).join('l.remediation' as never, 'r').where({ 'r.vehicle': vehicleId } as never).orderBy({ document: 'asc' }),
    );
  }
}
