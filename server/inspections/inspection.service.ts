import { chainDefectCase, chainInspection, chainRemediation, lockVehicleChain } from '../chain/chain.service.ts';
import { newId } from '../db/ids.ts';
import { linkableDocuments } from '../entries/entry.service.ts';
import { conflict, forbidden } from '../errors.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { auditScopeOf as vehicleAuditScope } from '../vehicles/vehicle.service.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';
import { DefectCase, InspectionDocument, InspectionEvent, Remediation, RemediationDocument, type InspectionSource } from './inspection.entity.ts';
import type { InspectionAccess } from './inspection-access.ts';
import { DEFAULT_INSPECTION_TITLE, DEFAULT_REMEDIATION_TITLE, DEFECT_CASE_SUMMARY, validCheck, validDetails, type CheckInput } from './inspection-rules.ts';

export type NewInspection = CheckInput & { source: InspectionSource; details?: string | null; documentIds?: readonly string[] | null };
export type NewRemediation = CheckInput & { documentIds?: readonly string[] | null };

/** Records an inspection; a NOT_OK result opens a defect case linked to it, in the same transaction. */
export async function recordInspection(scope: RequestScope, access: InspectionAccess, vehicleId: string, input: NewInspection): Promise<InspectionEvent> {
  const fields = validCheck(input, DEFAULT_INSPECTION_TITLE);
  const details = validDetails(input.details);
  const actor = actorOf(scope);
  return scope.em.transactional(async (tem) => {
    await lockVehicleChain(tem, vehicleId);
    const documentIds = await linkableDocuments(tem, vehicleId, input.documentIds ?? []);
    const inspection = tem.create(InspectionEvent, { ...fields, id: newId(), vehicle: vehicleId, source: input.source, details, createdBy: actor.userId });
    for (const document of documentIds) tem.create(InspectionDocument, { inspection: inspection.id, document });
    const defectCase =
      fields.result === 'NOT_OK'
        ? tem.create(DefectCase, { id: newId(), vehicle: vehicleId, inspection: inspection.id, status: 'IN_PROGRESS', summary: DEFECT_CASE_SUMMARY, openedAt: new Date(), closedAt: null, closedBy: null })
        : null;
    await tem.flush();
    await chainInspection(tem, inspection, documentIds);
    if (defectCase) await chainDefectCase(tem, defectCase);
    const common = { scope: auditScopeOf(access), metadata: { vehicleId, inspectionId: inspection.id, source: inspection.source, inspectionResult: inspection.result, count: documentIds.length } };
    await scope.audit({ action: 'INSPECTION_RECORDED', targetType: 'inspection_event', targetId: inspection.id, ...common }, tem);
    if (defectCase) {
      await scope.audit({ action: 'DEFECT_CASE_OPENED', targetType: 'defect_case', targetId: defectCase.id, ...common, metadata: { ...common.metadata, defectCaseId: defectCase.id } }, tem);
    }
    await emitWebhookEvent(tem, 'inspection.recorded', {
      vehicleId,
      inspectionId: inspection.id,
      source: inspection.source,
      result: inspection.result,
      ...(defectCase ? { defectCaseId: defectCase.id } : {}),
    });
    return inspection;
  });
}

/**
 * Records a remediation on an open case: OK closes it (DONE), NOT_OK keeps it open. The case row
 * stays locked until the remediation is stored, so of two racing remediations the second reads
 * what the first committed: a closed case answers CONFLICT defect_case_closed, never a second close.
 */
export async function recordRemediation(scope: RequestScope, access: InspectionAccess, caseId: string, input: NewRemediation): Promise<Remediation> {
  const fields = validCheck(input, DEFAULT_REMEDIATION_TITLE);
  const actor = actorOf(scope);
  return scope.em.transactional(async (tem) => {
    const cases = tem.getRepository(DefectCase);
    const defectCase = await cases.lockForUpdate(caseId);
    if (!defectCase) throw forbidden();
    if (defectCase.status !== 'IN_PROGRESS') throw conflict('defect_case_closed', 'The defect case is already closed');
    await lockVehicleChain(tem, defectCase.vehicle);
    const documentIds = await linkableDocuments(tem, defectCase.vehicle, input.documentIds ?? []);
    const remediation = tem.create(Remediation, { ...fields, id: newId(), defectCase: caseId, vehicle: defectCase.vehicle, createdBy: actor.userId });
    for (const document of documentIds) tem.create(RemediationDocument, { remediation: remediation.id, document });
    await tem.flush();
    const metadata = { vehicleId: defectCase.vehicle, defectCaseId: caseId, remediationId: remediation.id, inspectionResult: remediation.result, count: documentIds.length };
    await scope.audit({ action: 'REMEDIATION_RECORDED', targetType: 'remediation', targetId: remediation.id, scope: auditScopeOf(access), metadata }, tem);
    const closedAt = remediation.result === 'OK' ? new Date() : null;
    if (closedAt) {
      // Conditional on the case still being open: the database decides, whatever ran before.
      if (!(await cases.close(caseId, remediation.id, closedAt))) throw conflict('defect_case_closed', 'The defect case is already closed');
      await scope.audit({ action: 'DEFECT_CASE_CLOSED', targetType: 'defect_case', targetId: caseId, scope: auditScopeOf(access), metadata }, tem);
      await emitWebhookEvent(tem, 'defect_case.closed', { vehicleId: defectCase.vehicle, defectCaseId: caseId, remediationId: remediation.id, status: 'DONE' });
    }
    await chainRemediation(tem, remediation, documentIds, closedAt);
    return remediation;
  });
}

/** Own and org work is recorded as such; admins and intake dealers act without a vehicle scope. */
const auditScopeOf = (access: InspectionAccess) => vehicleAuditScope(access === 'intake' ? null : access);
