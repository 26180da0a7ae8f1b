import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PendingWrites, type AppServices } from './app-services.ts';
import { credentialsFrom, hasCredentials, nodeHeaders, resolveActor } from './auth/resolve-actor.ts';
import type { Config } from './config.ts';
import { Keyring } from './crypto/keyring.ts';
import { migrate, openOrm } from './db/orm.ts';
import type { ReasonFor } from './error-reasons.ts';
import { handleDocumentDownload } from './documents/download.ts';
import { documentRetentionJob, removeUnfinishedUploads } from './documents/retention.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { startDocumentScans } from './documents/scan-queue.ts';
import { UploadSlots } from './documents/upload-slots.ts';
import { createGraphQLHandler } from './http/graphql.ts';
import { healthHandler, readyHandler } from './http/health.ts';
import { RateLimiter } from './http/rate-limiter.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveStatic } from './http/static.ts';
import { createLogger, type LogSink } from './logging/logger.ts';
import { createMailer } from './mail/mailer.ts';
import { Metrics, metricsHandler } from './ops/metrics.ts';
import { assertEveryFieldScoped } from './auth/assert-scoped.ts';
import { readPersistedManifest } from './graphql/persisted-operations.ts';
import { schema } from './schema.ts';
import { createRequestScope, systemScope } from './request-scope.ts';
import { publicPageShortcut } from './sharing/public-page-shortcut.ts';
import { PublicViewCache } from './sharing/public-view-cache.ts';

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

/** Builds the whole server from a validated configuration. Runs pending migrations first. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  assertEveryFieldScoped(schema);
  mkdirSync(config.storageDir, { recursive: true });
  const logger = createLogger(config.logLevel, options.logSink);
  const orm = await openOrm(config.database);
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info('migrations_applied', { count: applied.length });
  const metrics = new Metrics();
  const jobs = new JobRunner(orm, metrics, logger);
  const services: AppServices = {
    config,
    keyring: new Keyring(config),
    logger,
    orm,
    mailer: createMailer(config),
    rateLimiter: new RateLimiter(),
    pendingWrites: new PendingWrites(logger),
    metrics,
    jobs,
    publicViews: new PublicViewCache(),
    uploadSlots: new UploadSlots(config.uploadConcurrency),
    // Verdicts are recorded by the server itself; its first pass reads the queue before it needs the scope.
    documentScans: startDocumentScans({ orm, config, logger, jobs }, () => systemScope(services)),
  };
  services.rateLimiter.onLimited = (bucket) => services.metrics.rateLimited.inc({ bucket });
  const yoga = createGraphQLHandler(services);
  const answerPublicPage = publicPageShortcut(services, schema, readPersistedManifest());
  await removeUnfinishedUploads(services);
  jobs.schedule(documentRetentionJob(services));
  const production = config.env === 'production';

  const graphqlSecurityHeaders = Object.entries(securityHeaders(production, '/graphql'));
  const otherSecurityHeaders = Object.entries(securityHeaders(production, '/'));

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of url.pathname === '/graphql' ? graphqlSecurityHeaders : otherSecurityHeaders) res.setHeader(name, value);
    res.on('finish', () => {
      const durationMs = performance.now() - started;
      const route = routeLabel(url.pathname);
      services.metrics.observeHttp(req.method, route, res.statusCode, durationMs / 1000);
      logger.info('http_request', { requestId, method: req.method, path: route, status: res.statusCode, durationMs: Math.round(durationMs) });
    });
    try {
      if (url.pathname === '/health') return healthHandler(res);
      if (url.pathname === '/ready') return await readyHandler(services, res);
      if (url.pathname === '/metrics') return await metricsHandler(services.metrics, config.metricsToken, req, res);
      if (url.pathname === '/graphql') return await handleGraphQL(req, res, requestId, url);
      if (url.pathname.startsWith('/documents/')) return await handleDocumentDownload(services, req, res, requestId, url.pathname);
      if (serveStatic(req, res, url.pathname)) return;
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not_found' }));
    } catch (error) {
      logger.error('request_failed', { requestId, errorName: (error as Error)?.name });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'internal_error', requestId }));
    }
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, requestId: string, url: URL) => {
    if (!passesCsrfCheck(req)) {
      return answerRefusal(res, 400, 'csrf_check_failed', 'CSRF check failed: send Content-Type application/json or a CSRF header such as X-LTC-CSRF or X-GraphQL-Yoga-CSRF', requestId);
    }
    // POST bodies other than uploads are JSON (SPEC §15), read here, bounded, and handed to Yoga
    // already parsed: Yoga's own limit pipes every body through a stream transform, and a raw
    // buffer would make it enumerate every byte (`Object.keys`). Uploads keep their bounded parser.
    let params: object | undefined;
    if (req.method === 'POST' && !contentTypeOf(req).startsWith('multipart/form-data')) {
      if (!isJsonRequest(req)) {
        return answerRefusal(res, 415, 'unsupported_content_type', 'Send GraphQL requests as application/json (uploads as multipart/form-data)', requestId);
      }
      const body = await readBoundedBody(req, GRAPHQL_BODY_MAX_BYTES);
      if (!body) {
        res.setHeader('connection', 'close');
        return answerRefusal(res, 413, 'request_too_large', `The request body exceeds ${GRAPHQL_BODY_MAX_BYTES} bytes`, requestId);
      }
      params = jsonObjectOf(body);
      if (!params) return answerRefusal(res, 400, 'invalid_json', 'The request body is not a JSON object', requestId);
      if (Object.keys(params).length === 0) return answerRefusal(res, 400, 'invalid_request', 'Send a query or a persisted operation hash', requestId);
      (req as IncomingMessage & { body?: object }).body = params;
    }
    const credentials = credentialsFrom(nodeHeaders(req.headers));
    const anonymous = !hasCredentials(credentials);
    const ip = clientIp(req, config.trustProxy);
    // The QR page's cached answers skip Yoga (server/sharing/public-page-shortcut.ts).
    if (anonymous && answerPublicPage) {
      const candidate = req.method === 'GET' ? searchParamsOf(url) : params;
      if (candidate && (await answerPublicPage(req, res, candidate, ip))) return;
    }
    // Anonymous requests fork no entity manager up front: the cached public page needs none.
    const em = anonymous ? undefined : orm.em.fork();
    const actor = em ? await resolveActor(services, em, credentials) : null;
    const scope = createRequestScope(services, { requestId, ip, actor }, em);
    // The request listener form (handleNodeRequestAndResponse never answered on Node 24 here).
    await yoga(req, res, scope);
  };

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

const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * CSRF prevention: a browser can only send cross-site requests that are "simple" (form posts,
 * text/plain, GET). Requiring JSON or a custom header forces a CORS preflight, which we never
 * grant, so a foreign page cannot act with the session cookie.
 */
