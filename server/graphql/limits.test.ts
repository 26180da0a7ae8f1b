import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('query cost with variables', () => {
  it('is checked on every request, not cached with the document', async () => {
    const { token } = await signInAs(server, 'user');
    const query = 'query Nested($n: Int) { myVehicles(first: $n) { edges { node { id entries(first: $n) { edges { node { id } } } } } } }';
    const small = await server.gql(query, { n: 2 }, { token });
    expect(small.errors).toBeUndefined();
    // The same document, now validated from the cache: the page sizes must still count.
    const huge = await server.gql(query, { n: 100_000 }, { token });
    expect(huge.data).toBeUndefined();
    expect(errorOf(huge)).toEqual({ code: 'BAD_USER_INPUT', reason: 'query_too_costly' });
    expect(huge.errors?.[0]?.extensions?.requestId).toBeTruthy();
  });
});
