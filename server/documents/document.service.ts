import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../app-services.ts';
import { writeAudit, type AuditOrigin, type AuditScope } from '../audit/audit.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { badInput, conflict, gone, notFound } from '../errors.ts';
import { characterCount } from '../text.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { Document, type ApprovalStatus, type PiiStatus, type ScanStatus } from './document.entity.ts';
import type { ScanVerdict } from './scanner.ts';
import { commitStagedFile, removeStoredFile, sanitizeFilename, type StagedFile } from './storage.ts';

/** Who acts and where: the request's entity manager, the shared services and the audit origin. */
export interface Caller extends AuditOrigin {
  em: EntityManager;
  services: Pick<AppServices, 'config' | 'logger'>;
}

export interface UploadInput {
  vehicleId: string;
  /** How the actor relates to the vehicle, for the audit scope (none for an admin). */
  scope: AuditScope | undefined;
  /** The original name as the client sent it: kept sanitised as metadata only. */
  originalName: string | undefined;
  /** The bytes, already on disk in a temp file (server/documents/upload-parser.ts). */
  file: StagedFile;
  entryIds: readonly string[];
}

const MAX_LINKED_ENTRIES = 50;

/**
 * SPEC §6 upload: entries checked first (cheap), then the staged file is typed by its magic bytes
 * and moved under its key, then the row (scan PENDING), its entry links and UPLOAD_RECEIVED commit
 * together. If the row cannot be written the file is removed again. The scan job is woken and
 * runs after the answer (scan-queue.ts), so a slow scanner never holds the request.
 */
export async function uploadDocument(caller: Caller & { services: Pick<AppServices, 'config' | 'logger' | 'documentScans'> }, input: UploadInput): Promise<Document> {
  const entryIds = [...new Set(input.entryIds)];
  if (entryIds.length > MAX_LINKED_ENTRIES) throw badInput('too_many_entries', `At most ${MAX_LINKED_ENTRIES} entries can be linked`);
  if (entryIds.length > 0) {
    const entries = await caller.em.getRepository(ServiceEntry).ofVehicle(input.vehicleId, entryIds);
    if (entries.length !== entryIds.length) throw badInput('entry_not_in_vehicle', 'Documents can only be linked to entries of the same vehicle');
    // The trust light reads links of the newest versions only: a link to an older one would never count.
    if (entries.some((entry) => !entry.isLatest)) throw conflict('entry_version_outdated', 'A newer version of this entry exists');
  }
  const { config } = caller.services;
  const stored = await commitStagedFile(config.storageDir, input.file);
  let doc: Document;
  try {
    doc = await caller.em.transactional(async (tem) => {
      const created = tem.create(Document, {
        vehicle: input.vehicleId,
        uploadedBy: caller.actor!.userId,
        storageKey: stored.storageKey,
        filename: sanitizeFilename(input.originalName),
        contentType: stored.contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
      });
      for (const entryId of entryIds) tem.create(EntryDocument, { entry: entryId, document: created.id });
      await tem.flush();
      await writeAudit(tem, caller, {
        action: 'UPLOAD_RECEIVED',
        targetType: 'document',
        targetId: created.id,
        scope: input.scope,
        metadata: { vehicleId: input.vehicleId, contentType: stored.contentType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, count: entryIds.length },
      });
      return created;
    });
  } catch (error) {
    await removeStoredFile(config.storageDir, stored.storageKey);
    throw error;
  }
  caller.services.documentScans.wake();
  return doc;
}

/** The scan job's verdict for a document (audited as the system). */
export function recordScanVerdict(caller: Caller, documentId: string, verdict: ScanVerdict): Promise<Document> {
  return applyScanResult(caller, { actor: null, systemActor: true }, documentId, verdict, 'scanner');
}

/** An admin records a scan result by hand (e.g. after a scanner ERROR); PENDING is no result. */
export async function setScanResult(caller: Caller, documentId: string, status: ScanStatus): Promise<Document> {
  if (status === 'PENDING') throw badInput('invalid_scan_status', 'A scan result is CLEAN, INFECTED or ERROR');
  return applyScanResult(caller, caller, documentId, status, 'admin');
}

/**
 * Records a scan verdict. INFECTED rejects the document at once (`infected_auto_reject`), whatever
 * its approval state, so it can never count as evidence.
 */
async function applyScanResult(caller: Caller, origin: AuditOrigin, documentId: string, verdict: ScanVerdict, source: 'scanner' | 'admin'): Promise<Document> {
  return caller.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    const previousStatus = doc.scanStatus;
    doc.scanStatus = verdict;
    const action = verdict === 'CLEAN' ? 'UPLOAD_SCANNED_CLEAN' : verdict === 'INFECTED' ? 'UPLOAD_SCANNED_INFECTED' : 'UPLOAD_SCAN_FAILED';
    await writeAudit(tem, origin, {
      action,
      result: verdict === 'ERROR' ? 'error' : 'success',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus, newStatus: verdict, source },
    });
    if (verdict === 'INFECTED' && doc.approvalStatus !== 'REJECTED') {
      const previousApproval = doc.approvalStatus;
      markRejected(doc, 'infected_auto_reject', null);
      await writeAudit(tem, origin, {
        action: 'UPLOAD_REJECTED',
        targetType: 'document',
        targetId: doc.id,
        reason: 'infected_auto_reject',
        metadata: { vehicleId: doc.vehicle, previousStatus: previousApproval, newStatus: 'REJECTED' },
      });
    }
    await tem.flush();
    return doc;
  });
}

