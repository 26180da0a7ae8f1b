import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { Document } from '../documents/document.entity.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { DefectCaseRepository, InspectionRepository } from './inspection.repository.ts';

export const INSPECTION_SOURCES = ['WORKSHOP', 'READOUT', 'GPS', 'OWNER'] as const;
export type InspectionSource = (typeof INSPECTION_SOURCES)[number];
export const CHECK_RESULTS = ['OK', 'NOT_OK'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const DEFECT_CASE_STATUSES = ['IN_PROGRESS', 'DONE'] as const;
export type DefectCaseStatus = (typeof DEFECT_CASE_STATUSES)[number];

/** One inspection of a vehicle (SPEC §19). Append-only: never updated or deleted. */
const InspectionEventSchema = defineEntity({
  name: 'InspectionEvent',
  tableName: 'inspection_events',
  repository: () => InspectionRepository,
  // A vehicle's inspections newest first: a page reads just its rows from the index.
  indexes: [{ properties: ['vehicle', 'occurredAt', 'id'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    source: p.enum(INSPECTION_SOURCES),
    result: p.enum(CHECK_RESULTS),
    title: p.string(),
    summary: p.text().nullable(),
    details: p.text().nullable(),
    occurredAt: p.datetime(),
    odometerKm: p.integer().nullable(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class InspectionEvent extends InspectionEventSchema.class {}
InspectionEventSchema.setClass(InspectionEvent);

/** Links an inspection to a document of the same vehicle. */
const InspectionDocumentSchema = defineEntity({
  name: 'InspectionDocument',
  tableName: 'inspection_documents',
  primaryKeys: ['inspection', 'document'],
  properties: {
    inspection: () => p.manyToOne(InspectionEvent).mapToPk().primary(),
    document: () => p.manyToOne(Document).mapToPk().primary().index(),
  },
});
export class InspectionDocument extends InspectionDocumentSchema.class {}
InspectionDocumentSchema.setClass(InspectionDocument);

/**
 * A defect case („Maßnahmenfall“), opened by a NOT_OK inspection (one per inspection). Its status
 * is the only thing that ever changes: IN_PROGRESS until an OK remediation closes it (DONE).
 */
const DefectCaseSchema = defineEntity({
  name: 'DefectCase',
  tableName: 'defect_cases',
  repository: () => DefectCaseRepository,
  indexes: [{ properties: ['vehicle', 'status'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    inspection: () => p.manyToOne(InspectionEvent).mapToPk().unique(),
    status: p.enum(DEFECT_CASE_STATUSES),
    summary: p.string(),
    openedAt: p.datetime(),
    closedAt: p.datetime().nullable(),
    /** The OK remediation that closed the case. */
    closedBy: p.string().nullable(),
  },
});
export class DefectCase extends DefectCaseSchema.class {}
DefectCaseSchema.setClass(DefectCase);

/** One remediation attempt on a defect case. Append-only. */
const RemediationSchema = defineEntity({
  name: 'Remediation',
  tableName: 'remediations',
  indexes: [{ properties: ['defectCase', 'occurredAt', 'id'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    defectCase: () => p.manyToOne(DefectCase).mapToPk(),
    /** The case's vehicle, so a vehicle's remediations are one read (exports). */
    vehicle: () => p.manyToOne(Vehicle).mapToPk().index(),
    result: p.enum(CHECK_RESULTS),
    title: p.string(),
    summary: p.text().nullable(),
    occurredAt: p.datetime(),
    odometerKm: p.integer().nullable(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class Remediation extends RemediationSchema.class {}
RemediationSchema.setClass(Remediation);

/** Links a remediation to a document of the same vehicle. */
const RemediationDocumentSchema = defineEntity({
  name: 'RemediationDocument',
  tableName: 'remediation_documents',
  primaryKeys: ['remediation', 'document'],
  properties: {
    remediation: () => p.manyToOne(Remediation).mapToPk().primary(),
    document: () => p.manyToOne(Document).mapToPk().primary().index(),
  },
});
export class RemediationDocument extends RemediationDocumentSchema.class {}
RemediationDocumentSchema.setClass(RemediationDocument);
