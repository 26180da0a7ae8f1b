// Rate-limit and cost feedback (issue 17, build item 3), over real HTTP with both limiter stores:
// the RateLimit headers count down, a refused API-token request is 429 with Retry-After, the public
// page's answers (through Yoga and through the edge cache) carry the headers too, and an API
// token's answer states the cost of its operation as limits.ts measures it.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COST, queryCost } from '../server/graphql/limits.ts';
import { schema } from '../server/schema.ts';
import { EDGE_CACHED_DOCUMENT } from '../server/sharing/public-page-edge-cache.ts';
import { signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle } from './vehicle-fixtures.ts';

const LIMIT = 3;
const WINDOW_SECONDS = 60;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: any; errors?: { path?: string[]; extensions: Record<string, unknown> }[]; extensions?: Record<string, any> };
}

async function post(server: TestServer, body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const rateLimitHeaders = ({ headers }: Answer) => ({
  limit: headers.get('ratelimit-limit'),
  remaining: headers.get('ratelimit-remaining'),
  policy: headers.get('ratelimit-policy'),
  retryAfter: headers.get('retry-after'),
});

/** RateLimit-Reset: whole seconds until the oldest request counted leaves the window. */
const resetOf = ({ headers }: Answer) => Number(headers.get('ratelimit-reset'));

describe.each(['memory', 'database'] as const)('rate-limit feedback with the %s store', (store) => {
  const env = {
    LTC_RATE_LIMIT_STORE: store,
    LTC_RATE_API_TOKEN_LIMIT: String(LIMIT),
    LTC_RATE_API_TOKEN_WINDOW_SECONDS: String(WINDOW_SECONDS),
    LTC_RATE_PUBLIC_IP_LIMIT: String(LIMIT),
    LTC_RATE_PUBLIC_IP_WINDOW_SECONDS: String(WINDOW_SECONDS),
  };
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(env);
  });
  afterAll(async () => server.close());

  async function newApiToken(): Promise<string> {
    const dealer = await signInAs(server, 'dealer');
    await createVehicle(server, dealer.token);
    const created = await server.gql('mutation { createApiToken(name: "DMS", scope: read) { token } }', {}, { token: dealer.token });
    return created.data.createApiToken.token;
  }

  it('counts an API token down in headers and extensions, then refuses the whole request with 429 and Retry-After', async () => {
    const token = await newApiToken();
    const query = 'query($first: Int!) { me { id } myVehicles(first: $first) { edges { node { id make model } } } }';
    const variables = { first: 20 };
    const expectedCost = queryCost(schema, parse(query), variables);
    expect(expectedCost).toBeGreaterThan(20); // the page size multiplies: a cost that could be miscounted

    const answers: Answer[] = [];
    for (let i = 0; i < LIMIT + 1; i++) answers.push(await post(server, { query, variables }, { authorization: `Bearer ${token}` }));

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map(rateLimitHeaders)).toEqual([
      { limit: '3', remaining: '2', policy: '3;w=60', retryAfter: null },
      { limit: '3', remaining: '1', policy: '3;w=60', retryAfter: null },
      { limit: '3', remaining: '0', policy: '3;w=60', retryAfter: null },
      { limit: '3', remaining: '0', policy: '3;w=60', retryAfter: String(resetOf(answers[3]!)) },
    ]);
    for (const answer of answers) {
      expect(resetOf(answer)).toBeGreaterThanOrEqual(1);
      expect(resetOf(answer)).toBeLessThanOrEqual(WINDOW_SECONDS + 1); // the database store counts up to one slot (1 s) longer
      expect(answer.body.extensions).toEqual({
        cost: { requested: expectedCost, limit: MAX_COST },
        rateLimit: { limit: LIMIT, remaining: Number(answer.headers.get('ratelimit-remaining')), resetSeconds: resetOf(answer) },
      });
    }
    expect(answers[2]!.body.data.myVehicles.edges).toHaveLength(1);
    const refused = answers[3]!.body;
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.map((error) => [error.extensions.code, error.extensions.reason])).toEqual([['RATE_LIMITED', 'rate_limited']]);
    expect(refused.errors?.[0]?.extensions).not.toHaveProperty('http');
  });

  it('gives every token its own budget, and no feedback to session requests (no limiter applies)', async () => {
    const [first, second] = [await newApiToken(), await newApiToken()];
    await post(server, { query: '{ me { id } }' }, { authorization: `Bearer ${first}` });
    const other = await post(server, { query: '{ me { id } }' }, { authorization: `Bearer ${second}` });
    expect(rateLimitHeaders(other)).toMatchObject({ remaining: '2' });
    expect(other.body.extensions?.cost).toEqual({ requested: queryCost(schema, parse('{ me { id } }')), limit: MAX_COST });

    const session = await signInAs(server, 'dealer');
    const answer = await post(server, { query: '{ me { id } }' }, { authorization: `Bearer ${session.token}` });
    expect(answer.status).toBe(200);
    expect(rateLimitHeaders(answer)).toEqual({ limit: null, remaining: null, policy: null, retryAfter: null });
    expect(answer.body.extensions).toBeUndefined();
  });

  it('counts an idempotent replay: its headers are current, its body is the first answer\'s', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { id } = await createVehicle(server, dealer.token);
    const token = (await server.gql('mutation { createApiToken(name: "DMS", scope: read_write) { token } }', {}, { token: dealer.token })).data.createApiToken.token;
    const request = { query: 'mutation($id: ID!) { updateVehicle(id: $id, input: { nickname: "Flotte 7" }) { id nickname } }', variables: { id } };
    const headers = { authorization: `Bearer ${token}`, 'idempotency-key': `rate-${store}` };
    const [first, replay] = [await post(server, request, headers), await post(server, request, headers)];
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect([rateLimitHeaders(first).remaining, rateLimitHeaders(replay).remaining]).toEqual(['2', '1']);
    expect(replay.body).toEqual(first.body);
    expect(first.body.extensions?.rateLimit.remaining).toBe(2);
  });

  it('sends the public page per-IP headers through Yoga and the edge cache; its refusal is a field error with Retry-After', async () => {
    // The public page has its own server: the per-IP window is shared by every anonymous test request.
    const limited = await startServer(env);
    try {
      const owner = await signInAs(limited, 'user');
      const { id } = await createVehicle(limited, owner.token);
      const link = (await limited.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id }, { token: owner.token })).data.enablePublicShare.url as string;
      const request = { query: EDGE_CACHED_DOCUMENT, variables: { token: link.split('/q/')[1] } };
      const answers: Answer[] = [];
      for (let i = 0; i < LIMIT + 1; i++) answers.push(await post(limited, request));
      const shortcut = (await limited.app.services.metrics.publicPageCache.get()).values.find((v) => v.labels.answered_by === 'shortcut')?.value;
      expect(shortcut).toBe(2); // the first answer filled the cache, the next two came from it

      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
      expect(answers.map(rateLimitHeaders)).toEqual([
        { limit: '3', remaining: '2', policy: '3;w=60', retryAfter: null },
        { limit: '3', remaining: '1', policy: '3;w=60', retryAfter: null },
        { limit: '3', remaining: '0', policy: '3;w=60', retryAfter: null },
        { limit: '3', remaining: '0', policy: '3;w=60', retryAfter: String(resetOf(answers[3]!)) },
      ]);
      expect(answers[2]!.body.data.publicVehicle.model).toBeTruthy();
      const refused = answers[3]!.body;
      expect(refused.data).toEqual({ __typename: 'Query', publicVehicle: null });
      expect(refused.errors?.map((error) => [error.path, error.extensions.code, error.extensions.reason])).toEqual([[['publicVehicle'], 'RATE_LIMITED', 'rate_limited']]);
      // Anonymous answers carry no extensions: the edge cache answers byte for byte as Yoga does.
      expect(answers.map((answer) => answer.body.extensions)).toEqual([undefined, undefined, undefined, undefined]);
    } finally {
      await limited.close();
    }
  });
});