/** SPEC §6: only a quarantined document, scanned CLEAN, with PII OK can be approved. */
export async function approveDocument(caller: Caller, documentId: string): Promise<Document> {
  return caller.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    if (doc.approvalStatus !== 'QUARANTINED') throw conflict('document_not_quarantined', 'Only quarantined documents can be approved');
    if (doc.scanStatus !== 'CLEAN') throw conflict('not_scanned_clean', 'The document has not been scanned clean');
    if (doc.piiStatus !== 'OK') throw conflict('pii_not_cleared', 'The privacy review of the document is not cleared');
    doc.approvalStatus = 'APPROVED';
    doc.reviewedBy = caller.actor!.userId;
    doc.reviewedAt = new Date();
    await tem.flush();
    await writeAudit(tem, caller, {
      action: 'UPLOAD_APPROVED',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus: 'QUARANTINED', newStatus: 'APPROVED' },
    });
    return doc;
  });
}

export const REJECTION_REASON_MAX_LENGTH = 500;

/** Rejects a quarantined document. The reason text is shown to the owner, never audited. */
export async function rejectDocument(caller: Caller, documentId: string, reason: string): Promise<Document> {
  const text = reason.trim();
  if (text.length === 0 || characterCount(text) > REJECTION_REASON_MAX_LENGTH) {
    throw badInput('invalid_rejection_reason', `A reason of 1 to ${REJECTION_REASON_MAX_LENGTH} characters is required`);
  }
  return caller.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    if (doc.approvalStatus !== 'QUARANTINED') throw conflict('document_not_quarantined', 'Only quarantined documents can be rejected');
    markRejected(doc, text, caller.actor!.userId);
    await tem.flush();
    await writeAudit(tem, caller, {
      action: 'UPLOAD_REJECTED',
      targetType: 'document',
      targetId: doc.id,
      reason: 'rejected_by_reviewer',
      metadata: { vehicleId: doc.vehicle, previousStatus: 'QUARANTINED', newStatus: 'REJECTED' },
    });
    return doc;
  });
}

/** The privacy review: OK, SUSPECTED or CONFIRMED, with the time of the change (retention clock). */
export async function setPiiStatus(caller: Caller, documentId: string, piiStatus: PiiStatus): Promise<Document> {
  return caller.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    const previousStatus = doc.piiStatus;
    if (previousStatus === piiStatus) return doc;
    doc.piiStatus = piiStatus;
    doc.piiStatusChangedAt = new Date();
    await tem.flush();
    await writeAudit(tem, caller, {
      action: 'PII_STATUS_CHANGED',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus, newStatus: piiStatus },
    });
    return doc;
  });
}

function markRejected(doc: Document, reason: string, reviewerId: string | null): void {
  doc.approvalStatus = 'REJECTED';
  doc.rejectionReason = reason;
  doc.reviewedBy = reviewerId;
  doc.reviewedAt = new Date();
}

/** A document that still has its file: unknown → NOT_FOUND (admins only get here), purged → GONE. */
async function liveDocument(em: EntityManager, documentId: string): Promise<Document> {
  const doc = await em.getRepository(Document).byId(documentId);
  if (!doc) throw notFound();
  if (doc.purgedAt) throw gone('document_purged', 'The document was purged');
  return doc;
}

export interface DocumentFilter {
  approvalStatus?: ApprovalStatus | null;
  scanStatus?: ScanStatus | null;
  piiStatus?: PiiStatus | null;
}

export interface PageArgs {
  after?: string;
  before?: string;
  limit: number;
  inverted: boolean;
}

/** The review queue: oldest first, purged documents left out. */
export function reviewQueuePage(em: EntityManager, filter: DocumentFilter, page: PageArgs): Promise<Document[]> {
  return em.getRepository(Document).reviewPage({ purgedAt: null, ...statusFilter(filter) }, page);
}

function statusFilter(filter: DocumentFilter): Record<string, string> {
  return {
    ...(filter.approvalStatus ? { approvalStatus: filter.approvalStatus } : {}),
    ...(filter.scanStatus ? { scanStatus: filter.scanStatus } : {}),
    ...(filter.piiStatus ? { piiStatus: filter.piiStatus } : {}),
  };
}

/** Cursor of a document in a list ordered by (createdAt, id): stable while items leave the queue. */
export const documentCursor = (doc: Document): string => keysetCursor(doc.createdAt, doc.id);

