import type { IncomingMessage, ServerResponse } from 'node:http';
import { getNamedType, isLeafType, isObjectType, type GraphQLLeafType, type GraphQLSchema } from 'graphql';
import type { AppServices } from '../app-services.ts';
import { rateLimitHeaders } from '../rate-limits/rate-limit-headers.ts';
import { cachedPublicVehicleView, countPublicPageRequest, type PublicVehicleView } from './sharing.service.ts';

/**
 * THE CONTRACT with the web app's QR page query (web/src/routes/q/[token]/+page.svelte, which
 * carries the same note): this module answers exactly the operation below, as the codegen
 * manifest prints it (`__typename` added, fields sorted). A change to that query's selection
 * must be made here too; `public-page-edge-cache.test.ts` fails until it is, and a server whose
 * manifest does not hold this document logs `public_page_edge_cache_off` and lets Yoga answer.
 */
export const OPERATION_NAME = 'PublicVehicle';
export const PUBLIC_VEHICLE_FIELDS = [
  'accidentStatus',
  'accidentStatusLabel',
  'buildYear',
  'disclaimer',
  'evidenceStatus',
  'hint',
  'historyStatus',
  'light',
  'make',
  'model',
  'vehicleClass',
  'verificationLevel',
] as const satisfies readonly (keyof PublicVehicleView)[];
export const EDGE_CACHED_DOCUMENT = `query ${OPERATION_NAME}($token: String!) { __typename publicVehicle(token: $token) { __typename ${PUBLIC_VEHICLE_FIELDS.join(' ')} } }`;

export type PublicPageEdgeCache = (req: IncomingMessage, res: ServerResponse, params: object, ip: string) => Promise<boolean>;

/**
 * The public QR page is most of the traffic, and its answer changes only when data changes. A
 * request that is exactly the contract's operation (by persisted hash or by its document), sent
 * without any credentials, is answered here from the cache of public views when that holds a
 * current answer and the caller is within the per-IP limit; the answer is what Yoga would send,
 * byte for byte (fields in the document's order, values serialized by their schema types).
 *
 * Everything else goes through Yoga unchanged: other documents, signed-in callers (moderators are
 * refused there), cache misses (the resolver then fills the cache) and rate-limit refusals (Yoga
 * answers RATE_LIMITED). Why: Yoga's request pipeline costs several times the cached lookup
 * (docs/PERFORMANCE.md). Returns null when the manifest does not hold the contract's document.
 */
export function publicPageEdgeCache(services: AppServices, schema: GraphQLSchema, manifest: Record<string, string>): PublicPageEdgeCache | null {
  const hash = Object.keys(manifest).find((key) => manifest[key] === EDGE_CACHED_DOCUMENT);
  if (!hash) {
    services.logger.warn('public_page_edge_cache_off', { operationName: OPERATION_NAME });
    return null;
  }
  const fields = leafTypes(schema);
  return async (req, res, params, ip) => {
    const started = performance.now();
    const contentType = responseContentType(req.headers.accept);
    const token = contentType ? tokenOf(params as Record<string, unknown>, hash) : undefined;
    if (token === undefined) return false;
    const view = await cachedPublicVehicleView(services, services.orm.em, token);
    if (!view) return false;
    const state = await countPublicPageRequest(services, ip, { onlyIfAllowed: true });
    if (!state) return false;
    let answer: string;
    try {
      answer = JSON.stringify({ data: { __typename: 'Query', publicVehicle: serialized(fields, view) } });
    } catch {
      return false; // a value its type cannot serialize: Yoga reports that in the contract's shape
    }
    services.metrics.publicPageCache.inc({ result: 'hit', answered_by: 'shortcut' });
    res.writeHead(200, { 'content-type': contentType!, 'content-length': Buffer.byteLength(answer), ...rateLimitHeaders(state) }).end(answer);
    services.metrics.graphqlDuration.observe({ operation: OPERATION_NAME, outcome: 'ok' }, (performance.now() - started) / 1000);
    return true;
  };
}

/** The token when the parameters are exactly the contract's operation (by hash or by its document), else undefined. */
function tokenOf(params: Record<string, unknown>, hash: string): string | undefined {
  if (Array.isArray(params)) return undefined;
  for (const key of Object.keys(params)) if (!['query', 'operationName', 'variables', 'extensions'].includes(key)) return undefined;
  if (params.operationName !== undefined && params.operationName !== null && params.operationName !== OPERATION_NAME) return undefined;
  const extensions = params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  if (extensions !== undefined) {
    if (typeof extensions !== 'object' || extensions === null || Object.keys(extensions).join() !== 'persistedQuery') return undefined;
    if (extensions.persistedQuery?.sha256Hash !== hash) return undefined;
    if (params.query !== undefined && params.query !== EDGE_CACHED_DOCUMENT) return undefined;
  } else if (params.query !== EDGE_CACHED_DOCUMENT) {
    return undefined;
  }
  const variables = params.variables as Record<string, unknown> | undefined;
  if (typeof variables !== 'object' || variables === null || Object.keys(variables).join() !== 'token') return undefined;
  return typeof variables.token === 'string' ? variables.token : undefined;
}

/** Yoga's choice for these Accept headers; undefined for anything else (Yoga negotiates those). */
function responseContentType(accept: string | undefined): string | undefined {
  if (accept === undefined || accept === '*/*' || accept.startsWith('application/json')) return 'application/json; charset=utf-8';
  if (accept.startsWith('application/graphql-response+json')) return 'application/graphql-response+json; charset=utf-8';
  return undefined;
}

/** The schema's leaf type of each contract field: the values are serialized as Yoga would. */
function leafTypes(schema: GraphQLSchema): [field: keyof PublicVehicleView, type: GraphQLLeafType][] {
  const type = schema.getType('PublicVehicle');
  if (!isObjectType(type)) throw new Error('The schema has no PublicVehicle type');
  return PUBLIC_VEHICLE_FIELDS.map((name) => {
    const leaf = type.getFields()[name] && getNamedType(type.getFields()[name]!.type);
    if (!leaf || !isLeafType(leaf)) throw new Error(`PublicVehicle.${name} is not a leaf field`);
    return [name, leaf];
  });
}

function serialized(fields: ReturnType<typeof leafTypes>, view: PublicVehicleView): Record<string, unknown> {
  const object: Record<string, unknown> = { __typename: 'PublicVehicle' };
  for (const [name, leaf] of fields) {
    const value = view[name];
    object[name] = value === null || value === undefined ? null : leaf.serialize(value);
  }
  return object;
}
