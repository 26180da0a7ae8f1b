import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../app-services.ts';
import { credentialsFrom, hasCredentials, nodeHeaders, resolveActor, type Credentials } from '../auth/resolve-actor.ts';
import type { ReasonFor } from '../error-reasons.ts';
import { createRequestScope, type RequestScope } from '../request-scope.ts';
import { readPersistedManifest } from '../graphql/persisted-operations.ts';
import { schema } from '../schema.ts';
import { publicPageEdgeCache } from '../sharing/public-page-edge-cache.ts';
import { createGraphQLHandler } from './graphql.ts';

/** A GraphQL request body (all but uploads) is small; the largest legitimate one is a CMS article. */
export const GRAPHQL_BODY_MAX_BYTES = 1024 * 1024;

/**
 * POST /graphql and GET /graphql: the CSRF check, the bounded JSON body, the public page's edge
 * cache, then the request scope and Yoga. Refusals before Yoga are in the error contract's shape.
 */
export function graphqlRoute(services: AppServices) {
  const yoga = createGraphQLHandler(services);
  const edgeCache = publicPageEdgeCache(services, schema, readPersistedManifest());
  return async (req: IncomingMessage, res: ServerResponse, requestId: string, url: URL): Promise<void> => {
    if (!passesCsrfCheck(req)) {
      return answerRefusal(res, 400, 'csrf_check_failed', 'CSRF check failed: send JSON, or multipart uploads with a CSRF header such as X-LTC-CSRF or X-GraphQL-Yoga-CSRF', requestId);
    }
    // POST bodies other than uploads are JSON (SPEC §15), read here, bounded, and handed to Yoga
    // already parsed: Yoga's own limit pipes every body through a stream transform, and a raw
    // buffer would make it enumerate every byte (`Object.keys`). Uploads keep their bounded parser.
    let params: object | undefined;
    if (req.method === 'POST' && !isMultipartRequest(req)) {
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
    const ip = clientIp(req, services.config.trustProxy);
    // The QR page's cached answers skip Yoga (server/sharing/public-page-edge-cache.ts).
    if (!hasCredentials(credentials) && edgeCache) {
      const candidate = req.method === 'GET' ? searchParamsOf(url) : params;
      if (candidate && (await edgeCache(req, res, candidate, ip))) return;
    }
    const scope = await buildRequestScope(services, { requestId, ip, credentials });
    // The request listener form (handleNodeRequestAndResponse never answered on Node 24 here).
    await yoga(req, res, scope);
  };
}

/**
 * The request's scope (Yoga's resolvers see it as their context; the download route uses it too):
 * who acts, this request's entity manager, loaders and audit writer.
 */
export async function buildRequestScope(services: AppServices, request: { requestId: string; ip: string; credentials: Credentials }): Promise<RequestScope> {
  const { requestId, ip, credentials } = request;
  // Anonymous requests fork no entity manager up front: the cached public page needs none.
  const em = hasCredentials(credentials) ? services.orm.em.fork() : undefined;
  const actor = em ? await resolveActor(services, em, credentials) : null;
  return createRequestScope(services, { requestId, ip, actor }, em);
}

/** The client's address, or with a trusted proxy the first of X-Forwarded-For. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') return forwarded.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * CSRF prevention: a browser can only send cross-site requests that are "simple" (form posts,
 * text/plain, GET). Requiring JSON or a custom header forces a CORS preflight, which we never
 * grant, so a foreign page cannot act with the session cookie. Multipart (uploads) is a type a
 * form can send, so it needs the header. Any other POST that is not JSON passes here only to be
 * refused with 415 before anything runs: that answer tells the client what is wrong instead of
 * asking for a header that would not help. Yoga's useCSRFPrevention does not fit
 * (docs/DECISIONS.md): it would refuse header-less GETs and accept an empty header.
 */
function passesCsrfCheck(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  if (isJsonRequest(req)) return true;
  if (req.method === 'POST' && !isMultipartRequest(req)) return true;
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

function isMultipartRequest(req: IncomingMessage): boolean {
  return contentTypeOf(req) === 'multipart/form-data';
}

function contentTypeOf(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
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
