import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { keysetCursor } from '../graphql/cursors.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const ENTRIES = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { vehicle(id: $id) {
  entries(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { id date } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } }
} }`;
const DOCUMENTS = `query($id: ID!, $first: Int, $after: String) { vehicle(id: $id) {
  documents(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
} }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) { serviceEntryHistory(entryId: $id, first: $first, after: $after) {
  edges { node { id version } } pageInfo { hasNextPage endCursor }
} }`;
const REVISE = `mutation($id: ID!, $input: ReviseServiceEntryInput!) { reviseServiceEntry(entryId: $id, input: $input) { id version } }`;

type Edge = { node: { id: string; date?: string } };

async function ownerWithVehicle() {
  const owner = await signInAs(server, 'user');
  return { ...owner, vehicleId: (await createVehicle(server, owner.token)).id };
}

describe('keyset pages of vehicle.entries, vehicle.documents and serviceEntryHistory', () => {
  it('an entry added while paging neither repeats nor skips one; newest work first across pages', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const added = [];
    for (const day of ['01', '02', '03', '04', '05']) added.push(await addEntry(server, token, vehicleId, { date: `2024-01-${day}` }));
    const first = await server.gql(ENTRIES, { id: vehicleId, first: 2 }, { token });
    const page1 = first.data.vehicle.entries;
    expect(page1.edges.map((edge: Edge) => edge.node.date)).toEqual(['2024-01-05', '2024-01-04']);
    expect(page1.pageInfo.hasNextPage).toBe(true);

    // Inserted while the client pages: one newer than its position, one older, one on the same day.
    await addEntry(server, token, vehicleId, { date: '2024-02-01' });
    const older = await addEntry(server, token, vehicleId, { date: '2023-12-31' });
    const sameDay = await addEntry(server, token, vehicleId, { date: '2024-01-04' });

    const seen: string[] = page1.edges.map((edge: Edge) => edge.node.id);
    let after = page1.pageInfo.endCursor;
    for (;;) {
      const page = (await server.gql(ENTRIES, { id: vehicleId, first: 2, after }, { token })).data.vehicle.entries;
      seen.push(...page.edges.map((edge: Edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    // Every entry present when paging began, exactly once; the older insert lands in a later page.
    expect(new Set(seen).size).toBe(seen.length);
    for (const entry of added) expect(seen).toContain(entry.id);
    expect(seen).toContain(older.id);
    // Recorded after the page it sorts into was read, the same-day entry ahead of the position is not shown now.
    expect(seen).not.toContain(sameDay.id);
    expect(seen.at(-1)).toBe(older.id);
  });

  it('an entry revised between two pages keeps its place: it is neither skipped nor shown twice', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    // Four entries on one day: the timeline orders them by when each was first recorded.
    const added = [];
    for (let i = 0; i < 4; i += 1) {
      added.push(await addEntry(server, token, vehicleId, { date: '2024-03-01' }));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const page1 = (await server.gql(ENTRIES, { id: vehicleId, first: 2 }, { token })).data.vehicle.entries;
    expect(page1.edges.map((edge: Edge) => edge.node.id)).toEqual([added[3].id, added[2].id]);

    // Both entries of the next page and the one at the cursor are revised before it is read.
    const revised = [];
    for (const entry of [added[1], added[0], added[2]]) revised.push((await server.gql(REVISE, { id: entry.id, input: { odometerKm: 50000 } }, { token })).data.reviseServiceEntry.id);
    const page2 = (await server.gql(ENTRIES, { id: vehicleId, first: 2, after: page1.pageInfo.endCursor }, { token })).data.vehicle.entries;
    expect(page2.edges.map((edge: Edge) => edge.node.id)).toEqual([revised[0], revised[1]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    // And a fresh read shows the same order as before the revisions.
    const again = (await server.gql(ENTRIES, { id: vehicleId, first: 4 }, { token })).data.vehicle.entries;
    expect(again.edges.map((edge: Edge) => edge.node.id)).toEqual([added[3].id, revised[2], revised[0], revised[1]]);
  });

  it('walks back with last/before', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    for (const day of ['01', '02', '03']) await addEntry(server, token, vehicleId, { date: `2024-01-${day}` });
    const all = (await server.gql(ENTRIES, { id: vehicleId, first: 3 }, { token })).data.vehicle.entries;
    const back = (await server.gql(ENTRIES, { id: vehicleId, last: 2, before: all.edges[2].cursor }, { token })).data.vehicle.entries;
    expect(back.edges.map((edge: Edge) => edge.node.date)).toEqual(['2024-01-03', '2024-01-02']);
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });

  it('a cursor of another kind or naming no entry is invalid_cursor', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    await addEntry(server, token, vehicleId);
    const offset = Buffer.from(JSON.stringify(['o', 3])).toString('base64url');
    const unknownRow = keysetCursor(new Date(), '00000000-0000-4000-8000-000000000000');
    for (const cursor of [offset, unknownRow]) {
      expect(errorOf(await server.gql(ENTRIES, { id: vehicleId, first: 1, after: cursor }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
    }
  });

  it('documents page in the database, newest first; a new upload does not shift the next page', async () => {
    const { token, userId, vehicleId } = await ownerWithVehicle();
    const ids = [];
    for (let i = 0; i < 4; i += 1) {
      ids.push(await insertDocument(server, vehicleId, userId));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const page1 = (await server.gql(DOCUMENTS, { id: vehicleId, first: 2 }, { token })).data.vehicle.documents;
    expect(page1.edges.map((edge: Edge) => edge.node.id)).toEqual([ids[3], ids[2]]);
    await insertDocument(server, vehicleId, userId);
    const page2 = (await server.gql(DOCUMENTS, { id: vehicleId, first: 2, after: page1.pageInfo.endCursor }, { token })).data.vehicle.documents;
    expect(page2.edges.map((edge: Edge) => edge.node.id)).toEqual([ids[1], ids[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('history pages by version; a revision while paging is appended, nothing repeats', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const v1 = await addEntry(server, token, vehicleId);
    let latest = v1.id;
    for (let i = 0; i < 3; i += 1) latest = (await server.gql(REVISE, { id: latest, input: { odometerKm: 43000 + i } }, { token })).data.reviseServiceEntry.id;
    const page1 = (await server.gql(HISTORY, { id: v1.id, first: 2 }, { token })).data.serviceEntryHistory;
    expect(page1.edges.map((edge: { node: { version: number } }) => edge.node.version)).toEqual([1, 2]);
    await server.gql(REVISE, { id: latest, input: { odometerKm: 50000 } }, { token });
    const page2 = (await server.gql(HISTORY, { id: v1.id, first: 10, after: page1.pageInfo.endCursor }, { token })).data.serviceEntryHistory;
    expect(page2.edges.map((edge: { node: { version: number } }) => edge.node.version)).toEqual([3, 4, 5]);
  });

  it('pages of many vehicles’ entries cost one statement, not one per vehicle', async () => {
    const dealer = await signInAs(server, 'dealer');
    const vehicles = [];
    for (let i = 0; i < 4; i += 1) {
      const { id } = await createVehicle(server, dealer.token);
      for (const day of ['01', '02', '03']) await addEntry(server, dealer.token, id, { date: `2024-01-${day}` });
      vehicles.push(id);
    }
    const query = `query($after: String) { myVehicles(first: 10) { edges { node { entries(first: 2, after: $after) { edges { node { date } } } } } } }`;
    const { statements, response } = await measuredGql(server, query, {}, dealer.token);
    expect(response.errors).toBeUndefined();
    for (const edge of response.data.myVehicles.edges) expect(edge.node.entries.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual(['2024-01-03', '2024-01-02']);
    expect(statements).toBeLessThanOrEqual(6);
  });
});

describe('keyset pages for partner systems (issue 17): a workshop\'s API token as org staff', () => {
  /** The cursor's kind: every connection's cursor is a keyset position ("k"), never an offset. */
  const cursorKind = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))[0];

  async function workshopToken(ownerId: string) {
    const staff = await signInAs(server, 'dealer');
    await businessWithStaff(server, ownerId, staff.userId);
    const created = await server.gql('mutation { createApiToken(name: "DMS", scope: read_write) { token } }', {}, { token: staff.token });
    return created.data.createApiToken.token as string;
  }

  it('entries: entries the workshop adds between pages neither repeat nor push one out', async () => {
    const owner = await signInAs(server, 'vip');
    const { id: vehicleId } = await createVehicle(server, owner.token);
    const token = await workshopToken(owner.userId);
    const present = [];
    for (const day of ['01', '02', '03', '04', '05']) present.push(await addEntry(server, token, vehicleId, { date: `2024-01-${day}` }));

    const first = await server.gql(ENTRIES, { id: vehicleId, first: 2 }, { token });
    expect(first.errors).toBeUndefined();
    const page1 = first.data.vehicle.entries;
    expect(page1.edges.map((edge: Edge) => edge.node.date)).toEqual(['2024-01-05', '2024-01-04']);
    expect(cursorKind(page1.pageInfo.endCursor)).toBe('k');
    // Between pages: one ahead of the client's position, one among the pages still to come, one after all.
    const ahead = await addEntry(server, token, vehicleId, { date: '2024-02-01' });
    const between = await addEntry(server, token, vehicleId, { date: '2024-01-02' });
    const last = await addEntry(server, token, vehicleId, { date: '2023-12-31' });

    const seen: Edge[] = [...page1.edges];
    let after = page1.pageInfo.endCursor;
    for (;;) {
      const page = (await server.gql(ENTRIES, { id: vehicleId, first: 2, after }, { token })).data.vehicle.entries;
      seen.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ids = seen.map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of [...present, between, last]) expect(ids.filter((id) => id === entry.id)).toHaveLength(1);
    expect(ids).not.toContain(ahead.id);
    expect(seen.map((edge) => edge.node.date)).toEqual(['2024-01-05', '2024-01-04', '2024-01-03', '2024-01-02', '2024-01-02', '2024-01-01', '2023-12-31']);
  });

  it('serviceEntryHistory: a revision the workshop records between pages is appended, nothing repeats or is skipped', async () => {
    const owner = await signInAs(server, 'vip');
    const { id: vehicleId } = await createVehicle(server, owner.token);
    const token = await workshopToken(owner.userId);
    const v1 = await addEntry(server, token, vehicleId);
    const versions = [v1.id];
    for (let i = 0; i < 3; i += 1) versions.push((await server.gql(REVISE, { id: versions.at(-1), input: { odometerKm: 43000 + i } }, { token })).data.reviseServiceEntry.id);

    const page1 = (await server.gql(HISTORY, { id: versions[2], first: 2 }, { token })).data.serviceEntryHistory;
    expect(page1.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(versions.slice(0, 2));
    expect(cursorKind(page1.pageInfo.endCursor)).toBe('k');
    versions.push((await server.gql(REVISE, { id: versions.at(-1), input: { odometerKm: 50000 } }, { token })).data.reviseServiceEntry.id);

    const rest: { node: { id: string; version: number } }[] = [];
    let after = page1.pageInfo.endCursor;
    for (;;) {
      const page = (await server.gql(HISTORY, { id: v1.id, first: 2, after }, { token })).data.serviceEntryHistory;
      rest.push(...page.edges);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(rest.map((edge) => edge.node.id)).toEqual(versions.slice(2));
    expect(rest.map((edge) => edge.node.version)).toEqual([3, 4, 5]);
  });
});
