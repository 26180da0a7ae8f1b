import type { AppServices } from '../app-services.ts';
import { Document } from './document.entity.ts';
import type { RequestScope } from '../request-scope.ts';
import { recordScanVerdict } from './document.service.ts';
import { scannerFor, type Scanner } from './scanner.ts';

/** Pending documents are looked for again this often, in case a wake-up was missed (a crash, an error). */
const RESCAN_INTERVAL_MS = 60 * 1000;
const BATCH = 20;
/** A pass longer than this (a stuck scanner) no longer keeps other instances from scanning. */
const SCAN_LEASE_MS = 10 * 60 * 1000;
const BUSY_RETRY_MS = 5 * 1000;

export interface DocumentScans {
  /** Starts a pass over the pending documents now (or right after the one in progress). */
  wake(): void;
  /** Waits for the pass in progress; no new pass starts afterwards. */
  stop(): Promise<void>;
}

type ScanServices = Pick<AppServices, 'orm' | 'config' | 'logger' | 'jobs' | 'documentStore'>;

/**
 * The scan job (SPEC §6): the documents whose scan is PENDING are the queue, so a restart loses
 * nothing; they are scanned one at a time, oldest first, after the upload has been answered. It
 * runs at start, whenever an upload wakes it, and every minute. A document whose verdict cannot be
 * recorded stays PENDING (never approvable) and is tried again on the next pass. With several
 * instances one pass runs at a time (a job lease): an instance that finds another's pass running
 * looks again shortly, in case that pass had already read the queue before this upload.
 */
export function startDocumentScans(services: ScanServices, systemScope: () => RequestScope, scanner: Scanner = scannerFor(services.config)): DocumentScans {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const pass = async () => {
    const failed = new Set<string>();
    for (;;) {
      const pending = await services.orm.em.fork().getRepository(Document).pendingScans(failed, BATCH);
      if (pending.length === 0 || stopped) return;
      for (const { id, storageKey } of pending) {
        if (stopped) return;
        try {
          const verdict = await services.documentStore.withLocalCopy(storageKey!, (file) => scanner.scan(file));
          await recordScanVerdict(systemScope(), id, verdict);
        } catch (error) {
          failed.add(id);
          services.logger.error('document_scan_failed', { documentId: id, errorName: (error as Error)?.name });
        }
      }
    }
  };
  const wake = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = services.jobs
      .runExclusive('document_scans', SCAN_LEASE_MS, pass)
      .then((ran) => {
        if (!ran && !stopped) setTimeout(wake, BUSY_RETRY_MS).unref();
      })
      .catch((error: unknown) => services.logger.error('document_scan_failed', { errorName: (error as Error)?.name }))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          wake();
        }
      });
  };
  const every = setInterval(wake, RESCAN_INTERVAL_MS);
  every.unref();
  wake();
  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(every);
      while (running) await running;
    },
  };
}
