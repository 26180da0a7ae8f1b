import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository, type KeysetOrder } from '../db/base.repository.ts';
import type { DocumentFacts } from '../trust/trust.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { Document } from './document.entity.ts';

const ALL_FIELDS = [
  'id', 'vehicle', 'uploadedBy', 'storageKey', 'filename', 'contentType', 'sizeBytes', 'sha256', 'approvalStatus', 'scanStatus',
  'piiStatus', 'piiStatusChangedAt', 'rejectionReason', 'reviewedBy', 'reviewedAt', 'deletedAt', 'purgedAt', 'createdAt',
] as const satisfies readonly (keyof Document)[];

const NEWEST_FIRST: KeysetOrder = { timeField: 'createdAt', order: 'newest-first' };
const OLDEST_FIRST: KeysetOrder = { timeField: 'createdAt', order: 'oldest-first' };

/** The trust-relevant columns of a document (read model): never names or storage keys. */
export type DocumentFactsRow = DocumentFacts & { vehicle: string };

export class DocumentRepository extends BaseRepository<Document> {
  byIds(documentIds: readonly string[]): Promise<Document[]> {
    return this.find({ id: { $in: [...documentIds] } });
  }

  /** How many of these ids are live (not deleted) documents of the vehicle. */
  countLiveOfVehicle(vehicleId: string, documentIds: readonly string[]): Promise<number> {
    return this.count({ id: { $in: [...documentIds] }, vehicle: vehicleId, deletedAt: null });
  }

  /** Live documents of the vehicle among these ids, with their content type. */
  liveOfVehicle(vehicleId: string, documentIds: readonly string[]): Promise<Pick<Document, 'id' | 'contentType'>[]> {
    return this.find({ id: { $in: [...documentIds] }, vehicle: vehicleId, deletedAt: null }, { fields: ['id', 'contentType'] });
  }

  /** The trust facts of every document of these vehicles, as plain rows. One statement. */
  factsOfVehicles(vehicleIds: readonly string[]): Promise<DocumentFactsRow[]> {
    return this.templateRows<DocumentFactsRow>('factsOfVehicles', vehicleIds, (ids) =>
      this.createQueryBuilder('d')
        .select(['id', 'vehicle', 'approvalStatus', 'scanStatus', 'piiStatus', 'sha256', 'deletedAt'])
        .where({ vehicle: { $in: [...ids] } }),
    );
  }

  /** One page of each vehicle's uploads (deleted ones left out), newest first, in one statement. */
  async livePagesOfVehicles(vehicleIds: readonly string[], page: ResolveCursorConnectionArgs): Promise<Document[]> {
    const rows = await this.pagesPerParent('livePagesOfVehicles', 'vehicle', ALL_FIELDS, vehicleIds, { deletedAt: null }, page, NEWEST_FIRST);
    // Entities like every other document read (and the same instance as `documentById`'s).
    return rows.map((row) => this.manager.merge(Document, row, { refresh: true }));
  }

  /** The oldest documents still waiting for their virus scan (not purged), except `skipped`: the scan queue's next batch. */
  pendingScans(skipped: ReadonlySet<string>, limit: number): Promise<Pick<Document, 'id' | 'storageKey'>[]> {
    return this.find(
      { scanStatus: 'PENDING', purgedAt: null, ...(skipped.size > 0 ? { id: { $nin: [...skipped] } } : {}) },
      { fields: ['id', 'storageKey'], orderBy: { createdAt: 'asc', id: 'asc' }, limit },
    );
  }

  /** Ids of unpurged documents past retention: rejected, or PII confirmed, before the cutoff. */
  expiredIds(cutoff: Date): Promise<Pick<Document, 'id'>[]> {
    return this.find(
      {
        purgedAt: null,
        $or: [
          { approvalStatus: 'REJECTED', reviewedAt: { $lt: cutoff } },
          { piiStatus: 'CONFIRMED', piiStatusChangedAt: { $lt: cutoff } },
        ],
      },
      { fields: ['id'] },
    );
  }

  /** Every document whose bytes are stored (purged ones have no key), by key: what a backup copies. */
  async storedFiles(): Promise<{ storageKey: string; sizeBytes: number; sha256: string; contentType: Document['contentType'] }[]> {
    const docs = await this.find({ storageKey: { $ne: null } }, { fields: ['storageKey', 'sizeBytes', 'sha256', 'contentType'], orderBy: { storageKey: 'asc' } });
    return docs.map(({ storageKey, sizeBytes, sha256, contentType }) => ({ storageKey: storageKey!, sizeBytes, sha256, contentType }));
  }

  /** Which of these storage keys a document row still names. */
  async referencedStorageKeys(keys: readonly string[]): Promise<Set<string | null | undefined>> {
    const rows = await this.find({ storageKey: { $in: [...keys] } }, { fields: ['storageKey'] });
    return new Set(rows.map((doc) => doc.storageKey));
  }

  /** Removes every entry link of a document (its purge). */
  unlinkFromEntries(documentId: string): Promise<number> {
    return this.manager.nativeDelete(EntryDocument, { document: documentId });
  }

  /** One page of the review queue (oldest first) among the documents matching `where`. */
  reviewPage(where: Parameters<DocumentRepository['find']>[0], page: ResolveCursorConnectionArgs): Promise<Document[]> {
    return this.findPage(where, page, OLDEST_FIRST);
  }

  /** Every document of the vehicle, deleted ones included, oldest first (exports). */
  allOfVehicle(vehicleId: string): Promise<Document[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}
