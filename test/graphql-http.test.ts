import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHQL_BODY_MAX_BYTES } from '../server/http/graphql-adapter.ts';
import { MAX_COST, MAX_DEPTH } from '../server/graphql/limits.ts';
import { boundedDocumentCache, MAX_CACHED_DOCUMENT_CHARS } from '../server/http/graphql.ts';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';

let server: TestServer;
let session: { token: string };
beforeAll(async () => {
  server = await startServer();
  session = await signInAs(server, 'user');
});
afterAll(async () => server.close());

/** `{ me { f { f { … } } } }` with `depth` levels of fields in total. */
const nestedQuery = (depth: number) => `{ me ${'{ f '.repeat(depth - 1)}${'}'.repeat(depth - 1)} }`;

async function post(body: string, headers: Record<string, string>) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions: Record<string, unknown> }[] } };
}

describe('depth and cost limits', () => {
  it(`refuses a query deeper than ${MAX_DEPTH} before validating it`, async () => {
    expect(MAX_DEPTH).toBe(12);
    const tooDeep = await server.gql(nestedQuery(13), {}, session);
    expect(tooDeep.errors).toHaveLength(1);
    expect(errorOf(tooDeep)).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_deep' });
    // Twelve levels pass the limit and meet ordinary validation (the field `f` does not exist).
    expect(errorOf(await server.gql(nestedQuery(12), {}, session))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
  });

  it('counts depth through fragments', async () => {
    const query = `{ ...A } fragment A on Query { me ${'{ f '.repeat(6)}...B${' }'.repeat(6)} } fragment B on Query { g ${'{ f '.repeat(6)}${'}'.repeat(6)} }`;
    expect(errorOf(await server.gql(query, {}, session)).reason).toBe('query_too_deep');
  });

  it('refuses a fragment bomb as too costly, quickly and without running it', async () => {
    // Each fragment doubles the one before: 2^16 selections from a tiny document.
    const fragments = Array.from({ length: 16 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ');
    const query = `{ ...F16 } fragment F0 on Query { consentStatus { complete } } ${fragments}`;
    const answer = await server.gql(query, {}, session);
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    expect(answer.data).toBeUndefined();
  });

  it(`refuses more than ${MAX_COST} fields counted through page sizes`, async () => {
    const query = `{ a: consentStatus { documents(first: 500) { x(first: 50) { document } } } }`;
    expect(errorOf(await server.gql(query, {}, session)).reason).toBe('query_too_costly');
  });

  it('measures page sizes from each request\'s variables, not from an earlier request with the same document', async () => {
    const query = 'query($n: Int) { consentStatus(first: $n) { documents { document } } }';
    expect(errorOf(await server.gql(query, { n: 100_000 }, session)).reason).toBe('query_too_costly');
    // Within the limit the document meets ordinary validation (consentStatus takes no `first`).
    expect(errorOf(await server.gql(query, { n: 2 }, session)).reason).toBe('invalid_request');
    expect(errorOf(await server.gql(query, { n: 100_000 }, session)).reason).toBe('query_too_costly');
  });
});

describe('GET parameters (issue 12, item 8)', () => {
  it.each(['variables', 'extensions'])('answers %s that are not JSON with BAD_USER_INPUT, anonymous or signed in', async (name) => {
    for (const headers of [{}, { authorization: `Bearer ${session.token}` }] as Record<string, string>[]) {
      const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}&${name}=${encodeURIComponent('{bad')}`, { headers });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_json', requestId: response.headers.get('x-request-id') });
    }
  });

  it('still runs a GET query with JSON variables', async () => {
    const query = encodeURIComponent('query($kind: ArticleKind!) { articles(kind: $kind, first: 1) { __typename } }');
    const response = await fetch(`${server.url}/graphql?query=${query}&variables=${encodeURIComponent('{"kind":"blog"}')}`);
    expect(((await response.json()) as any).data.articles.__typename).toBe('QueryArticlesConnection');
  });
});

describe('the parse cache', () => {
  it(`keeps documents up to ${MAX_CACHED_DOCUMENT_CHARS} characters only (distinct 1 MiB documents must not pile up)`, () => {
    const cache = boundedDocumentCache<object>();
    const small = `{ __typename } #${'x'.repeat(MAX_CACHED_DOCUMENT_CHARS - 16)}`;
    const large = `${small}x`;
    expect(small).toHaveLength(MAX_CACHED_DOCUMENT_CHARS);
    cache.set(small, { small: true });
    cache.set(large, { large: true });
    expect(cache.get(small)).toEqual({ small: true });
    expect(cache.get(large)).toBeUndefined();
  });

  it('still answers a document too long to cache, twice', async () => {
    const query = `{ __typename } # ${'x'.repeat(MAX_CACHED_DOCUMENT_CHARS)}`;
    for (let i = 0; i < 2; i++) expect((await server.gql(query, {}, session)).data).toEqual({ __typename: 'Query' });
  });
});

describe('suggestions outside production', () => {
  it('keep "Did you mean" for developers (production hides them: production.test.ts)', async () => {
    expect((await server.gql('{ mee { id } }', {}, session)).errors?.[0]?.message).toContain('Did you mean "me"?');
  });
});

describe('CSRF prevention', () => {
  const cookie = () => `ltc_session=${session.token}`;

  it('refuses a text/plain or form POST carrying the session cookie with 415, with or without a CSRF header, and does not run it', async () => {
    const mutation = JSON.stringify({ query: 'mutation { logout }' });
    for (const contentType of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      for (const csrf of [{}, { 'x-ltc-csrf': '1' }] as Record<string, string>[]) {
        const refused = await post(mutation, { 'content-type': contentType, cookie: cookie(), ...csrf });
        expect(refused.status, contentType).toBe(415);
        expect(refused.body.errors?.[0]?.extensions, contentType).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'unsupported_content_type' });
      }
    }
    // A POST without any content type is no JSON either.
    const untyped = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { cookie: cookie() }, body: new Uint8Array(Buffer.from(mutation)) });
    expect(untyped.status).toBe(415);
    // No logout happened.
    expect((await server.gql('{ me { role } }', {}, { headers: { cookie: cookie() } })).data.me.role).toBe('user');
  });

  it('refuses multipart without a CSRF header (a form can send multipart) and does not run it', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation { logout }' }));
    form.set('map', '{}');
    for (const headers of [{}, { 'x-ltc-csrf': '' }] as Record<string, string>[]) {
      const refused = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { cookie: cookie(), ...headers }, body: form });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'csrf_check_failed' });
    }
    expect((await server.gql('{ me { role } }', {}, { headers: { cookie: cookie() } })).data.me.role).toBe('user');
  });

  it('accepts JSON with the cookie, and a non-JSON request that carries X-LTC-CSRF', async () => {
    const json = await post(JSON.stringify({ query: '{ me { role } }' }), { 'content-type': 'application/json; charset=utf-8', cookie: cookie() });
    expect(json.body.data.me.role).toBe('user');
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: '{ me { role } }' }));
    form.set('map', '{}');
    const multipart = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { cookie: cookie(), 'x-ltc-csrf': '1' }, body: form });
    expect(((await multipart.json()) as any).data.me.role).toBe('user');
  });

  it('grants no CORS preflight and sends no CORS headers, so a foreign page can neither send JSON nor read answers', async () => {
    const preflight = await fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect([...preflight.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json', cookie: cookie() },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect([...answer.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
  });

  it('never runs a mutation over GET', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { cookie: cookie() } });
    expect(response.status).toBe(405);
    expect((await server.gql('{ me { role } }', {}, session)).data.me.role).toBe('user');
  });
});

