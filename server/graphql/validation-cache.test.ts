import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('validation cache (graphql-js validation only, per document)', () => {
  it('answers a repeated invalid document with the validation error each time, each with its own request id', async () => {
    const { token } = await signInAs(server, 'user');
    const query = '{ myVehicles(first: 1) { edges { node { noSuchField } } } }';
    const first = await server.gql(query, {}, { token });
    const second = await server.gql(query, {}, { token });
    expect(errorOf(first)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
    expect(errorOf(second)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
    expect(second.errors?.[0]?.message).toBe(first.errors?.[0]?.message);
    expect(second.errors?.[0]?.extensions?.requestId).not.toBe(first.errors?.[0]?.extensions?.requestId);
  });

  it('still runs the guards on every request: a document valid for an owner stays denied to a moderator', async () => {
    const owner = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const query = '{ myVehicles(first: 1) { edges { node { id } } } }';
    expect((await server.gql(query, {}, { token: owner.token })).errors).toBeUndefined();
    expect(errorOf(await server.gql(query, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect((await server.gql(query, {}, { token: owner.token })).errors).toBeUndefined();
  });
});
