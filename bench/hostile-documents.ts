// The hostile documents of issue 12 (items 1, 2, 3 and 9) and the string fuzz of every root
// field, for bench/hostile.ts. Each request is a JSON body for POST /graphql and says whose
// session it needs.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type Actor = 'anonymous' | 'superadmin' | 'owner';
export interface HostileRequest {
  label: string;
  actor: Actor;
  body: { query: string; variables?: Record<string, unknown> };
  /** The JSON text to send instead of `body` (for nesting JSON.stringify cannot write). */
  rawBody?: string;
}

const DEEP = 10_000;
const repeat = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join(' ');

/** Item 1: each fragment spreads the next twice, 2^25 `__typename` from ≈ 900 bytes. */
export const FRAGMENT_FAN_OUT = `{...F0} ${repeat(24, (i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`)} fragment F24 on Query{__typename}`;

export function worstDocuments(): Record<string, HostileRequest[]> {
  return {
    'fragment fan-out (1)': [{ label: 'fan-out 2^25', actor: 'anonymous', body: { query: FRAGMENT_FAN_OUT } }],
    'costly documents (2)': [
      { label: '9 000 aliases of me', actor: 'owner', body: { query: `{ ${repeat(9_000, (i) => `a${i}: me { id }`)} }` } },
      { label: '3 300 aliases of articles', actor: 'anonymous', body: { query: `{ ${repeat(3_300, (i) => `a${i}: articles(kind: blog) { edges { node { title slug } } }`)} }` } },
      { label: '9 000 duplicate fields', actor: 'owner', body: { query: `{ ${'me { id } '.repeat(9_000)} }` } },
      { label: 'lists without first/last', actor: 'owner', body: { query: '{ myVehicles { edges { node { id entries { edges { node { id note documents { id } } } } } } } }' } },
    ],
    'long strings into logging (3)': [
      { label: 'addVipBusinessStaff B×40 000', actor: 'superadmin', body: vipStaff('B'.repeat(40_000)) },
      { label: 'addVipBusinessStaff B×900 000', actor: 'superadmin', body: vipStaff('B'.repeat(900_000)) },
      { label: 'article slug B×40 000 + NUL', actor: 'anonymous', body: { query: 'query($s: String!) { article(kind: blog, slug: $s) { title } }', variables: { s: `${'B'.repeat(40_000)}\u0000` } } },
    ],
    'nested 10 000 deep (9)': [
      { label: 'selections', actor: 'anonymous', body: { query: `{ me ${'{ f '.repeat(DEEP)}${'}'.repeat(DEEP)} }` } },
      { label: 'list literal', actor: 'anonymous', body: { query: `{ article(kind: blog, slug: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}) { title } }` } },
      { label: 'object literal', actor: 'anonymous', body: { query: `{ article(kind: blog, slug: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}) { title } }` } },
      { label: 'inline fragments', actor: 'anonymous', body: { query: `{ ${'... on Query { '.repeat(DEEP)}__typename${' }'.repeat(DEEP)} }` } },
      {
        label: 'variables JSON',
        actor: 'anonymous',
        body: { query: 'query($s: String!) { article(kind: blog, slug: $s) { title } }' },
        rawBody: `{"query":"query($s: String!) { article(kind: blog, slug: $s) { title } }","variables":{"s":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}}`,
      },
    ],
  };
}

/**
 * The i-th of distinct documents just under the 1 MiB body limit: Yoga caches parsed documents
 * (and parse errors) by their text, 1 024 of each; the text is a comment, which is no token.
 */
export function largeDistinctDocument(i: number): HostileRequest {
  return { label: `900 KiB document ${i}`, actor: 'anonymous', body: { query: `{ __typename } # ${i} ${'x'.repeat(900 * 1024)}` } };
}

function vipStaff(userId: string): HostileRequest['body'] {
  return { query: 'mutation($b: ID!, $u: ID!) { addVipBusinessStaff(businessId: $b, userId: $u) { id } }', variables: { b: 'bench', u: userId } };
}

/** What the fuzz puts into every string position. */
export const FUZZ_PAYLOADS: Record<string, string> = {
  nul: 'a\u0000b',
  control: 'a\u0001\u0008\u001b[2J\u007fb',
  bidi: 'abc\u202Egnp.exe',
  'lone surrogate': 'a\uD800b',
  '100 000 chars': 'B'.repeat(100_000),
  'sql-ish': `x' OR '1'='1'; DROP TABLE user; --`,
};

/** A string position: one argument, or one string field inside an input object argument. */
interface Position {
  field: GraphQLField<unknown, unknown>;
  operation: 'query' | 'mutation';
  argument: GraphQLArgument;
  /** Path inside the argument's value (input object fields). */
  path: string[];
}

/** Every root field × every string position × every payload, as anonymous and as a superadmin. */
export function stringFuzz(schema: GraphQLSchema): { positions: number; requests: HostileRequest[] } {
  const positions: Position[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = schema.getRootType(operation);
    for (const field of Object.values(root?.getFields() ?? {})) {
      for (const argument of field.args) {
        for (const path of stringPaths(argument.type, [])) positions.push({ field, operation, argument, path });
      }
    }
  }
  const requests: HostileRequest[] = [];
  for (const actor of ['anonymous', 'superadmin'] as const) {
    for (const position of positions) {
      for (const [name, payload] of Object.entries(FUZZ_PAYLOADS)) {
        requests.push({ label: `${position.field.name}(${[position.argument.name, ...position.path].join('.')}) ${name}`, actor, body: fuzzRequest(position, payload) });
      }
    }
  }
  return { positions: positions.length, requests };
}

/** Paths to the String/ID leaves of an input type (lists count as their items). */
function stringPaths(type: GraphQLInputType, path: string[], seen = new Set<string>()): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) => stringPaths(field.type, [...path, field.name], new Set([...seen, named.name])));
}

function fuzzRequest(position: Position, payload: string): HostileRequest['body'] {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const argument of position.field.args) {
    const target = argument === position.argument;
    if (!target && !isNonNullType(argument.type)) continue;
    const value = placeholder(argument.type);
    variables[argument.name] = target ? withPayload(value, argument.type, position.path, payload) : value;
    definitions.push(`$${argument.name}: ${String(argument.type)}`);
    args.push(`${argument.name}: $${argument.name}`);
  }
  const selection = isLeafType(getNamedType(position.field.type)) ? '' : ' { __typename }';
  return { query: `${position.operation}(${definitions.join(', ')}) { ${position.field.name}(${args.join(', ')})${selection} }`, variables };
}

/** A plausible value for a type: required input fields filled, lists of one. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [placeholder(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => [field.name, placeholder(field.type)]));
  }
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2024-01-01T00:00:00.000Z';
    case 'Upload':
      return null;
    default:
      return 'bench';
  }
}

/** The placeholder with the payload at `path` (an optional field on the way is created). */
function withPayload(value: unknown, type: GraphQLInputType, path: string[], payload: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [withPayload(Array.isArray(value) ? value[0] : undefined, inner.ofType, path, payload)];
  if (path.length === 0) return payload;
  const named = getNamedType(inner);
  if (!isInputObjectType(named)) return payload;
  const object = { ...((value as Record<string, unknown> | undefined) ?? (placeholder(named) as Record<string, unknown>)) };
  const [name, ...rest] = path as [string, ...string[]];
  const field = named.getFields()[name]!;
  object[name] = withPayload(object[name] ?? placeholder(field.type), field.type, rest, payload);
  return object;
}