function passesCsrfCheck(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  if (isJsonRequest(req)) return true;
  return CSRF_HEADERS.some((name) => typeof req.headers[name] === 'string' && req.headers[name].length > 0);
}

/**
 * Any of these custom headers forces the preflight: ours, Yoga's useCSRFPrevention default and the
 * ones Apollo clients send, so standard upload clients work unchanged (docs/PARTNER_API.md).
 */
const CSRF_HEADERS = ['x-ltc-csrf', 'x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight'] as const;

/** The JSON content types Yoga parses; both force a CORS preflight, which we never grant. */
function isJsonRequest(req: IncomingMessage): boolean {
  const contentType = contentTypeOf(req);
  return contentType === 'application/json' || contentType === 'application/graphql+json';
}

/** A GET request's GraphQL parameters as a POST body would carry them; undefined when one is not JSON or repeats. */
function searchParamsOf(url: URL): object | undefined {
  const params: Record<string, unknown> = {};
  try {
    for (const [name, value] of url.searchParams) {
      if (name in params) return undefined;
      params[name] = name === 'variables' || name === 'extensions' ? JSON.parse(value) : value;
    }
  } catch {
    return undefined;
  }
  return params;
}

/** The parsed body when it is a JSON object (or a batch array, which Yoga refuses itself). */
function jsonObjectOf(body: Buffer): object | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function contentTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A GraphQL request body (all but uploads) is small; the largest legitimate one is a CMS article. */
export const GRAPHQL_BODY_MAX_BYTES = 1024 * 1024;

/** The request body, or null as soon as it (declared or received) exceeds `limit` bytes. */
function readBoundedBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData).pause();
      resolve(null);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

/** A refusal before GraphQL runs, in the error contract's shape. */
function answerRefusal(res: ServerResponse, status: number, reason: ReasonFor<'BAD_USER_INPUT'>, message: string, requestId: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason, requestId } }] }));
}

/** Paths for the access log: secrets in paths (share tokens) are replaced by a placeholder. */
export function routeLabel(pathname: string): string {
  if (pathname.startsWith('/q/')) return '/q/:token';
  if (pathname.startsWith('/documents/')) return '/documents/:id';
  if (['/graphql', '/health', '/ready', '/metrics', '/'].includes(pathname)) return pathname;
  return pathname.startsWith('/_app/') ? '/_app/*' : '/:page';
}
