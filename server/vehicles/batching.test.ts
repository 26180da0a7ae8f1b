import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { MY_VEHICLES_WITH_TRUST, addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

async function dealerWithVehicles(count: number) {
  const dealer = await signInAs(server, 'dealer');
  for (let i = 0; i < count; i++) {
    const { id } = await createVehicle(server, dealer.token, { physicalServiceBook: i % 2 === 0 });
    const documentId = await insertDocument(server, id, dealer.userId, i % 3 === 0 ? { approvalStatus: 'QUARANTINED' } : {});
    await addEntry(server, dealer.token, id, { documentIds: [documentId] });
    await addEntry(server, dealer.token, id, { type: 'tires', performedBy: 'REIFENSERVICE', odometerKm: 50000 });
  }
  return dealer;
}

/**
 * SQL statements the server runs for one request (the server is otherwise idle in this file). A
 * small request goes first: a session seen more than a minute ago is touched then (a write that a
 * slow host would otherwise count for one side only), and the measured request stays cold.
 */
async function statementsFor(token: string, first: number) {
  await server.gql('{ me { id } }', {}, { token });
  return measuredGql(server, MY_VEHICLES_WITH_TRUST, { first }, token);
}

describe('batched loading', () => {
  it('myVehicles with entries and trust summaries costs the same number of SQL statements for 5 and 20 vehicles', async () => {
    const small = await dealerWithVehicles(5);
    const large = await dealerWithVehicles(20);
    // Scheduled jobs (document scans, sweeps) would add their statements to whichever request they overlap.
    await server.app.services.jobs.stop();
    const five = await statementsFor(small.token, 50);
    const twenty = await statementsFor(large.token, 50);
    expect(five.response.errors).toBeUndefined();
    expect(twenty.response.errors).toBeUndefined();
    expect(five.response.data.myVehicles.edges).toHaveLength(5);
    expect(twenty.response.data.myVehicles.edges).toHaveLength(20);
    const first = twenty.response.data.myVehicles.edges[0].node;
    expect(first.entries.edges).toHaveLength(2);
    const linked = first.entries.edges.flatMap((edge: { node: { documents: { id: string }[] } }) => edge.node.documents);
    expect(linked).toHaveLength(1);
    expect(first.trustSummary.light).toBe('orange');
    expect(five.statements).toBeGreaterThan(0);
    expect(twenty.statements).toBe(five.statements);
    expect(twenty.statements).toBeLessThanOrEqual(12);
  });
});
