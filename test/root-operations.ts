import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredArgument,
  isRequiredInputField,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { GraphQLResponse, RequestOptions, TestServer } from './harness.ts';

/**
 * Builds a minimal operation for any root field of the live schema, so schema-wide tests cover
 * fields that other domains add later without being told about them.
 */

export interface RootField {
  operation: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const fields: RootField[] = [];
  for (const [operation, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) fields.push({ operation, name: field.name, field });
  }
  return fields;
}

/**
 * Fields that stay usable without an account (SPEC §1: login and public reads). Names that do not
 * exist (yet) are simply never met.
 */
export const PUBLIC_FIELDS: ReadonlySet<string> = new Set(['requestLoginCode', 'verifyLoginCode', 'publicVehicle', 'checkPublicVehicleVin', 'publicCertificate', 'articles', 'article', 'site', 'unsubscribeReminders']);

/** Identity and consent: usable by any signed-in account, with or without consent (SPEC §1). */
export const IDENTITY_AND_CONSENT_FIELDS: ReadonlySet<string> = new Set(['me', 'logout', 'consentStatus', 'acceptConsents']);

/** The CMS (SPEC §13): every root field about articles. Outside the consent gate by decision. */
export const isCmsField = (name: string): boolean => /article/i.test(name);

/** Product fields sit behind the consent gate: everything except public, identity, consent and the CMS. */
export const isProductField = (name: string): boolean => !PUBLIC_FIELDS.has(name) && !IDENTITY_AND_CONSENT_FIELDS.has(name) && !isCmsField(name);

/** Sample values for scalars; an unknown custom scalar gets a string (add a sample here if it needs one). */
const SCALAR_SAMPLES: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'x',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  DateTime: () => new Date().toISOString(),
  Date: () => new Date().toISOString().slice(0, 10),
};

export interface BuiltOperation {
  query: string;
  variables: Record<string, unknown>;
  /** Variable paths (e.g. `variables.a0.file`) that take an uploaded file. */
  uploads: string[];
}

/** A plausible value of an input type (required input fields only); file paths are collected in `uploads`. */
export function sample(type: GraphQLInputType, path: string, uploads: string[]): unknown {
  if (isNonNullType(type)) return sample(type.ofType, path, uploads);
  if (isListType(type)) return [sample(type.ofType, `${path}.0`, uploads)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    // A @oneOf input takes exactly one field; others get their required fields.
    const chosen = type.isOneOf ? fields.slice(0, 1) : fields.filter(isRequiredInputField);
    return Object.fromEntries(chosen.map((field) => [field.name, sample(field.type, `${path}.${field.name}`, uploads)]));
  }
  if (type.name === 'Upload') {
    uploads.push(path);
    return null;
  }
  return (SCALAR_SAMPLES[type.name] ?? (() => 'x'))();
}

/**
 * `variant`:
 * - `valid`: every required argument as a variable with a plausible value; object results select `__typename`;
 * - `missing`: no arguments at all (invalid when the field has required ones);
 * - `invalid`: an argument that does not exist and a selection that does not exist.
 */
export function operationFor(root: RootField, variant: 'valid' | 'missing' | 'invalid' = 'valid'): BuiltOperation {
  const composite = isCompositeType(getNamedType(root.field.type));
  if (variant === 'invalid') {
    return { query: `${root.operation} { ${root.name}(notAnArgument: 1) { notAField } }`, variables: {}, uploads: [] };
  }
  const selection = composite ? ' { __typename }' : '';
  if (variant === 'missing') return { query: `${root.operation} { ${root.name}${selection} }`, variables: {}, uploads: [] };
  const uploads: string[] = [];
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const argumentsText: string[] = [];
  root.field.args.filter(isRequiredArgument).forEach((argument, index) => {
    const variable = `a${index}`;
    definitions.push(`$${variable}: ${String(argument.type)}`);
    argumentsText.push(`${argument.name}: $${variable}`);
    variables[variable] = sample(argument.type, `variables.${variable}`, uploads);
  });
  const header = definitions.length > 0 ? `${root.operation} Walk(${definitions.join(', ')})` : root.operation;
  const call = argumentsText.length > 0 ? `${root.name}(${argumentsText.join(', ')})` : root.name;
  return { query: `${header} { ${call}${selection} }`, variables, uploads };
}

/** Sends an operation: as JSON, or as a GraphQL multipart request when it takes files. */
export async function send(server: TestServer, built: BuiltOperation, options: RequestOptions = {}): Promise<GraphQLResponse> {
  if (built.uploads.length === 0) return server.gql(built.query, built.variables, options);
  const form = new FormData();
  form.set('operations', JSON.stringify({ query: built.query, variables: built.variables }));
  form.set('map', JSON.stringify(Object.fromEntries(built.uploads.map((path, index) => [String(index), [path]]))));
  built.uploads.forEach((_, index) => form.set(String(index), new Blob([Buffer.from('%PDF-1.4\n%walk\n')], { type: 'application/pdf' }), 'walk.pdf'));
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'x-ltc-csrf': '1', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: form,
  });
  const body = (await response.json()) as { data?: unknown; errors?: GraphQLResponse['errors'] };
  return { status: response.status, headers: response.headers, data: body.data, errors: body.errors };
}
