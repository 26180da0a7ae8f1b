import type { AppServices } from '../app-services.ts';
import { writeAudit } from '../audit/audit.ts';
import { slicesOf } from '../db/loaders.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { Document } from './document.entity.ts';
import { removeStaleTempFiles } from './storage.ts';

export const RETENTION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Temp and orphan files younger than this may belong to an upload in progress (its temp file is
 * written to at least every LTC_HTTP_IDLE_TIMEOUT_MS, at most 2 min) or whose row is being written.
 */
export const ORPHAN_GRACE_MS = 5 * 60 * 1000;
/** Often enough that what a crash (kill -9) leaves behind is gone within minutes, not hours. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

type RetentionServices = Pick<AppServices, 'orm' | 'config' | 'logger' | 'documentStore'>;

export interface PurgeReport {
  purged: number;
  orphanFilesRemoved: number;
  tempFilesRemoved: number;
}

/**
 * SPEC §6 retention: documents rejected more than 30 days ago, and documents whose PII status has
 * been CONFIRMED for more than 30 days (not cleared or replaced), lose their file and their
 * content (name, hash, entry links). A tombstone row stays, so the audit trail keeps pointing at
 * something; DOCUMENT_PURGED is audited. Also removes files no row refers to (a crash between
 * writing a file and its row) and temp files of uploads that never finished.
 */
export async function purgeExpiredDocuments(services: RetentionServices, now = new Date()): Promise<PurgeReport> {
  const em = services.orm.em.fork();
  const cutoff = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
  const expired = await em.getRepository(Document).expiredIds(cutoff);
  let purged = 0;
  for (const { id } of expired) {
    const storageKey = await em.transactional(async (tem) => {
      const doc = await tem.getRepository(Document).findOneOrFail({ id });
      if (doc.purgedAt) return null;
      const reason = doc.approvalStatus === 'REJECTED' && doc.reviewedAt && doc.reviewedAt < cutoff ? 'rejected_retention' : 'pii_confirmed_retention';
      const key = doc.storageKey;
      doc.storageKey = null;
      doc.filename = '';
      doc.sha256 = '';
      doc.purgedAt = now;
      doc.deletedAt ??= now;
      await tem.getRepository(Document).unlinkFromEntries(id);
      await tem.flush();
      await writeAudit(tem, { actor: null, systemActor: true }, {
        action: 'DOCUMENT_PURGED',
        targetType: 'document',
        targetId: id,
        reason,
        metadata: { vehicleId: doc.vehicle, days: RETENTION_DAYS },
      });
      return key;
    });
    // The row no longer names the file; if removing it fails, the orphan sweep below retries.
    if (storageKey) await services.documentStore.remove(storageKey).catch(() => undefined);
    purged++;
  }
  const orphanFilesRemoved = await removeOrphanFiles(services, now);
  const tempFilesRemoved = await removeStaleTempFiles(services.config.storageDir, ORPHAN_GRACE_MS, now.getTime());
  const report = { purged, orphanFilesRemoved, tempFilesRemoved };
  services.logger.info('documents_purged', { purged, count: orphanFilesRemoved + tempFilesRemoved });
  return report;
}

async function removeOrphanFiles(services: RetentionServices, now: Date): Promise<number> {
  const files = await services.documentStore.keys(ORPHAN_GRACE_MS, now.getTime());
  let removed = 0;
  const em = services.orm.em.fork();
  for (const batch of slicesOf(files, 500)) {
    const known = await em.getRepository(Document).referencedStorageKeys(batch);
    for (const key of batch) {
      if (known.has(key)) continue;
      await services.documentStore.remove(key);
      removed++;
    }
  }
  return removed;
}

/**
 * Temp files of uploads that were in flight when this instance stopped without cleaning up (a
 * crash): each instance stages uploads in its own folder, so each clears it when it starts; the
 * shared sweep below may run on another instance.
 */
export const removeUnfinishedUploads = (services: RetentionServices): Promise<number> =>
  removeStaleTempFiles(services.config.storageDir, ORPHAN_GRACE_MS);

/**
 * The scheduled sweep, run by the job runner once every ten minutes across all instances (at an
 * instance's start when it is due): files without a row left by a crash go with the next sweep.
 */
export const documentRetentionJob = (services: RetentionServices): ScheduledJob => ({
  name: 'document_retention',
  everyMs: SWEEP_INTERVAL_MS,
  leaseMs: SWEEP_INTERVAL_MS,
  run: async () => void (await purgeExpiredDocuments(services)),
});
