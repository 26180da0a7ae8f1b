import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { MAX_OPERATION_NAMES, Metrics } from './metrics.ts';

const TOKEN = 'metrics-token-for-tests-0123456789';
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_METRICS_TOKEN: TOKEN, LTC_RATE_VERIFY_IP_LIMIT: '1' });
});
afterAll(async () => server.close());

const scrape = async (token = TOKEN) => fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
const sample = (text: string, metric: string, labels: string) =>
  Number(new RegExp(`^${metric}${labels.replace(/[{}"]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(text)?.[1] ?? 'NaN');

describe('metrics endpoint', () => {
  it('refuses without or with a wrong bearer token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await scrape('wrong-token')).status).toBe(401);
    expect((await scrape(`${TOKEN}x`)).status).toBe(401);
  });

  it('does not exist when no token is configured', async () => {
    const plain = await startServer();
    try {
      expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('counts requests, operation latency by name, error codes and rate-limit hits', async () => {
    const { token } = await signInAs(server, 'user');
    await server.gql('query MyAccount { me { id } }', {}, { token });
    await server.gql('query MyAccount { me { id } }', {}, { token });
    await server.gql('query Anonymous { me { id } }');
    await server.gql('{ me { id } }');
    await server.gql('query Broken { me { nope } }');
    // The verify limit is 1 per minute here and signInAs used it: both attempts are refused.
    const challenge = await server.gql('mutation { requestLoginCode(email: "rl@example.org") { challengeId } }');
    const id = challenge.data.requestLoginCode.challengeId;
    await server.gql('mutation($id: ID!) { verifyLoginCode(challengeId: $id, code: "000000") { token } }', { id });
    const limited = await server.gql('mutation($id: ID!) { verifyLoginCode(challengeId: $id, code: "000000") { token } }', { id });
    expect(limited.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(sample(text, 'ltc_graphql_operation_duration_seconds_count', '{operation="MyAccount",outcome="ok"}')).toBe(2);
    expect(sample(text, 'ltc_graphql_operation_duration_seconds_count', '{operation="Anonymous",outcome="error"}')).toBe(1);
    expect(sample(text, 'ltc_graphql_operation_duration_seconds_count', '{operation="anonymous",outcome="error"}')).toBe(3); // { me } and the two limited attempts
    // A document that fails validation never becomes a label of its own.
    expect(text).not.toContain('operation="Broken"');
    expect(sample(text, 'ltc_graphql_operation_duration_seconds_count', '{operation="not_executed",outcome="error"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'ltc_graphql_errors_total', '{code="UNAUTHENTICATED"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'ltc_graphql_errors_total', '{code="BAD_USER_INPUT"}')).toBe(1);
    expect(sample(text, 'ltc_graphql_errors_total', '{code="RATE_LIMITED"}')).toBe(2);
    expect(sample(text, 'ltc_rate_limit_hits_total', '{bucket="verify_ip"}')).toBe(2);
    expect(sample(text, 'ltc_http_requests_total', '{method="POST",route="/graphql",status="200"}')).toBeGreaterThanOrEqual(8);
    expect(text).toMatch(/^ltc_process_resident_memory_bytes \d+/m);
  });

  it('counts multipart uploads and their declared size', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation Upload($file: Upload) { __typename }', variables: { file: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob(['%PDF-1.4 test']), 'a.pdf');
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'x-ltc-csrf': '1' }, body: form });
    expect(response.status).toBeLessThan(500);
    const text = await (await scrape()).text();
    // The document is invalid (no Upload scalar needed for counting): the request still counts.
    expect(sample(text, 'ltc_uploads_total', '{outcome="error"}')).toBe(1);
    expect(Number(/^ltc_upload_bytes_total (\S+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
  });
});

describe('operation label cardinality', () => {
  it('keeps at most MAX_OPERATION_NAMES names and folds the rest into "other"', () => {
    const metrics = new Metrics();
    for (let i = 0; i < MAX_OPERATION_NAMES; i++) expect(metrics.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(metrics.operationLabel('OneTooMany')).toBe('other');
    expect(metrics.operationLabel('Op7')).toBe('Op7');
    expect(metrics.operationLabel(undefined)).toBe('anonymous');
    expect(new Metrics().operationLabel('x'.repeat(65))).toBe('other');
  });
});
