import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Context } from '../context.ts';
import { ERROR_CODES } from '../errors.ts';
import { errorsOf, operationNameOf } from '../graphql/operation-fields.ts';
import { answerError } from '../http/error-envelope.ts';

/** Buckets in seconds around the SLO (p99 < 2 s) and the load goal (p99 < 50 ms). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];
/** Distinct operation names kept as labels; later names are counted as "other". */
export const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
// The contract's codes plus what Yoga reports for documents that do not parse or validate.
const KNOWN_CODES = new Set<string>([...ERROR_CODES, 'INTERNAL_SERVER_ERROR', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/**
 * Prometheus metrics of one server (SPEC §16). Every label has a bounded set of values: routes
 * come from `routeLabel`, error codes from the contract, rate-limit buckets from the code, and
 * operation names are capped at MAX_OPERATION_NAMES distinct values.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly #operationNames = new Set<string>();

  readonly httpRequests = new Counter({
    name: 'ltc_http_requests_total',
    help: 'HTTP requests by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'ltc_http_request_duration_seconds',
    help: 'HTTP request latency by route.',
    labelNames: ['route'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'ltc_graphql_operation_duration_seconds',
    help: 'GraphQL latency from parsed parameters to result, by operation name and outcome.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly publicPageCache = new Counter({
    name: 'ltc_public_page_cache_total',
    help: 'Public page lookups answered from the cache of public views (hit) or from the database (miss), and by whom: the shortcut before Yoga or the GraphQL resolver.',
    labelNames: ['result', 'answered_by'] as const,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'ltc_graphql_errors_total',
    help: 'GraphQL errors by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly uploads = new Counter({
    name: 'ltc_uploads_total',
    help: 'Multipart upload requests to /graphql by outcome.',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly uploadBytes = new Counter({
    name: 'ltc_upload_bytes_total',
    help: 'Declared size (Content-Length) of multipart upload requests.',
    registers: [this.registry],
  });
  readonly rateLimited = new Counter({
    name: 'ltc_rate_limit_hits_total',
    help: 'Requests refused by a rate limit, by bucket.',
    labelNames: ['bucket'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'ltc_' });
  }

  observeHttp(method: string | undefined, route: string, status: number, seconds: number): void {
    const verb = method === 'GET' || method === 'POST' || method === 'HEAD' ? method : 'OTHER';
    this.httpRequests.inc({ method: verb, route, status: String(status) });
    this.httpDuration.observe({ route }, seconds);
  }

  /** The label for an operation name: itself while fewer than the cap are known, else "other". */
  operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.#operationNames.has(name)) return name;
    if (this.#operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.#operationNames.add(name);
    return name;
  }

  countError(code: unknown): void {
    this.graphqlErrors.inc({ code: typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER' });
  }
}

interface OperationTiming {
  started: number;
  operation: string;
  upload: boolean;
}

/**
 * Yoga plugin: times every GraphQL request, labels it with the operation name once the document
 * has been validated (so unparsable junk never becomes a label), counts error codes and uploads.
 */
export function useMetrics(metrics: Metrics): Plugin<Context> {
  const timings = new WeakMap<Request, OperationTiming>();
  return {
    onRequestParse({ request }) {
      const upload = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
      timings.set(request, { started: performance.now(), operation: 'not_executed', upload });
      if (upload) metrics.uploadBytes.inc(Number(request.headers.get('content-length')) || 0);
    },
    onExecute({ args }) {
      const timing = timings.get((args.contextValue as Context).request);
      if (timing) timing.operation = metrics.operationLabel(operationNameOf(args.document, args.operationName ?? undefined));
    },
    onResultProcess({ request, result }) {
      const timing = timings.get(request);
      const errors = Array.isArray(result) ? result.flatMap(errorsOf) : errorsOf(result);
      for (const error of errors) metrics.countError(error.extensions?.code);
      if (!timing) return;
      timings.delete(request);
      const outcome = errors.length > 0 ? 'error' : 'ok';
      metrics.graphqlDuration.observe({ operation: timing.operation, outcome }, (performance.now() - timing.started) / 1000);
      if (timing.upload) metrics.uploads.inc({ outcome });
    },
  };
}

/**
 * GET /metrics: only when LTC_METRICS_TOKEN is set, and only with `Authorization: Bearer <token>`
 * (compared in constant time). Without a configured token the route does not exist.
 */
export async function metricsHandler(metrics: Metrics, token: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!token) return answerError(res, 404, 'NOT_FOUND', 'not_found');
  const presented = Buffer.from(/^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    return answerError(res, 401, 'UNAUTHENTICATED', 'authentication_required', { 'www-authenticate': 'Bearer' });
  }
  const body = await metrics.registry.metrics();
  res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(body);
}
