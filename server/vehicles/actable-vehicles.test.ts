import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { keysetCursor } from '../graphql/cursors.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

const ACTABLE = `query($first: Int, $after: String) {
  actableVehicles(first: $first, after: $after) {
    edges { cursor relation node { id make interestedInSelling } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE_TOKEN = 'mutation { createApiToken(name: "DMS", scope: read_write) { token } }';

type Edge = { cursor: string; relation: 'OWN' | 'ORG'; node: { id: string; make: string; interestedInSelling: boolean | null } };

/** A VIP business owner with vehicles, and (when `approved`) a staff member of that business. */
async function ownerWithStaff(options: { approved?: boolean; staffRole?: 'user' | 'dealer' } = {}) {
  const owner = await signInAs(server, 'vip');
  const staff = await signInAs(server, options.staffRole ?? 'dealer');
  await businessWithStaff(server, owner.userId, staff.userId, { approved: options.approved });
  return { owner, staff };
}

async function allPages(token: string, first: number, between?: () => Promise<void>): Promise<Edge[]> {
  const edges: Edge[] = [];
  let after: string | undefined;
  for (;;) {
    const response = await server.gql(ACTABLE, { first, after }, { token });
    expect(response.errors).toBeUndefined();
    const page = response.data.actableVehicles;
    edges.push(...page.edges);
    if (!page.pageInfo.hasNextPage) return edges;
    after = page.pageInfo.endCursor;
    if (between && edges.length === first) await between();
  }
}

describe('actableVehicles', () => {
  it('lists org staff the business owner’s vehicles and their own, marked ORG and OWN, owner-only fields null without an error', async () => {
    const { owner, staff } = await ownerWithStaff();
    const orgVehicle = await createVehicle(server, owner.token, { interestedInSelling: true });
    const ownVehicle = await createVehicle(server, staff.token, { interestedInSelling: true });
    const response = await server.gql(ACTABLE, { first: 10 }, { token: staff.token });
    expect(response.errors).toBeUndefined();
    const listed = response.data.actableVehicles.edges.map((edge: Edge) => ({ id: edge.node.id, relation: edge.relation, interestedInSelling: edge.node.interestedInSelling }));
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([
      { id: orgVehicle.id, relation: 'ORG', interestedInSelling: null },
      { id: ownVehicle.id, relation: 'OWN', interestedInSelling: true },
    ]));
    // myVehicles stays the owned ones only.
    const mine = await server.gql('{ myVehicles(first: 10) { edges { node { id } } } }', {}, { token: staff.token });
    expect(mine.data.myVehicles.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([ownVehicle.id]);
    // The business owner sees only their own: staff vehicles are not the business's.
    const asOwner = await server.gql(ACTABLE, { first: 10 }, { token: owner.token });
    expect(asOwner.data.actableVehicles.edges.map((edge: Edge) => [edge.node.id, edge.relation])).toEqual([[orgVehicle.id, 'OWN']]);
  });

  it('gives a partner system (an API token of a staff member) the same list, and its vehicles can be written by id', async () => {
    const { owner, staff } = await ownerWithStaff();
    const orgVehicle = await createVehicle(server, owner.token);
    const { token } = (await server.gql(CREATE_TOKEN, {}, { token: staff.token })).data.createApiToken;
    const listed = await server.gql(ACTABLE, { first: 10 }, { token });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.actableVehicles.edges.map((edge: Edge) => edge.node.id)).toEqual([orgVehicle.id]);
    const entry = await addEntry(server, token, orgVehicle.id);
    expect(entry.version).toBe(1);
  });

  it('shows nobody else the business’s vehicles: other accounts, staff of an unapproved business', async () => {
    const { owner } = await ownerWithStaff();
    const orgVehicle = await createVehicle(server, owner.token);
    const stranger = await signInAs(server, 'dealer');
    const strangerVehicle = await createVehicle(server, stranger.token);
    const strangers = await server.gql(ACTABLE, { first: 100 }, { token: stranger.token });
    expect(strangers.data.actableVehicles.edges.map((edge: Edge) => edge.node.id)).toEqual([strangerVehicle.id]);

    const unapproved = await ownerWithStaff({ approved: false, staffRole: 'user' });
    await createVehicle(server, unapproved.owner.token);
    const pending = await server.gql(ACTABLE, { first: 100 }, { token: unapproved.staff.token });
    expect(pending.errors).toBeUndefined();
    expect(pending.data.actableVehicles.edges).toEqual([]);
    expect(JSON.stringify([strangers, pending])).not.toContain(orgVehicle.id);
  });

  it('lists an admin’s own vehicles only (others by vehicle(id))', async () => {
    const admin = await signInAs(server, 'admin');
    const someone = await signInAs(server, 'user');
    await createVehicle(server, someone.token);
    const own = await createVehicle(server, admin.token);
    const response = await server.gql(ACTABLE, { first: 100 }, { token: admin.token });
    expect(response.data.actableVehicles.edges.map((edge: Edge) => [edge.node.id, edge.relation])).toEqual([[own.id, 'OWN']]);
  });

  it('denies anonymous callers, moderators and missing consent; a malformed or foreign cursor is invalid_cursor', async () => {
    expect(errorOf(await server.gql(ACTABLE, { first: 1 }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const moderator = await signInAs(server, 'moderator');
    const confined = await server.gql(ACTABLE, { first: 1 }, { token: moderator.token });
    expect(errorOf(confined)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(confined.data?.actableVehicles ?? null).toBeNull();
    const noConsent = await signInAs(server, 'dealer', { consent: false });
    expect(errorOf(await server.gql(ACTABLE, { first: 1 }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    const dealer = await signInAs(server, 'dealer');
    const offset = Buffer.from(JSON.stringify(['o', 3])).toString('base64url');
    for (const after of ['nope', offset]) {
      expect(errorOf(await server.gql(ACTABLE, { first: 1, after }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
    }
    // A well-formed cursor naming another position only moves the window: nothing of another account shows.
    const response = await server.gql(ACTABLE, { first: 5, after: keysetCursor(new Date(0), crypto.randomUUID()) }, { token: dealer.token });
    expect(response.data.actableVehicles.edges).toEqual([]);
  });

  it('pages with keyset cursors: vehicles added between pages by the owner and the staff member are neither repeated nor shift others out', async () => {
    const { owner, staff } = await ownerWithStaff();
    const before: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      before.push((await createVehicle(server, owner.token)).id);
      before.push((await createVehicle(server, staff.token)).id);
    }
    const added: string[] = [];
    const seen = await allPages(staff.token, 2, async () => {
      // Distinct creation times: a vehicle created in the same millisecond as the page's last one could sort before it.
      await new Promise((resolve) => setTimeout(resolve, 5));
      added.push((await createVehicle(server, owner.token)).id, (await createVehicle(server, staff.token)).id);
    });
    const ids = seen.map((edge) => edge.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every vehicle exactly once; the ones added while paging sort after all others (oldest first).
    expect(ids).toHaveLength(before.length + added.length);
    expect(new Set(ids.slice(0, before.length))).toEqual(new Set(before));
    expect(new Set(ids.slice(before.length))).toEqual(new Set(added));
    expect(seen.filter((edge) => edge.relation === 'ORG')).toHaveLength(4);
  });

  it('costs the same number of SQL statements for 3 and 12 org vehicles with entries and trust summaries', async () => {
    const query = `{ actableVehicles(first: 50) { edges { relation node {
      id make interestedInSelling publicShareEnabled
      entries(first: 3) { edges { node { id effectiveTrustLevel documents { id } } } }
      trustSummary { light hint verificationLevel reasons { code } }
    } } } }`;
    const measure = async (count: number) => {
      const { owner, staff } = await ownerWithStaff();
      for (let i = 0; i < count; i += 1) {
        const { id } = await createVehicle(server, owner.token);
        await addEntry(server, owner.token, id);
      }
      await createVehicle(server, staff.token);
      const { response, statements } = await measuredGql(server, query, {}, staff.token);
      expect(response.errors).toBeUndefined();
      expect(response.data.actableVehicles.edges).toHaveLength(count + 1);
      expect(response.data.actableVehicles.edges[0].node.entries.edges).toHaveLength(1);
      return statements;
    };
    // Scheduled jobs (document scans, webhook deliveries, sweeps) would add their statements to whichever request they overlap.
    await server.app.services.jobs.stop();
    const few = await measure(3);
    const many = await measure(12);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
