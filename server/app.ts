import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PendingWrites, type AppServices } from './app-services.ts';
import { assertEveryFieldScoped } from './auth/assert-scoped.ts';
import type { Config } from './config.ts';
import { Keyring } from './crypto/keyring.ts';
import { migrate, openOrm } from './db/orm.ts';
import { createDocumentStore } from './documents/document-store.ts';
import { documentRetentionJob, removeUnfinishedUploads } from './documents/retention.ts';
import { startDocumentScans } from './documents/scan-queue.ts';
import { UploadSlots } from './documents/upload-slots.ts';
import { idempotencyKeySweepJob } from './idempotency/idempotency.service.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { DatabaseRateLimiter, rateLimitSweepJob } from './rate-limits/database-rate-limiter.ts';
import { MemoryRateLimiter } from './rate-limits/memory-rate-limiter.ts';
import { createRequestListener } from './http/request-listener.ts';
import { createLogger, type LogSink } from './logging/logger.ts';
import { createMailer } from './mail/mailer.ts';
import { Metrics } from './ops/metrics.ts';
import { systemScope } from './request-scope.ts';
import { schema } from './schema.ts';
import { PublicViewCache } from './sharing/public-view-cache.ts';
import { TrustSummaryCache } from './trust/trust-summary-cache.ts';
import { webhookDeliveryJob, webhookLogSweepJob } from './webhooks/webhook-delivery.ts';
import { reminderDigestJob } from './reminders/reminders.service.ts';

export interface App {
  services: AppServices;
  server: http.Server;
  /** Starts listening; resolves with the bound port (useful with port 0 in tests). */
  listen(): Promise<number>;
  /** Graceful shutdown: stop accepting, finish in-flight requests, flush writes, close the database. */
  close(): Promise<void>;
}

export interface AppOptions {
  logSink?: LogSink;
}

/**
 * Builds the whole server from a validated configuration and owns its lifecycle: migrations,
 * services, background jobs, the HTTP server with its slow-client timeouts, graceful close.
 * Requests are handled by server/http/request-listener.ts.
 */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  assertEveryFieldScoped(schema);
  mkdirSync(config.storageDir, { recursive: true });
  const logger = createLogger(config.logLevel, options.logSink);
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info('migrations_applied', { count: applied.length });
  const metrics = new Metrics();
  const jobs = new JobRunner(orm, metrics, logger);
  const onLimited = (bucket: string) => metrics.rateLimited.inc({ bucket });
  const documentStore = await createDocumentStore(config);
  const closing = new AbortController();
  const services: AppServices = {
    config,
    keyring: new Keyring(config),
    logger,
    orm,
    mailer: createMailer(config),
    rateLimiter: config.rateLimitStore === 'database' ? new DatabaseRateLimiter(orm, onLimited) : new MemoryRateLimiter(onLimited),
    pendingWrites: new PendingWrites(logger),
    metrics,
    jobs,
    publicViews: new PublicViewCache(),
    trustSummaries: new TrustSummaryCache(),
    uploadSlots: new UploadSlots(config.uploadConcurrency),
    documentStore,
    // Verdicts are recorded by the server itself; its first pass reads the queue before it needs the scope.
    documentScans: startDocumentScans({ orm, config, logger, jobs, documentStore }, () => systemScope(services)),
    closing: closing.signal,
  };
  await removeUnfinishedUploads(services);
  jobs.schedule(documentRetentionJob(services));
  if (config.rateLimitStore === 'database') jobs.schedule(rateLimitSweepJob(orm));
  jobs.schedule(idempotencyKeySweepJob(orm));
  jobs.schedule(webhookDeliveryJob(services));
  jobs.schedule(webhookLogSweepJob(services));
  jobs.schedule(reminderDigestJob(services));
  const handle = createRequestListener(services);

  // Slow clients (issue 12): Node closes a connection whose headers or whole request take too
  // long (408), an idle keep-alive connection, and any socket silent for idleTimeoutMs (a stalled
  // body or upload). Header and request deadlines are checked every connectionsCheckingInterval.
  const { headersTimeoutMs, requestTimeoutMs, idleTimeoutMs, keepAliveTimeoutMs } = config.http;
  const server = http.createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeoutMs / 4)),
    },
    (req, res) => void handle(req, res),
  );
  server.timeout = idleTimeoutMs;

  return {
    services,
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve((server.address() as AddressInfo).port));
      }),
    async close() {
      // Live boards (SSE) end now: their connections would otherwise hold the close open.
      closing.abort();
      // Keep-alive connections become idle once their last response is out: close them then
      // instead of waiting for the keep-alive timeout.
      const closeIdle = setInterval(() => server.closeIdleConnections(), 50);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(closeIdle);
      await jobs.stop();
      await services.documentScans.stop();
      await services.pendingWrites.drain();
      await orm.close();
    },
  };
}
