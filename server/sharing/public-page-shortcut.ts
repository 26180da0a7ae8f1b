import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  Kind,
  getNamedType,
  isLeafType,
  isObjectType,
  parse,
  type ArgumentNode,
  type GraphQLLeafType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AppServices } from '../app-services.ts';
import { cachedPublicVehicleView, countPublicPageRequest, type PublicVehicleView } from './sharing.service.ts';

/** The web app's operation for the QR page (web/src/routes/q/[token]). */
const OPERATION_NAME = 'PublicVehicle';

/** One output field of the answer: a `__typename` or a leaf field serialized by its schema type. */
type OutputField = { name: string; typename: string } | { name: string; leaf: GraphQLLeafType };

interface PublicOperation {
  hash: string;
  document: string;
  /** The root selection: `__typename` fields and the one `publicVehicle(token: $token)` field. */
  root: ({ name: '__typename'; typename: 'Query' } | { name: 'publicVehicle'; fields: OutputField[] })[];
}

export type PublicPageShortcut = (req: IncomingMessage, res: ServerResponse, params: object, ip: string) => Promise<boolean>;

/**
 * The public QR page is most of the traffic, and its answer changes only when data changes. A
 * request that is exactly the web app's persisted PublicVehicle operation, sent without any
 * credentials, is answered here from the cache of public views when that holds a current answer
 * and the caller is within the per-IP limit; the answer is what Yoga would send, byte for byte
 * (fields in the document's order, values serialized by their schema types).
 *
 * Everything else goes through Yoga unchanged: other documents, signed-in callers (moderators are
 * refused there), cache misses (the resolver then fills the cache) and rate-limit refusals (Yoga
 * answers RATE_LIMITED). Why: Yoga's request pipeline costs several times the cached lookup
 * (docs/PERFORMANCE.md). Returns null when the manifest has no operation of the expected shape.
 */
export function publicPageShortcut(services: AppServices, schema: GraphQLSchema, manifest: Record<string, string>): PublicPageShortcut | null {
  const operation = publicOperationOf(schema, manifest);
  if (!operation) return null;
  return async (req, res, params, ip) => {
    const started = performance.now();
    const contentType = responseContentType(req.headers.accept);
    const token = contentType ? tokenOf(params as Record<string, unknown>, operation) : undefined;
    if (token === undefined) return false;
    const view = await cachedPublicVehicleView(services, services.orm.em, token);
    if (!view || !countPublicPageRequest(services, ip, { onlyIfAllowed: true })) return false;
    let answer: string;
    try {
      answer = JSON.stringify({ data: output(operation.root, view) });
    } catch {
      return false; // a value its type cannot serialize: Yoga reports that in the contract's shape
    }
    services.metrics.publicPageCache.inc({ result: 'hit', answered_by: 'shortcut' });
    res.writeHead(200, { 'content-type': contentType!, 'content-length': Buffer.byteLength(answer) }).end(answer);
    services.metrics.graphqlDuration.observe({ operation: OPERATION_NAME, outcome: 'ok' }, (performance.now() - started) / 1000);
    return true;
  };
}

/** The token when the parameters are exactly the public operation (by hash or by its document), else undefined. */
function tokenOf(params: Record<string, unknown>, operation: PublicOperation): string | undefined {
  if (Array.isArray(params)) return undefined;
  for (const key of Object.keys(params)) if (!['query', 'operationName', 'variables', 'extensions'].includes(key)) return undefined;
  if (params.operationName !== undefined && params.operationName !== null && params.operationName !== OPERATION_NAME) return undefined;
  const extensions = params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
  if (extensions !== undefined) {
    if (typeof extensions !== 'object' || extensions === null || Object.keys(extensions).join() !== 'persistedQuery') return undefined;
    if (extensions.persistedQuery?.sha256Hash !== operation.hash) return undefined;
    if (params.query !== undefined && params.query !== operation.document) return undefined;
  } else if (params.query !== operation.document) {
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

function output(fields: PublicOperation['root'], view: PublicVehicleView): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    data[field.name] = 'fields' in field ? fieldsOf(field.fields, view) : field.typename;
  }
  return data;
}

function fieldsOf(fields: OutputField[], view: PublicVehicleView): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of fields) {
    if ('typename' in field) object[field.name] = field.typename;
    else {
      const value = view[field.name as keyof PublicVehicleView];
      object[field.name] = value === null || value === undefined ? null : field.leaf.serialize(value);
    }
  }
  return object;
}

/**
 * Finds the PublicVehicle operation in the manifest and checks that its shape is one this
 * shortcut answers exactly: one `$token: String!` variable, no aliases, arguments (other than the
 * token), directives or fragments, and only leaf fields and `__typename` under `publicVehicle`.
 */
function publicOperationOf(schema: GraphQLSchema, manifest: Record<string, string>): PublicOperation | null {
  for (const [hash, document] of Object.entries(manifest)) {
    const definitions = parse(document).definitions;
    const definition = definitions[0] as OperationDefinitionNode;
    if (definitions.length !== 1 || definition.kind !== Kind.OPERATION_DEFINITION || definition.name?.value !== OPERATION_NAME) continue;
    const [variable, ...otherVariables] = definition.variableDefinitions ?? [];
    const tokenVariable =
      variable?.variable.name.value === 'token' && variable.type.kind === Kind.NON_NULL_TYPE && variable.type.type.kind === Kind.NAMED_TYPE && variable.type.type.name.value === 'String';
    if (definition.operation !== 'query' || !tokenVariable || otherVariables.length > 0 || variable.defaultValue || definition.directives?.length) return null;
    const root: PublicOperation['root'] = [];
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || selection.alias || selection.directives?.length) return null;
      if (selection.name.value === '__typename') root.push({ name: '__typename', typename: 'Query' });
      else if (selection.name.value === 'publicVehicle' && selection.selectionSet && takesTheToken(selection.arguments)) {
        const fields = leafFields(schema, 'PublicVehicle', selection.selectionSet);
        if (!fields) return null;
        root.push({ name: 'publicVehicle', fields });
      } else return null;
    }
    return root.some((field) => field.name === 'publicVehicle') ? { hash, document, root } : null;
  }
  return null;
}

/** Exactly `(token: $token)`. */
function takesTheToken(args: readonly ArgumentNode[] | undefined): boolean {
  const [argument, ...others] = args ?? [];
  return others.length === 0 && argument?.name.value === 'token' && argument.value.kind === Kind.VARIABLE && argument.value.name.value === 'token';
}

function leafFields(schema: GraphQLSchema, typeName: string, selectionSet: SelectionSetNode): OutputField[] | null {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return null;
  const fields: OutputField[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.alias || selection.directives?.length || selection.arguments?.length || selection.selectionSet) return null;
    const name = selection.name.value;
    if (name === '__typename') {
      fields.push({ name, typename: typeName });
      continue;
    }
    const leaf = type.getFields()[name] && getNamedType(type.getFields()[name]!.type);
    if (!leaf || !isLeafType(leaf)) return null;
    fields.push({ name, leaf });
  }
  return fields;
}
