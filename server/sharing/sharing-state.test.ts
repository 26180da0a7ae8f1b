import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const MY_VEHICLES = 'query { myVehicles(first: 10) { edges { node { id publicShareEnabled trustSummary { light } } } } }';
const VEHICLE = 'query($id: ID!) { vehicle(id: $id) { publicShareEnabled trustSummary { light } } }';
const ENABLE = 'mutation($id: ID!) { enablePublicShare(vehicleId: $id) { vehicle { id publicShareEnabled trustSummary { light } } } }';
const DISABLE = 'mutation($id: ID!) { disablePublicShare(vehicleId: $id) }';

async function measured(token: string, query: string, variables: Record<string, unknown> = {}) {
  const { response, statements } = await measuredGql(server, query, variables, token);
  expect(response.errors).toBeUndefined();
  return { data: response.data, statements };
}

describe("a vehicle's sharing state (live link, public view version)", () => {
  it('is read with a page of vehicles: the link flag and a cached trust summary cost no statement of their own', async () => {
    const dealer = await signInAs(server, 'dealer');
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await createVehicle(server, dealer.token)).id);
    await measured(dealer.token, ENABLE, { id: ids[1] });
    await measured(dealer.token, MY_VEHICLES); // fills the trust summary cache

    const { data, statements } = await measured(dealer.token, MY_VEHICLES);
    const shared = Object.fromEntries(data.myVehicles.edges.map(({ node }: { node: { id: string; publicShareEnabled: boolean } }) => [node.id, node.publicShareEnabled]));
    expect(shared).toEqual({ [ids[0]!]: false, [ids[1]!]: true, [ids[2]!]: false });
    // The actor and the page; the version check of the cached summaries rides on the page.
    expect(statements).toBe(2);

    // A write ends the cached summary at once: the page's version is the new one.
    await measured(dealer.token, DISABLE, { id: ids[1] });
    const after = await measured(dealer.token, MY_VEHICLES);
    expect(after.data.myVehicles.edges.map(({ node }: { node: { publicShareEnabled: boolean } }) => node.publicShareEnabled)).toEqual([false, false, false]);
    expect(after.statements).toBeGreaterThan(2);
  });

  it('is one read for a single vehicle, and a mutation answers with the state after its write', async () => {
    const owner = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token);
    await measured(owner.token, VEHICLE, { id });
    const cached = await measured(owner.token, VEHICLE, { id });
    expect(cached.data.vehicle.publicShareEnabled).toBe(false);
    // The actor, the vehicle, and one sharing-state read for both fields.
    expect(cached.statements).toBe(3);

    // The scope check loads the vehicle before the mutation; its sharing state is read after it.
    const enabled = await measured(owner.token, ENABLE, { id });
    expect(enabled.data.enablePublicShare.vehicle).toMatchObject({ id, publicShareEnabled: true });
    expect((await measured(owner.token, VEHICLE, { id })).data.vehicle.publicShareEnabled).toBe(true);
  });
});
