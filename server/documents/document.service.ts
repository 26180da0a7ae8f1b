import type { EntityManager } from '@mikro-orm/sql';
import type { AuditScope } from '../audit/audit.ts';
import { chainEntryDocument, lockVehicleChain } from '../chain/chain.service.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { badInput, conflict, gone, notFound } from '../errors.ts';
import { characterCount } from '../text.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { Document, type ApprovalStatus, type PiiStatus, type ScanStatus } from './document.entity.ts';
import type { ScanVerdict } from './scanner.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { sanitizeFilename, type StagedFile } from './storage.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';

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
 * and stored under its key (the document store: a folder or a bucket), then the row (scan PENDING), its entry links and UPLOAD_RECEIVED commit
 * together. If the row cannot be written the file is removed again. The scan job is woken and
 * runs after the answer (scan-queue.ts), so a slow scanner never holds the request.
 */
export async function uploadDocument(scope: RequestScope, input: UploadInput): Promise<Document> {
  const entryIds = [...new Set(input.entryIds)];
  if (entryIds.length > MAX_LINKED_ENTRIES) throw badInput('too_many_entries', `At most ${MAX_LINKED_ENTRIES} entries can be linked`);
  if (entryIds.length > 0) {
    const entries = await scope.em.getRepository(ServiceEntry).ofVehicle(input.vehicleId, entryIds);
    if (entries.length !== entryIds.length) throw badInput('entry_not_in_vehicle', 'Documents can only be linked to entries of the same vehicle');
    // The trust light reads links of the newest versions only: a link to an older one would never count.
    if (entries.some((entry) => !entry.isLatest)) throw conflict('entry_version_outdated', 'A newer version of this entry exists');
  }
  const { documentStore } = scope.services;
  const stored = await documentStore.put(input.file);
  let doc: Document;
  try {
    doc = await scope.em.transactional(async (tem) => {
      if (entryIds.length > 0) await lockVehicleChain(tem, input.vehicleId);
      const created = tem.create(Document, {
        vehicle: input.vehicleId,
        uploadedBy: actorOf(scope).userId,
        storageKey: stored.storageKey,
        filename: sanitizeFilename(input.originalName),
        contentType: stored.contentType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
      });
      for (const entryId of entryIds) tem.create(EntryDocument, { entry: entryId, document: created.id });
      await tem.flush();
      for (const entryId of entryIds) await chainEntryDocument(tem, input.vehicleId, entryId, created.id);
      await scope.audit({
        action: 'UPLOAD_RECEIVED',
        targetType: 'document',
        targetId: created.id,
        scope: input.scope,
        metadata: { vehicleId: input.vehicleId, contentType: stored.contentType, sizeBytes: stored.sizeBytes, sha256: stored.sha256, count: entryIds.length },
      }, tem);
      return created;
    });
  } catch (error) {
    await documentStore.remove(stored.storageKey);
    throw error;
  }
  scope.services.documentScans.wake();
  return doc;
}

/** The scan job's verdict for a document (audited as the system). */
export function recordScanVerdict(scope: RequestScope, documentId: string, verdict: ScanVerdict): Promise<Document> {
  return applyScanResult(scope, documentId, verdict, 'scanner');
}

/** An admin records a scan result by hand (e.g. after a scanner ERROR); PENDING is no result. */
export async function setScanResult(scope: RequestScope, documentId: string, status: ScanStatus): Promise<Document> {
  if (status === 'PENDING') throw badInput('invalid_scan_status', 'A scan result is CLEAN, INFECTED or ERROR');
  return applyScanResult(scope, documentId, status, 'admin');
}

/**
 * Records a scan verdict. INFECTED rejects the document at once (`infected_auto_reject`), whatever
 * its approval state, so it can never count as evidence.
 */
async function applyScanResult(scope: RequestScope, documentId: string, verdict: ScanVerdict, source: 'scanner' | 'admin'): Promise<Document> {
  return scope.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    const previousStatus = doc.scanStatus;
    doc.scanStatus = verdict;
    const action = verdict === 'CLEAN' ? 'UPLOAD_SCANNED_CLEAN' : verdict === 'INFECTED' ? 'UPLOAD_SCANNED_INFECTED' : 'UPLOAD_SCAN_FAILED';
    await scope.audit({
      action,
      result: verdict === 'ERROR' ? 'error' : 'success',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus, newStatus: verdict, source },
    }, tem);
    if (verdict === 'INFECTED' && doc.approvalStatus !== 'REJECTED') {
      const previousApproval = doc.approvalStatus;
      markRejected(doc, 'infected_auto_reject', null);
      await scope.audit({
        action: 'UPLOAD_REJECTED',
        targetType: 'document',
        targetId: doc.id,
        reason: 'infected_auto_reject',
        metadata: { vehicleId: doc.vehicle, previousStatus: previousApproval, newStatus: 'REJECTED' },
      }, tem);
      await emitWebhookEvent(tem, 'document.rejected', { vehicleId: doc.vehicle, documentId: doc.id, approvalStatus: 'REJECTED' });
    }
    await tem.flush();
    return doc;
  });
}

