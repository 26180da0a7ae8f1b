import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { CONSENTED, denialFor, requires } from '../auth/policy.ts';
import type { Scopes } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { notFound } from '../errors.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { CHECK_RESULTS, DEFECT_CASE_STATUSES, INSPECTION_SOURCES, type DefectCaseStatus } from './inspection.entity.ts';
import { inspectionAccess } from './inspection-access.ts';
import {
  caseById,
  caseOfInspection,
  casesOfVehicle,
  inspectionById,
  inspectionDocumentIdsOf,
  inspectionsPageOf,
  remediationDocumentIdsOf,
  remediationsOfCase,
  vehicleOfCase,
  type DefectCaseRecord,
  type InspectionRecord,
  type RemediationRecord,
} from './inspection-loaders.ts';
import { MAX_DETAILS_LENGTH, MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from './inspection-rules.ts';
import { recordInspection, recordRemediation } from './inspection.service.ts';

const InspectionSourceEnum = builder.enumType('InspectionSource', { values: INSPECTION_SOURCES });
const CheckResultEnum = builder.enumType('CheckResult', { values: CHECK_RESULTS });
const DefectCaseStatusEnum = builder.enumType('DefectCaseStatus', { values: DEFECT_CASE_STATUSES });

const STATUS_LABELS: Record<DefectCaseStatus, string> = { IN_PROGRESS: 'In Arbeit', DONE: 'Erledigt' };

/** Who may see a record of a vehicle's inspections: whoever may record them on it. */
const onVehicle = (vehicleId: string) => requires({ consented: true, recordsInspection: vehicleId });

const InspectionEventRef = builder.objectRef<InspectionRecord>('InspectionEvent');
const DefectCaseRef = builder.objectRef<DefectCaseRecord>('DefectCase');
const RemediationRef = builder.objectRef<RemediationRecord>('Remediation');

InspectionEventRef.implement({
  description: 'An inspection of a vehicle (Prüfung). Append-only.',
  authScopes: (inspection) => onVehicle(inspection.vehicle),
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicleId: t.exposeID('vehicle'),
    source: t.field({ type: InspectionSourceEnum, resolve: (inspection) => inspection.source }),
    result: t.field({ type: CheckResultEnum, resolve: (inspection) => inspection.result }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    details: t.exposeString('details', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    odometerKm: t.exposeInt('odometerKm', { nullable: true }),
    linkedDocumentIds: t.idList({ resolve: (inspection, _args, context) => inspectionDocumentIdsOf(context).load(inspection.id) }),
    defectCase: t.field({
      type: DefectCaseRef,
      nullable: true,
      description: 'The case a NOT_OK inspection opened.',
      resolve: (inspection, _args, context) => caseOfInspection(context).load(inspection.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

DefectCaseRef.implement({
  description: 'A defect case (Maßnahmenfall), opened by a NOT_OK inspection, closed by an OK remediation.',
  authScopes: (defectCase) => onVehicle(defectCase.vehicle),
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicleId: t.exposeID('vehicle'),
    status: t.field({ type: DefectCaseStatusEnum, resolve: (defectCase) => defectCase.status }),
    statusLabel: t.string({ description: 'In Arbeit or Erledigt.', resolve: (defectCase) => STATUS_LABELS[defectCase.status] }),
    summary: t.exposeString('summary'),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    inspection: t.field({
      type: InspectionEventRef,
      resolve: async (defectCase, _args, context) => (await inspectionById(context).load(defectCase.inspection))!,
    }),
    remediations: t.field({
      type: [RemediationRef],
      description: 'Oldest first.',
      resolve: (defectCase, _args, context) => remediationsOfCase(context).load(defectCase.id),
    }),
  }),
});

RemediationRef.implement({
  description: 'A remediation (Behebung) recorded on a defect case. Append-only.',
  authScopes: (remediation) => onVehicle(remediation.vehicle),
  fields: (t) => ({
    id: t.exposeID('id'),
    defectCaseId: t.exposeID('defectCase'),
    result: t.field({ type: CheckResultEnum, resolve: (remediation) => remediation.result }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    odometerKm: t.exposeInt('odometerKm', { nullable: true }),
    linkedDocumentIds: t.idList({ resolve: (remediation, _args, context) => remediationDocumentIdsOf(context).load(remediation.id) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const inspectionCursor = (inspection: Pick<InspectionRecord, 'occurredAt' | 'id'>): string => keysetCursor(inspection.occurredAt, inspection.id);

builder.objectField(VehicleRef, 'inspections', (t) =>
  t.connection({
    type: InspectionEventRef,
    description: 'Inspections, newest first (by when they happened). Never on the public page.',
    resolve: (vehicle, args, context) =>
      resolveCursorConnection({ args, toCursor: inspectionCursor, defaultSize: 50, maxSize: 100 }, (page: ResolveCursorConnectionArgs) =>
        inspectionsPageOf(context, page).load(vehicle.id),
      ),
  }),
);

builder.objectField(VehicleRef, 'defectCases', (t) =>
  t.field({
    type: [DefectCaseRef],
    description: 'Defect cases, newest first; only those of one status when given.',
    args: { status: t.arg({ type: DefectCaseStatusEnum }) },
    resolve: (vehicle, args, context) => casesOfVehicle(context, args.status ?? null).load(vehicle.id),
  }),
);

/**
 * Scopes of a remediation: those of the case's vehicle. Unknown cases fail like foreign ones,
 * except for admins, who may see every case and learn NOT_FOUND.
 */
async function caseScopes(context: Context, caseId: string): Promise<Partial<Scopes>> {
  const actor = context.actor;
  // Anonymous, moderators and missing consent fail before anything is looked up.
  if (!actor || denialFor(actor, CONSENTED)) return requires({ consented: true });
  const vehicleId = await vehicleOfCase(context).load(caseId);
  if (!vehicleId && isAdminRole(actor.role)) throw notFound('defect_case_not_found');
  return onVehicle(vehicleId ?? '');
}

const RecordInspectionInput = builder.inputType('RecordInspectionInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    source: t.field({ type: InspectionSourceEnum, required: true }),
    result: t.field({ type: CheckResultEnum, required: true, description: 'NOT_OK opens a defect case.' }),
    title: t.string({ description: `1 to ${MAX_TITLE_LENGTH} characters; default „Prüfung“.` }),
    summary: t.string({ description: `At most ${MAX_SUMMARY_LENGTH} characters.` }),
    details: t.string({ description: `At most ${MAX_DETAILS_LENGTH} characters.` }),
    occurredAt: t.field({ type: 'DateTime', description: 'Not in the future; default now.' }),
    odometerKm: t.int(),
    documentIds: t.idList({ description: 'Documents of the same vehicle.' }),
  }),
});

const RecordRemediationInput = builder.inputType('RecordRemediationInput', {
  fields: (t) => ({
    result: t.field({ type: CheckResultEnum, required: true, description: 'OK closes the case; NOT_OK keeps it open.' }),
    title: t.string({ description: `1 to ${MAX_TITLE_LENGTH} characters; default „Behebung“.` }),
    summary: t.string({ description: `At most ${MAX_SUMMARY_LENGTH} characters.` }),
    occurredAt: t.field({ type: 'DateTime', description: 'Not in the future; default now.' }),
    odometerKm: t.int(),
    documentIds: t.idList({ description: 'Documents of the same vehicle.' }),
  }),
});

const ids = (list: readonly (string | number)[] | null | undefined) => list?.map(String);

builder.mutationField('recordInspection', (t) =>
  t.field({
    type: InspectionEventRef,
    args: { input: t.arg({ type: RecordInspectionInput, required: true }) },
    authScopes: (_root, { input }) => onVehicle(String(input.vehicleId)),
    resolve: async (_root, { input }, context) => {
      const vehicleId = String(input.vehicleId);
      return recordInspection(context, await inspectionAccess(context, vehicleId), vehicleId, { ...input, documentIds: ids(input.documentIds) });
    },
  }),
);

builder.mutationField('recordRemediation', (t) =>
  t.field({
    type: DefectCaseRef,
    description: 'Answers the case with its remediations (the new one last). OK closes the case (DONE); a closed case answers CONFLICT defect_case_closed.',
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: RecordRemediationInput, required: true }) },
    authScopes: (_root, args, context) => caseScopes(context, String(args.caseId)),
    resolve: async (_root, { caseId, input }, context) => {
      const access = await inspectionAccess(context, (await vehicleOfCase(context).load(String(caseId))) ?? '');
      await recordRemediation(context, access, String(caseId), { ...input, documentIds: ids(input.documentIds) });
      return (await caseById(context).load(String(caseId)))!;
    },
  }),
);
