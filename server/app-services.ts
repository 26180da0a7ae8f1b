import type { Config } from './config.ts';
import type { Keyring } from './crypto/keyring.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { Orm } from './db/orm.ts';
import type { DocumentScans } from './documents/scan-queue.ts';
import type { DocumentStore } from './documents/storage.ts';
import type { UploadSlots } from './documents/upload-slots.ts';
import type { RateLimiter } from './rate-limits/rate-limiter.ts';
import type { Logger } from './logging/logger.ts';
import type { Mailer } from './mail/mailer.ts';
import type { Metrics } from './ops/metrics.ts';
import type { PublicViewCache } from './sharing/public-view-cache.ts';
import type { TrustSummaryCache } from './trust/trust-summary-cache.ts';

/** Background writes (denial audits) that must not be lost: shutdown waits for them. */
export class PendingWrites {
  readonly #pending = new Set<Promise<unknown>>();
  readonly #logger: Logger;
  constructor(logger: Logger) {
    this.#logger = logger;
  }
  track(write: Promise<unknown>): void {
    const tracked = write
      .catch((error: unknown) => this.#logger.error('background_write_failed', { errorName: (error as Error)?.name }))
      .finally(() => this.#pending.delete(tracked));
    this.#pending.add(tracked);
  }
  async drain(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all(this.#pending);
  }
}

/** The long-lived parts of the server, built once in server/app.ts and shared by all requests. */
export interface AppServices {
  config: Config;
  keyring: Keyring;
  logger: Logger;
  orm: Orm;
  mailer: Mailer;
  rateLimiter: RateLimiter;
  pendingWrites: PendingWrites;
  metrics: Metrics;
  /** Scheduled jobs, each run once per period across all instances. */
  jobs: JobRunner;
  publicViews: PublicViewCache;
  trustSummaries: TrustSummaryCache;
  uploadSlots: UploadSlots;
  /** Where stored documents live: the storage folder or an S3 bucket (LTC_STORAGE_BACKEND). */
  documentStore: DocumentStore;
  /** The scan job: documents in PENDING are its queue. */
  documentScans: DocumentScans;
  /** Aborted when the server starts to close: long-lived answers (the workshop board's SSE stream) end then. */
  closing: AbortSignal;
}