/** SPEC §6: only a quarantined document, scanned CLEAN, with PII OK can be approved. */
export async function approveDocument(scope: RequestScope, documentId: string): Promise<Document> {
  return scope.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    if (doc.approvalStatus !== 'QUARANTINED') throw conflict('document_not_quarantined', 'Only quarantined documents can be approved');
    if (doc.scanStatus !== 'CLEAN') throw conflict('not_scanned_clean', 'The document has not been scanned clean');
    if (doc.piiStatus !== 'OK') throw conflict('pii_not_cleared', 'The privacy review of the document is not cleared');
    doc.approvalStatus = 'APPROVED';
    doc.reviewedBy = actorOf(scope).userId;
    doc.reviewedAt = new Date();
    await tem.flush();
    await scope.audit({
      action: 'UPLOAD_APPROVED',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus: 'QUARANTINED', newStatus: 'APPROVED' },
    }, tem);
    await emitWebhookEvent(tem, 'document.approved', { vehicleId: doc.vehicle, documentId: doc.id, approvalStatus: 'APPROVED' });
    return doc;
  });
}

export const REJECTION_REASON_MAX_LENGTH = 500;

/** Rejects a quarantined document. The reason text is shown to the owner, never audited. */
export async function rejectDocument(scope: RequestScope, documentId: string, reason: string): Promise<Document> {
  const text = reason.trim();
  if (text.length === 0 || characterCount(text) > REJECTION_REASON_MAX_LENGTH) {
    throw badInput('invalid_rejection_reason', `A reason of 1 to ${REJECTION_REASON_MAX_LENGTH} characters is required`);
  }
  return scope.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    if (doc.approvalStatus !== 'QUARANTINED') throw conflict('document_not_quarantined', 'Only quarantined documents can be rejected');
    markRejected(doc, text, actorOf(scope).userId);
    await tem.flush();
    await scope.audit({
      action: 'UPLOAD_REJECTED',
      targetType: 'document',
      targetId: doc.id,
      reason: 'rejected_by_reviewer',
      metadata: { vehicleId: doc.vehicle, previousStatus: 'QUARANTINED', newStatus: 'REJECTED' },
    }, tem);
    await emitWebhookEvent(tem, 'document.rejected', { vehicleId: doc.vehicle, documentId: doc.id, approvalStatus: 'REJECTED' });
    return doc;
  });
}

/** The privacy review: OK, SUSPECTED or CONFIRMED, with the time of the change (retention clock). */
export async function setPiiStatus(scope: RequestScope, documentId: string, piiStatus: PiiStatus): Promise<Document> {
  return scope.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    const previousStatus = doc.piiStatus;
    if (previousStatus === piiStatus) return doc;
    doc.piiStatus = piiStatus;
    doc.piiStatusChangedAt = new Date();
    await tem.flush();
    await scope.audit({
      action: 'PII_STATUS_CHANGED',
      targetType: 'document',
      targetId: doc.id,
      metadata: { vehicleId: doc.vehicle, previousStatus, newStatus: piiStatus },
    }, tem);
    return doc;
  });
}

/**
 * An owner removes an own rejected upload (SPEC §6 soft delete): it leaves the vehicle's list and
 * its entry links no longer count; the retention sweep purges the file as for every rejected one.
 * Whose it is, is decided by the `ownsUpload` scope before this runs.
 */
export async function removeRejectedDocument(scope: RequestScope, documentId: string, auditScope: AuditScope | undefined): Promise<Document> {
  return scope.em.transactional(async (tem) => {
    const doc = await liveDocument(tem, documentId);
    if (doc.approvalStatus !== 'REJECTED') throw conflict('document_not_rejected', 'Only rejected uploads can be removed by their owner');
    doc.deletedAt = new Date();
    await tem.flush();
    await scope.audit({
      action: 'DOCUMENT_REMOVED_BY_OWNER',
      targetType: 'document',
      targetId: doc.id,
      scope: auditScope,
      metadata: { vehicleId: doc.vehicle, previousStatus: 'REJECTED' },
    }, tem);
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
export function reviewQueuePage(scope: RequestScope, filter: DocumentFilter, page: PageArgs): Promise<Document[]> {
  return scope.em.getRepository(Document).reviewPage({ purgedAt: null, ...statusFilter(filter) }, page);
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

