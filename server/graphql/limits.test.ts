import { getIntrospectionQuery, Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';
import { Parser } from 'graphql/language/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { schema } from '../schema.ts';
import { complexityError, DEFAULT_PAGE_SIZE, MAX_ALIASES, MAX_COST, MAX_DIRECTIVES, MAX_DOCUMENT_CHARS, MAX_TOKENS } from './limits.ts';
import { readPersistedManifest } from './persisted-operations.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

/** Item 1 of issue 12: each fragment spreads the next twice, 2^25 `__typename` from ≈ 900 bytes. */
const FAN_OUT = `{...F0} ${Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query{...F${i + 1} ...F${i + 1}}`).join(' ')} fragment F24 on Query{__typename}`;

const tokensOf = (text: string) => {
  const parser = new Parser(text);
  parser.parseDocument();
  return parser.tokenCount;
};

/** The document with every selection set counting how often the limits read its selections. */
function countingReads(document: DocumentNode): { document: DocumentNode; reads: () => number } {
  let reads = 0;
  const counting = (selectionSet: SelectionSetNode) =>
    new Proxy(selectionSet, {
      get: (target, property, receiver) => {
        if (property === 'selections') reads++;
        return Reflect.get(target, property, receiver);
      },
    });
  const definitions = document.definitions.map((definition) =>
    definition.kind === Kind.FRAGMENT_DEFINITION || definition.kind === Kind.OPERATION_DEFINITION ? { ...definition, selectionSet: counting(definition.selectionSet) } : definition,
  );
  return { document: { ...document, definitions }, reads: () => reads };
}

describe('limits the app itself stays within', () => {
  it('passes every persisted operation of the web app and GraphiQL’s introspection query', () => {
    const documents = { ...readPersistedManifest(), introspection: getIntrospectionQuery() };
    expect(Object.keys(documents).length).toBeGreaterThan(20);
    for (const [name, text] of Object.entries(documents)) {
      expect(tokensOf(text), name).toBeLessThanOrEqual(MAX_TOKENS);
      expect(complexityError(schema, parse(text))?.message, name).toBeUndefined();
    }
  });
});

describe('fragment fan-out (issue 12, item 1)', () => {
  it('is measured with linear work: each fragment is read a few times, not once per expansion', () => {
    const { document, reads } = countingReads(parse(FAN_OUT));
    expect(complexityError(schema, document)?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    // 26 selection sets; one full expansion would read 2^25 of them.
    expect(reads()).toBeLessThan(26 * 10);
  });

  it('is refused anonymously as too costly (`__typename` costs too), and the server keeps answering', async () => {
    const answer = await server.gql(FAN_OUT);
    expect(answer.data).toBeUndefined();
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('measures a fragment cycle without looping (validation then refuses it)', async () => {
    const answer = await server.gql('{ ...A } fragment A on Query { ...B __typename } fragment B on Query { ...A }');
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
    expect(answer.errors?.[0]?.message).toMatch(/Cannot spread fragment/);
  });
});

describe('expensive documents under the old limit (issue 12, item 2)', () => {
  let session: { token: string };
  beforeAll(async () => {
    session = await signInAs(server, 'user');
  });

  it(`refuses more than ${MAX_ALIASES} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await server.gql(aliases(MAX_ALIASES), {}, session)).errors).toBeUndefined();
    expect(errorOf(await server.gql(aliases(MAX_ALIASES + 1), {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_many_aliases' });
    // Anonymous too, through a fragment.
    const articles = `{ ...A } fragment A on Query { ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: articles(kind: blog, first: 1) { edges { node { title } } }`).join(' ')} }`;
    expect(errorOf(await server.gql(articles))).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_many_aliases' });
  });

  it('refuses 9 000 aliases or duplicate fields by length, and 2 000 duplicates by the token limit, before validation', async () => {
    expect(errorOf(await server.gql(`{ ${Array.from({ length: 9_000 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'document_too_long' });
    expect(errorOf(await server.gql(`{ ${'me { id } '.repeat(9_000)} }`, {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'document_too_long' });
    expect(errorOf(await server.gql(`{ ${'me { id } '.repeat(2_000)} }`, {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_many_tokens' });
  });

  it(`costs a connection without first/last as ${DEFAULT_PAGE_SIZE} items`, async () => {
    const query = (page: string) => `{ myVehicles${page} { edges { node { id entries${page} { edges { node { id note documents { id } } } } } } } }`;
    // 50 vehicles × 50 entries × (3 fields + 10 documents) > MAX_COST; two of each is cheap.
    expect(errorOf(await server.gql(query(''), {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    expect((await server.gql(query('(first: 2)'), {}, session)).errors).toBeUndefined();
  });

  it('does not let a negative page size offset the cost of other fields', async () => {
    const query = `{ a: myVehicles(first: -100000) { edges { node { id } } } b: myVehicles(first: ${MAX_COST}) { edges { node { id } } } }`;
    expect(errorOf(await server.gql(query, {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
  });

  it(`refuses more than ${MAX_DIRECTIVES} directives`, async () => {
    const query = `{ me ${'@include(if: true) '.repeat(MAX_DIRECTIVES + 1)}{ id } }`;
    expect(errorOf(await server.gql(query, {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'too_many_directives' });
  });

  it('checks the cost on every request, not cached with the document', async () => {
    const query = 'query Nested($n: Int) { myVehicles(first: $n) { edges { node { id entries(first: $n) { edges { node { id } } } } } } }';
    const small = await server.gql(query, { n: 2 }, session);
    expect(small.errors).toBeUndefined();
    // The same document, now validated from the cache: the page sizes must still count.
    const huge = await server.gql(query, { n: 100_000 }, session);
    expect(huge.data).toBeUndefined();
    expect(errorOf(huge)).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    expect(huge.errors?.[0]?.extensions?.requestId).toBeTruthy();
  });

  it('answers a moderator’s forbidden root field with the confinement before any limit', async () => {
    const moderator = await signInAs(server, 'moderator');
    const answer = await server.gql(`{ myVehicles { edges { node { ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: id`).join(' ')} } } } }`, {}, moderator);
    expect(errorOf(answer)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });
});

describe('document length', () => {
  it(`refuses a document longer than ${MAX_DOCUMENT_CHARS} characters before reading it (a comment is no token)`, async () => {
    const commented = (length: number) => `{ __typename } #${'x'.repeat(length - 16)}`;
    expect((await server.gql(commented(MAX_DOCUMENT_CHARS))).data).toEqual({ __typename: 'Query' });
    const answer = await server.gql(commented(MAX_DOCUMENT_CHARS + 1));
    expect(answer.data).toBeUndefined();
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'document_too_long' });
  });
});

describe('documents nested 10 000 deep (issue 12, item 9)', () => {
  const depth = 10_000;
  it.each([
    ['selections', `{ me ${'{ f '.repeat(depth)}${'}'.repeat(depth)} }`, 'too_many_tokens'],
    ['a list literal', `{ article(kind: blog, slug: ${'['.repeat(depth)}${']'.repeat(depth)}) { title } }`, 'too_many_tokens'],
    ['an object literal', `{ article(kind: blog, slug: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}) { title } }`, 'too_many_tokens'],
    ['inline fragments (3 000 deep)', `{ ${'... on Query { '.repeat(3_000)}__typename${' }'.repeat(3_000)} }`, 'too_many_tokens'],
    ['inline fragments', `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`, 'document_too_long'],
  ])('are refused while parsing, before any deep AST exists: %s', async (_kind, query, reason) => {
    const answer = await server.gql(query);
    expect(answer.data).toBeUndefined();
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason });
  });
});