describe('request body limit', () => {
  const withPadding = (bytes: number) => JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes) } });

  it(`answers a body just under ${GRAPHQL_BODY_MAX_BYTES} bytes normally`, async () => {
    const answer = await post(withPadding(GRAPHQL_BODY_MAX_BYTES - 100), { 'content-type': 'application/json' });
    expect(answer).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  });

  it('refuses a larger body by its declared length, before reading it', async () => {
    const refused = await post(withPadding(GRAPHQL_BODY_MAX_BYTES), { 'content-type': 'application/json' });
    expect(refused.status).toBe(413);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'request_too_large' });
  });

  it('refuses a chunked body without a declared length once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit: the server must stop reading long before the end.
        if (sent++ < 1024) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.reason).toBe('request_too_large');
    expect(sent).toBeLessThan(1024);
  });
});

describe('request bodies', () => {
  it('answers malformed, empty and non-JSON bodies with a code and reason', async () => {
    const cases: [string, Record<string, string>, number, string][] = [
      ['{"query": ', { 'content-type': 'application/json' }, 400, 'invalid_json'],
      ['"just a string"', { 'content-type': 'application/json' }, 400, 'invalid_json'],
      ['{}', { 'content-type': 'application/json' }, 400, 'invalid_request'],
      ['query={__typename}', { 'content-type': 'application/x-www-form-urlencoded', 'x-ltc-csrf': '1' }, 415, 'unsupported_content_type'],
      ['{ __typename }', { 'content-type': 'application/graphql', 'x-ltc-csrf': '1' }, 415, 'unsupported_content_type'],
    ];
    for (const [body, headers, status, reason] of cases) {
      const answer = await post(body, headers);
      expect(answer.status, body).toBe(status);
      expect(answer.body.errors?.[0]?.extensions, body).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    expect((await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/graphql+json' })).body.data).toEqual({ __typename: 'Query' });
  });
});

describe('the error contract for malformed requests', () => {
  it('answers parse, validation and variable errors with BAD_USER_INPUT and the request id', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['{ me { id }', {}, 'invalid_query'],
      ['{ notAField }', {}, 'invalid_request'],
      ['mutation($e: String!) { requestLoginCode(email: $e) { message } }', {}, 'invalid_request'],
      ['mutation($e: String!) { requestLoginCode(email: $e) { message } }', { e: 5 }, 'invalid_request'],
    ];
    // Each case twice: Yoga caches parse results, the request id must still be this request's.
    for (const [query, variables, reason] of [...cases, ...cases]) {
      const answer = await server.gql(query, variables);
      expect(errorOf(answer), query).toEqual({ code: 'BAD_USER_INPUT', reason });
      expect(answer.errors?.[0]?.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
    }
  });
});

describe('development conveniences', () => {
  it('serves GraphiQL and answers introspection outside production', async () => {
    const graphiql = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    const page = await graphiql.text();
    expect(page.toLowerCase()).toContain('graphiql');
    // Served from the installed package: nothing is loaded from another origin (works offline).
    expect(page.match(/<(?:script|link)\b[^>]*\b(?:src|href)="(?!data:)[^"]*"/g) ?? []).toEqual([]);
    expect((await server.gql('{ __schema { queryType { name } } }')).data.__schema.queryType.name).toBe('Query');
  });
});
