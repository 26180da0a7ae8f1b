import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../../test/harness.ts';
import { PERSISTED_MANIFEST } from './persisted-operations.ts';
import { OPERATOR_ENV } from '../../test/operator-env.ts';

const manifest = JSON.parse(readFileSync(PERSISTED_MANIFEST, 'utf8')) as Record<string, string>;
const meHash = Object.keys(manifest).find((hash) => /^query Me\b/.test(manifest[hash]!))!;

async function post(server: TestServer, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await response.json()) as { data?: any; errors?: { extensions: { code: string; reason?: string } }[] };
}
const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('persisted operations in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({
      LTC_ENV: 'production',
      LTC_SECRET_KEY: 'x'.repeat(40),
      LTC_PUBLIC_BASE_URL: 'https://service-heft.example',
      LTC_MAIL_HOST: '127.0.0.1',
      ...OPERATOR_ENV,
    });
  });
  afterAll(async () => server.close());

  it('runs a manifest operation sent by hash only', async () => {
    expect(meHash).toBeDefined();
    const result = await post(server, persisted(meHash));
    // The document ran: `me` is protected, so an anonymous caller gets UNAUTHENTICATED from it.
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });

  it('refuses ad-hoc documents from a browser session', async () => {
    const result = await post(server, { query: '{ me { id } }' }, { cookie: 'ltc_session=some-session' });
    expect(result.data?.me).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'persisted_query_only' });
  });

  it('refuses an unknown hash', async () => {
    const result = await post(server, persisted(`sha256:${'0'.repeat(64)}`));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'persisted_query_not_found' });
  });

  it('lets bearer clients and anonymous callers send their own documents', async () => {
    // Past the persisted-operation gate; the unknown token is simply anonymous.
    const withToken = await post(server, { query: '{ me { id } }' }, { authorization: 'Bearer not-a-real-token', cookie: 'ltc_session=some-session' });
    expect(withToken.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const anonymous = await post(server, { query: '{ me { id } }' });
    expect(anonymous.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('persisted operations outside production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it('accepts both hashes and ad-hoc documents', async () => {
    expect((await post(server, persisted(meHash))).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect((await post(server, { query: '{ __typename }' })).data).toEqual({ __typename: 'Query' });
  });
});
