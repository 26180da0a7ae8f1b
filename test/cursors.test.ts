import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';
import { addEntry, createVehicle } from './vehicle-fixtures.ts';

/**
 * Issue 12, item 12: one cursor format (server/graphql/cursors.ts) and one error,
 * BAD_USER_INPUT/invalid_cursor, for every connection, checked before execution so a bad cursor
 * in a nested connection never turns into "invalid_request" with the vehicle nulled.
 */

let server: TestServer;
let superadmin: { token: string; userId: string };
let vehicleId: string;
let entryId: string;
beforeAll(async () => {
  server = await startServer();
  superadmin = await signInAs(server, 'superadmin');
  vehicleId = (await createVehicle(server, superadmin.token)).id;
  await createVehicle(server, superadmin.token);
  for (const date of ['2024-01-01', '2024-02-01', '2024-03-01']) entryId = (await addEntry(server, superadmin.token, vehicleId, { date })).id;
  await server.gql('mutation($id: ID!) { reviseServiceEntry(entryId: $id, input: { odometerKm: 50000 }) { id } }', { id: entryId }, { token: superadmin.token });
});
afterAll(async () => server.close());

/** Every connection, with `$after` in place: root lists and the ones nested in a vehicle. */
const CONNECTIONS: Record<string, string> = {
  myVehicles: 'query($after: String) { myVehicles(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  actableVehicles: 'query($after: String) { actableVehicles(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  'vehicle.entries': 'query($after: String, $v: ID!) { vehicle(id: $v) { entries(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } } }',
  'vehicle.documents': 'query($after: String, $v: ID!) { vehicle(id: $v) { documents(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } } }',
  serviceEntryHistory: 'query($after: String, $e: ID!) { serviceEntryHistory(entryId: $e, first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  articles: 'query($after: String) { articles(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  cmsArticles: 'query($after: String) { cmsArticles(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  myArticles: 'query($after: String) { myArticles(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  auditLog: 'query($after: String) { auditLog(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  users: 'query($after: String) { users(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  vipBusinesses: 'query($after: String) { vipBusinesses(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  quarantineQueue: 'query($after: String) { quarantineQueue(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  myApiTokens: 'query($after: String) { myApiTokens(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  myTransfers: 'query($after: String) { myTransfers(first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
  trustFolders: 'query($after: String, $v: ID!) { trustFolders(vehicleId: $v, first: 1, after: $after) { edges { cursor } pageInfo { endCursor } } }',
};

const ask = (query: string, after: unknown) => server.gql(query, { after, v: vehicleId, e: entryId }, { token: superadmin.token });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('bad cursors', () => {
  const BAD: Record<string, string> = {
    garbage: 'garbage',
    empty: '',
    'not base64': '!!!',
    "Pothos' own offset cursor": Buffer.from('OffsetConnection:1').toString('base64'),
    'the old "<ISO>|<id>" cursor': `${new Date().toISOString()}|${crypto.randomUUID()}`,
    'JSON of the wrong shape': encode({ offset: 1 }),
    'an offset cursor (no list pages by offset)': encode(['o', 1]),
    'the end cursor of an empty offset page': encode(['o', -1]),
    'a key without a UUID': encode(['k', 0, "x' or 1=1 --"]),
    'very long': 'A'.repeat(100_000),
  };

  it('are refused by every connection with BAD_USER_INPUT/invalid_cursor and no data', async () => {
    const answers: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [connection, query] of Object.entries(CONNECTIONS)) {
      for (const [name, cursor] of Object.entries(BAD)) {
        const answer = await ask(query, cursor);
        answers[`${connection} ${name}`] = `${errorOf(answer).code}/${errorOf(answer).reason} data=${JSON.stringify(answer.data ?? null)}`;
        expected[`${connection} ${name}`] = 'BAD_USER_INPUT/invalid_cursor data=null';
      }
    }
    expect(answers).toEqual(expected);
  });

  it('a keyset cursor naming no row is invalid_cursor where the list orders by a key read from that row', async () => {
    const keyset = encode(['k', Date.now(), crypto.randomUUID()]);
    expect(errorOf(await ask(CONNECTIONS['vehicle.entries']!, keyset))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
    expect(errorOf(await ask(CONNECTIONS.serviceEntryHistory!, keyset))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
  });
});

describe('good cursors', () => {
  it('every cursor handed out has the one format (base64url of a JSON array, a keyset position)', async () => {
    const cursors: string[] = [];
    for (const query of Object.values(CONNECTIONS)) {
      const answer = await ask(query, null);
      expect(answer.errors, query).toBeUndefined();
      const connection = Object.values(answer.data)[0] as any;
      const edges = (connection.edges ?? connection.entries?.edges ?? connection.documents?.edges ?? []) as { cursor: string }[];
      cursors.push(...edges.map((edge) => edge.cursor));
    }
    expect(cursors.length).toBeGreaterThanOrEqual(5);
    for (const cursor of cursors) {
      const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      expect(value[0] === 'k' && value.length === 3 && Number.isSafeInteger(value[1]) && typeof value[2] === 'string', cursor).toBe(true);
    }
  });

  it('page through keyset lists to the end', async () => {
    const walk = async (query: string, pick: (data: any) => any) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const answer = await ask(query, after);
        expect(answer.errors).toBeUndefined();
        const connection = pick(answer.data);
        if (connection.edges.length === 0) break;
        seen.push(...connection.edges.map((edge: { cursor: string }) => edge.cursor));
        after = connection.pageInfo.endCursor;
      }
      return seen;
    };
    expect(await walk(CONNECTIONS['vehicle.entries']!, (data) => data.vehicle.entries)).toHaveLength(3);
    expect(await walk(CONNECTIONS.serviceEntryHistory!, (data) => data.serviceEntryHistory)).toHaveLength(2);
    expect(await walk(CONNECTIONS.myVehicles!, (data) => data.myVehicles)).toHaveLength(2);
    expect(await walk(CONNECTIONS.actableVehicles!, (data) => data.actableVehicles)).toHaveLength(2);
  });
});
