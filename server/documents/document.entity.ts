import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { DocumentRepository } from './document.repository.ts';

export const APPROVAL_STATUSES = ['QUARANTINED', 'APPROVED', 'REJECTED'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];
export const SCAN_STATUSES = ['PENDING', 'CLEAN', 'INFECTED', 'ERROR'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const PII_STATUSES = ['OK', 'SUSPECTED', 'CONFIRMED'] as const;
export type PiiStatus = (typeof PII_STATUSES)[number];
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** An uploaded evidence file of a vehicle. The bytes live in the storage folder under storageKey. */
const DocumentSchema = defineEntity({
  name: 'Document',
  tableName: 'documents',
  repository: () => DocumentRepository,
  // The review queue; the scan queue (every minute, scan-queue.ts) and the retention sweep's two
  // conditions (retention.ts): without them each pass reads the whole table.
  indexes: [
    { properties: ['approvalStatus', 'createdAt'] },
    { properties: ['scanStatus', 'createdAt'] },
    { properties: ['approvalStatus', 'reviewedAt'] },
    { properties: ['piiStatus', 'piiStatusChangedAt'] },
    // A vehicle's documents in upload order: a page reads just its rows from the index.
    { properties: ['vehicle', 'createdAt', 'id'] },
  ],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    uploadedBy: () => p.manyToOne(User).mapToPk(),
    /** Random key of the file under the storage folder; null once purged. */
    storageKey: p.string().nullable(),
    /** Sanitised original name: metadata only, never a path, never logged. */
    filename: p.string(),
    contentType: p.enum(DOCUMENT_CONTENT_TYPES),
    sizeBytes: p.integer(),
    sha256: p.string(),
    approvalStatus: p.enum(APPROVAL_STATUSES).default('QUARANTINED'),
    scanStatus: p.enum(SCAN_STATUSES).default('PENDING'),
    piiStatus: p.enum(PII_STATUSES).default('OK'),
    piiStatusChangedAt: p.datetime().nullable(),
    rejectionReason: p.text().nullable(),
    reviewedBy: p.string().nullable(),
    reviewedAt: p.datetime().nullable(),
    deletedAt: p.datetime().nullable(),
    purgedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Document extends DocumentSchema.class {}
DocumentSchema.setClass(Document);

/** Valid evidence (SPEC §6): approved, clean, no PII finding, not deleted. */
export const isValidEvidence = (doc: Pick<Document, 'approvalStatus' | 'scanStatus' | 'piiStatus' | 'deletedAt'>): boolean =>
  doc.approvalStatus === 'APPROVED' && doc.scanStatus === 'CLEAN' && doc.piiStatus === 'OK' && !doc.deletedAt;
