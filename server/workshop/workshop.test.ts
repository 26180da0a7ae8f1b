import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { WorkshopItem, WorkshopNote, WorkshopSession } from './workshop.entity.ts';
import { workshopOrganisationOf } from './workshop.service.ts';
import { createRequestScope } from '../request-scope.ts';
import { decryptExport } from '../exports/decrypt-export.ts';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.ts';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.ts';
import { stepUp } from '../../test/step-up.ts';

let server: TestServer;

const SESSION_FIELDS = `id status openedAt closedAt access vehicle { make model year vehicleId trustLight }
  notes { id text } items { id kind title details severity status evidenceDocumentIds } latestSnapshot { id itemIds note items { id } }
  proposedEntry { id status vehicleId date type km note itemTitles workshopName }`;
const OPEN = `mutation($key: String!, $v: ID, $t: String) { openWorkshopSession(idempotencyKey: $key, vehicleId: $v, shareToken: $t) { ${SESSION_FIELDS} } }`;
const NOTE = `mutation($key: String!, $s: ID!, $text: String!) { addWorkshopNote(idempotencyKey: $key, sessionId: $s, text: $text) { id text createdAt } }`;
const ITEMS = `mutation($key: String!, $s: ID!, $items: [WorkshopItemInput!]!) { addWorkshopItems(idempotencyKey: $key, sessionId: $s, items: $items) { id title status evidenceDocumentIds } }`;
const UPDATE = `mutation($key: String!, $i: ID!, $input: WorkshopItemUpdateInput!) { updateWorkshopItem(idempotencyKey: $key, itemId: $i, input: $input) { id title status severity details } }`;
const PUBLISH = `mutation($key: String!, $s: ID!, $ids: [ID!]!, $note: String) { publishWorkshopBoard(idempotencyKey: $key, sessionId: $s, itemIds: $ids, note: $note) { id itemIds note items { id title } } }`;
const CLOSE = `mutation($key: String!, $s: ID!, $p: ProposedEntryInput) { closeWorkshopSession(idempotencyKey: $key, sessionId: $s, proposeEntry: $p) { ${SESSION_FIELDS} } }`;
const SESSION = `query($id: ID!) { workshopSession(id: $id) { ${SESSION_FIELDS} } }`;
const SESSIONS = `query($status: WorkshopSessionStatus) { workshopSessions(status: $status) { edges { node { id status } } } }`;
const PROPOSALS = `{ proposedServiceEntries { id status vehicleId date type km itemTitles workshopName } }`;
const ACCEPT = `mutation($key: String!, $id: ID!) { acceptProposedEntry(idempotencyKey: $key, id: $id) { id vehicleId confirmedByWorkshop performedBy performedByLabel odometerKm date type } }`;
const DECLINE = `mutation($key: String!, $id: ID!) { declineProposedEntry(idempotencyKey: $key, id: $id) { id status } }`;

const key = () => randomUUID();
const em = () => server.app.services.orm.em.fork();

type Account = { token: string; userId: string };

async function must<T = any>(query: string, variables: Record<string, unknown>, account: Account): Promise<T> {
  const response = await server.gql(query, variables, { token: account.token });
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data)[0] as T;
}

/** A dealer with an own vehicle and a session open on it. */
async function dealerSession() {
  const dealer = await signInAs(server, 'dealer');
  const vehicle = await createVehicle(server, dealer.token, { make: 'Porsche', model: '911', buildYear: 1990 });
  const session = await must(OPEN, { key: key(), v: vehicle.id }, dealer);
  return { dealer, vehicleId: vehicle.id, session };
}

const item = (title: string, extra: Record<string, unknown> = {}) => ({ kind: 'defect', title, severity: 'medium', ...extra });

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('who may use the workshop', () => {
  it('dealers, admins, superadmins and staff of an approved VIP business; everyone else FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    for (const role of ['dealer', 'admin', 'superadmin'] as const) {
      const account = await signInAs(server, role);
      expect((await server.gql(SESSIONS, {}, { token: account.token })).data?.workshopSessions.edges).toEqual([]);
    }
    for (const role of ['user', 'vip'] as const) {
      const account = await signInAs(server, role);
      const vehicle = await createVehicle(server, account.token);
      expect(errorOf(await server.gql(SESSIONS, {}, { token: account.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(errorOf(await server.gql(OPEN, { key: key(), v: vehicle.id }, { token: account.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    expect(errorOf(await server.gql(SESSIONS, {}))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(SESSIONS, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    const unconsented = await signInAs(server, 'dealer', { consent: false });
    expect(errorOf(await server.gql(SESSIONS, {}, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });

    // A user on the staff of an approved business is a workshop; of an unapproved one not.
    const [owner, staff, owner2, staff2] = await Promise.all([signInAs(server, 'vip'), signInAs(server, 'user'), signInAs(server, 'vip'), signInAs(server, 'user')]);
    await businessWithStaff(server, owner.userId, staff.userId);
    await businessWithStaff(server, owner2.userId, staff2.userId, { approved: false });
    expect((await server.gql(SESSIONS, {}, { token: staff.token })).data?.workshopSessions.edges).toEqual([]);
    expect((await server.gql(SESSIONS, {}, { token: owner.token })).data?.workshopSessions.edges).toEqual([]);
    expect(errorOf(await server.gql(SESSIONS, {}, { token: staff2.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
  });
});

describe('a session', () => {
  it('opens for an own vehicle with make, model, year and trust light only; audited without free text', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    expect(session).toMatchObject({ status: 'OPEN', access: 'OWN_OR_ORG', closedAt: null, vehicle: { make: 'Porsche', model: '911', year: 1990, vehicleId }, notes: [], items: [], latestSnapshot: null, proposedEntry: null });
    expect(['gruen', 'gelb', 'orange', 'rot']).toContain(session.vehicle.trustLight);
    const note = await must(NOTE, { key: key(), s: session.id, text: 'Kunde meldet Klappern vorne links.\nBitte prüfen.' }, dealer);
    expect(note.text).toBe('Kunde meldet Klappern vorne links.\nBitte prüfen.');
    const read = await must(SESSION, { id: session.id }, dealer);
    expect(read.notes.map((n: { text: string }) => n.text)).toEqual([note.text]);
    const events = await em().find(AuditEvent, { targetId: session.id }, { orderBy: { at: 'asc' } });
    expect(events.map((event) => event.action)).toEqual(['WORKSHOP_SESSION_OPENED', 'WORKSHOP_NOTE_ADDED']);
    expect(JSON.stringify(events)).not.toContain('Klappern');
    expect(server.logs.join('\n')).not.toContain('Klappern');
  });

  it('opens for an org vehicle (staff of the business) but not for a foreign or unknown vehicle', async () => {
    const [owner, staff] = await Promise.all([signInAs(server, 'vip'), signInAs(server, 'user')]);
    await businessWithStaff(server, owner.userId, staff.userId);
    const vehicle = await createVehicle(server, owner.token);
    const session = await must(OPEN, { key: key(), v: vehicle.id }, staff);
    expect(session.vehicle.vehicleId).toBe(vehicle.id);
    // The business's sessions are shared by its owner and staff.
    expect((await must(SESSION, { id: session.id }, owner)).id).toBe(session.id);

    const dealer = await signInAs(server, 'dealer');
    const foreign = await server.gql(OPEN, { key: key(), v: vehicle.id }, { token: dealer.token });
    const unknown = await server.gql(OPEN, { key: key(), v: randomUUID() }, { token: dealer.token });
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(unknown)).toEqual(errorOf(foreign));
    expect(foreign.errors![0]!.message).toBe(unknown.errors![0]!.message);
    // An admin is a workshop of its own account: another account's vehicle is foreign too.
    const admin = await signInAs(server, 'admin');
    expect(errorOf(await server.gql(OPEN, { key: key(), v: vehicle.id }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
  });

  it('needs exactly one of vehicleId and shareToken', async () => {
    const dealer = await signInAs(server, 'dealer');
    const vehicle = await createVehicle(server, dealer.token);
    expect(errorOf(await server.gql(OPEN, { key: key() }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'workshop_vehicle_required' });
    expect(errorOf(await server.gql(OPEN, { key: key(), v: vehicle.id, t: 'x'.repeat(32) }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'workshop_vehicle_required' });
  });

  it("opens by the customer's share token and then shows only the public page's data", async () => {
    const customer = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, customer.token, { make: 'BMW', model: 'E30', buildYear: 1988 });
    await addEntry(server, customer.token, vehicle.id, { note: 'Geheime Notiz des Kunden' });
    const shared = await must(`mutation($v: ID!) { enablePublicShare(vehicleId: $v) { url } }`, { v: vehicle.id }, customer);
    const token = shared.url.split('/q/')[1];
    const dealer = await signInAs(server, 'dealer');
    const session = await must(OPEN, { key: key(), t: token }, dealer);
    expect(session.access).toBe('SHARE_TOKEN');
    expect(session.vehicle).toMatchObject({ make: 'BMW', model: 'E30', year: 1988, vehicleId: null });
    const full = JSON.stringify(await server.gql(SESSION, { id: session.id }, { token: dealer.token }));
    expect(full).not.toContain(vehicle.id);
    expect(full).not.toContain(vehicle.vin.slice(-4) + '"');
    expect(full).not.toContain('Geheime Notiz');
    // The dealer gains no access to the customer's vehicle.
    expect(errorOf(await server.gql(`query($id: ID!) { vehicle(id: $id) { id } }`, { id: vehicle.id }, { token: dealer.token })).code).toBe('FORBIDDEN');
    // Rotated, disabled and unknown tokens answer alike.
    await must(`mutation($v: ID!) { rotatePublicShare(vehicleId: $v) { url } }`, { v: vehicle.id }, customer);
    expect(errorOf(await server.gql(OPEN, { key: key(), t: token }, { token: dealer.token }))).toEqual({ code: 'NOT_FOUND', reason: 'share_token_not_available' });
    expect(errorOf(await server.gql(OPEN, { key: key(), t: 'A'.repeat(32) }, { token: dealer.token }))).toEqual({ code: 'NOT_FOUND', reason: 'share_token_not_available' });
  });

  it('belongs to its organisation: another organisation gets FORBIDDEN, the same answer as an unknown id', async () => {
    const { session } = await dealerSession();
    const other = await signInAs(server, 'dealer');
    const foreign = await server.gql(SESSION, { id: session.id }, { token: other.token });
    const unknown = await server.gql(SESSION, { id: randomUUID() }, { token: other.token });
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(foreign.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(errorOf(unknown)).toEqual(errorOf(foreign));
    expect(foreign.data).toEqual(unknown.data);
    for (const [query, variables] of [
      [NOTE, { key: key(), s: session.id, text: 'x' }],
      [ITEMS, { key: key(), s: session.id, items: [item('x')] }],
      [PUBLISH, { key: key(), s: session.id, ids: [] }],
      [CLOSE, { key: key(), s: session.id }],
    ] as const) {
      expect(errorOf(await server.gql(query, variables, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    expect((await server.gql(SESSIONS, {}, { token: other.token })).data.workshopSessions.edges).toEqual([]);
    expect(await em().count(WorkshopNote, { session: session.id })).toBe(0);
    const denied = await em().find(AuditEvent, { action: 'ACCESS_DENIED', actorId: other.userId });
    expect(denied.length).toBeGreaterThan(0);
  });

  it('lists the organisation’s sessions newest first, by status', async () => {
    const dealer = await signInAs(server, 'dealer');
    const vehicle = await createVehicle(server, dealer.token);
    const first = await must(OPEN, { key: key(), v: vehicle.id }, dealer);
    const second = await must(OPEN, { key: key(), v: vehicle.id }, dealer);
    await must(CLOSE, { key: key(), s: first.id }, dealer);
    const all = await must(SESSIONS, {}, dealer);
    expect(all.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([second.id, first.id]);
    const open = await must(SESSIONS, { status: 'OPEN' }, dealer);
    expect(open.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([second.id]);
  });
});

describe('items and the board', () => {
  it('adds 1 to 200 items with bounded titles and details, updates them and publishes an ordered board', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    const documentId = await insertDocument(server, vehicleId, dealer.userId);
    const added = await must(ITEMS, { key: key(), s: session.id, items: [item('Bremsen vorne', { evidenceDocumentIds: [documentId], details: 'Scheiben riefig' }), item('Öl wechseln', { kind: 'task' })] }, dealer);
    expect(added.map((i: { title: string }) => i.title)).toEqual(['Bremsen vorne', 'Öl wechseln']);
    expect(added[0].evidenceDocumentIds).toEqual([documentId]);

    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: [] }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_item_count' });
    const many = Array.from({ length: 201 }, (_, index) => item(`Punkt ${index}`));
    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: many }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_item_count' });
    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: [item('  ')] }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_title' });
    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: [item('x'.repeat(161))] }, { token: dealer.token })).reason).toBe('invalid_title');
    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: [item('ok', { details: 'd'.repeat(20_001) })] }, { token: dealer.token })).code).toBe('BAD_USER_INPUT');
    expect((await must(ITEMS, { key: key(), s: session.id, items: [item('lang', { details: 'd'.repeat(20_000) })] }, dealer))[0].title).toBe('lang');
    expect((await must(ITEMS, { key: key(), s: session.id, items: many.slice(0, 200) }, dealer)).length).toBe(200);

    // Evidence: documents of the organisation's vehicles only.
    const stranger = await signInAs(server, 'user');
    const foreignVehicle = await createVehicle(server, stranger.token);
    const foreignDocument = await insertDocument(server, foreignVehicle.id, stranger.userId);
    expect(errorOf(await server.gql(ITEMS, { key: key(), s: session.id, items: [item('x', { evidenceDocumentIds: [foreignDocument] })] }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_document' });

    const updated = await must(UPDATE, { key: key(), i: added[0].id, input: { status: 'done', severity: 'high' } }, dealer);
    expect(updated).toMatchObject({ status: 'done', severity: 'high', title: 'Bremsen vorne' });
    const snapshot = await must(PUBLISH, { key: key(), s: session.id, ids: [added[1].id, added[0].id], note: 'Heute fertig' }, dealer);
    expect(snapshot.items.map((i: { id: string }) => i.id)).toEqual([added[1].id, added[0].id]);
    const other = await dealerSession();
    expect(errorOf(await server.gql(PUBLISH, { key: key(), s: session.id, ids: [other.session.id] }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'item_not_in_session' });
    expect(errorOf(await server.gql(PUBLISH, { key: key(), s: session.id, ids: Array.from({ length: 501 }, () => randomUUID()) }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_item_count' });
    const read = await must(SESSION, { id: session.id }, dealer);
    expect(read.latestSnapshot).toMatchObject({ id: snapshot.id, itemIds: [added[1].id, added[0].id], note: 'Heute fertig' });
    // A newer board replaces it; the other session's board is its own.
    const newer = await must(PUBLISH, { key: key(), s: session.id, ids: [added[0].id], note: null }, dealer);
    await must(PUBLISH, { key: key(), s: other.session.id, ids: [], note: 'Andere Tafel' }, other.dealer);
    expect((await must(SESSION, { id: session.id }, dealer)).latestSnapshot).toMatchObject({ id: newer.id, itemIds: [added[0].id], note: null });

    // Another organisation cannot update an item, the same answer as an unknown item.
    const foreign = await server.gql(UPDATE, { key: key(), i: added[0].id, input: { status: 'open' } }, { token: other.dealer.token });
    const unknown = await server.gql(UPDATE, { key: key(), i: randomUUID(), input: { status: 'open' } }, { token: other.dealer.token });
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(unknown)).toEqual(errorOf(foreign));
    const actions = (await em().find(AuditEvent, { targetId: session.id, result: 'success' })).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['WORKSHOP_ITEMS_ADDED', 'WORKSHOP_ITEM_UPDATED', 'WORKSHOP_BOARD_PUBLISHED']));
  });

  it('bounds notes to 20 000 characters', async () => {
    const { dealer, session } = await dealerSession();
    expect((await must(NOTE, { key: key(), s: session.id, text: 'n'.repeat(20_000) }, dealer)).text.length).toBe(20_000);
    expect(errorOf(await server.gql(NOTE, { key: key(), s: session.id, text: 'n'.repeat(20_001) }, { token: dealer.token })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await server.gql(NOTE, { key: key(), s: session.id, text: '' }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_workshop_note' });
  });
});

describe('closing', () => {
  it('is idempotent; any later change is CONFLICT session_closed', async () => {
    const { dealer, session } = await dealerSession();
    const [added] = await must(ITEMS, { key: key(), s: session.id, items: [item('x')] }, dealer);
    const closed = await must(CLOSE, { key: key(), s: session.id }, dealer);
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).not.toBeNull();
    const again = await must(CLOSE, { key: key(), s: session.id }, dealer);
    expect(again).toEqual(closed);
    for (const [query, variables] of [
      [NOTE, { key: key(), s: session.id, text: 'x' }],
      [ITEMS, { key: key(), s: session.id, items: [item('x')] }],
      [UPDATE, { key: key(), i: added.id, input: { status: 'done' } }],
      [PUBLISH, { key: key(), s: session.id, ids: [added.id] }],
    ] as const) {
      expect(errorOf(await server.gql(query, variables, { token: dealer.token }))).toEqual({ code: 'CONFLICT', reason: 'session_closed' });
    }
    expect(await em().count(AuditEvent, { targetId: session.id, action: 'WORKSHOP_SESSION_CLOSED' })).toBe(1);
  });
});

describe('hand-over to the owner', () => {
  async function proposalFromShareTokenSession() {
    const customer = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, customer.token);
    const shared = await must(`mutation($v: ID!) { enablePublicShare(vehicleId: $v) { url } }`, { v: vehicle.id }, customer);
    const [owner, staff] = await Promise.all([signInAs(server, 'vip'), signInAs(server, 'user')]);
    await businessWithStaff(server, owner.userId, staff.userId);
    const session = await must(OPEN, { key: key(), t: shared.url.split('/q/')[1] }, staff);
    const [done, open] = await must(ITEMS, { key: key(), s: session.id, items: [item('Bremsbeläge erneuert'), item('Wischer')] }, staff);
    await must(UPDATE, { key: key(), i: done.id, input: { status: 'done' } }, staff);
    const proposal = { itemIds: [done.id], date: '2026-01-15', type: 'repair', km: 123_456, note: 'Beläge vorne' };
    expect(errorOf(await server.gql(CLOSE, { key: key(), s: session.id, p: { ...proposal, itemIds: [open.id] } }, { token: staff.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'item_not_done' });
    const closed = await must(CLOSE, { key: key(), s: session.id, p: proposal }, staff);
    expect(closed.proposedEntry).toMatchObject({ status: 'PENDING', vehicleId: vehicle.id, km: 123_456, itemTitles: ['Bremsbeläge erneuert'], workshopName: 'Autohaus Demo' });
    return { customer, staff, vehicleId: vehicle.id, proposalId: closed.proposedEntry.id as string };
  }

  it('the owner accepts: a confirmed entry on the timeline, performed by the workshop’s kind; nobody else can decide', async () => {
    const { customer, staff, vehicleId, proposalId } = await proposalFromShareTokenSession();
    const pending = await must(PROPOSALS, {}, customer);
    expect(pending.map((p: { id: string }) => p.id)).toEqual([proposalId]);
    expect(await must(PROPOSALS, {}, staff)).toEqual([]);

    // Not the owner: FORBIDDEN, the same as an unknown id; the workshop itself cannot accept.
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(ACCEPT, { key: key(), id: proposalId }, { token: staff.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(ACCEPT, { key: key(), id: proposalId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(ACCEPT, { key: key(), id: randomUUID() }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });

    const entry = await must(ACCEPT, { key: key(), id: proposalId }, customer);
    expect(entry).toMatchObject({ vehicleId, confirmedByWorkshop: true, performedByLabel: 'Fachwerkstatt', odometerKm: 123_456, date: '2026-01-15', type: 'repair' });
    const stored = await em().findOneOrFail(ServiceEntry, { id: entry.id });
    expect(stored.createdBy).toBe(customer.userId);
    expect(errorOf(await server.gql(DECLINE, { key: key(), id: proposalId }, { token: customer.token }))).toEqual({ code: 'CONFLICT', reason: 'proposal_already_decided' });
    expect(await must(PROPOSALS, {}, customer)).toEqual([]);
    // The workshop cannot touch the owner's history.
    const revise = await server.gql(`mutation($id: ID!) { reviseServiceEntry(entryId: $id, input: { odometerKm: 1 }) { id } }`, { id: entry.id }, { token: staff.token });
    expect(errorOf(revise).code).toBe('FORBIDDEN');
    expect(await em().count(AuditEvent, { targetId: proposalId, action: 'PROPOSED_ENTRY_ACCEPTED' })).toBe(1);
  });

  it('the owner declines: no entry', async () => {
    const { customer, vehicleId, proposalId } = await proposalFromShareTokenSession();
    const before = await em().count(ServiceEntry, { vehicle: vehicleId });
    expect(await must(DECLINE, { key: key(), id: proposalId }, customer)).toEqual({ id: proposalId, status: 'DECLINED' });
    expect(await em().count(ServiceEntry, { vehicle: vehicleId })).toBe(before);
    expect(await em().count(AuditEvent, { targetId: proposalId, action: 'PROPOSED_ENTRY_DECLINED' })).toBe(1);
  });
});

describe('idempotency keys', () => {
  it('a replay answers the first result; the same key with other input is CONFLICT idempotency_key_reused; a restart keeps them', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    const noteKey = key();
    const first = await must(NOTE, { key: noteKey, s: session.id, text: 'eins' }, dealer);
    expect(await must(NOTE, { key: noteKey, s: session.id, text: 'eins' }, dealer)).toEqual(first);
    expect(errorOf(await server.gql(NOTE, { key: noteKey, s: session.id, text: 'zwei' }, { token: dealer.token }))).toEqual({ code: 'CONFLICT', reason: 'idempotency_key_reused' });
    const itemsKey = key();
    const items = await must(ITEMS, { key: itemsKey, s: session.id, items: [item('a'), item('b')] }, dealer);
    const openKey = key();
    const opened = await must(OPEN, { key: openKey, v: vehicleId }, dealer);

    server = await server.restart();
    expect(await must(NOTE, { key: noteKey, s: session.id, text: 'eins' }, dealer)).toEqual(first);
    expect(await must(ITEMS, { key: itemsKey, s: session.id, items: [item('a'), item('b')] }, dealer)).toEqual(items);
    expect((await must(OPEN, { key: openKey, v: vehicleId }, dealer)).id).toBe(opened.id);
    expect(await em().count(WorkshopNote, { session: session.id })).toBe(1);
    expect(await em().count(WorkshopItem, { session: session.id })).toBe(2);
    expect(await em().count(WorkshopSession, { vehicle: vehicleId })).toBe(2);
    // Keys are per caller: another account's same key is its own.
    const other = await signInAs(server, 'dealer');
    const otherVehicle = await createVehicle(server, other.token);
    expect((await must(OPEN, { key: openKey, v: otherVehicle.id }, other)).id).not.toBe(opened.id);
    expect(errorOf(await server.gql(NOTE, { key: 'ä', s: session.id, text: 'x' }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_idempotency_key' });
  });

  it('a concurrent double submit with one key has one effect and both get the same answer', async () => {
    const { dealer, session } = await dealerSession();
    const shared = key();
    const answers = await Promise.all(Array.from({ length: 4 }, () => server.gql(ITEMS, { key: shared, s: session.id, items: [item('einmal')] }, { token: dealer.token })));
    const ids = answers.map((answer) => {
      expect(answer.errors).toBeUndefined();
      return answer.data.addWorkshopItems[0].id;
    });
    expect(new Set(ids).size).toBe(1);
    expect(await em().count(WorkshopItem, { session: session.id })).toBe(1);
    expect(await em().count(AuditEvent, { targetId: session.id, action: 'WORKSHOP_ITEMS_ADDED' })).toBe(1);
  });

  it('works together with the Idempotency-Key header', async () => {
    const { dealer, session } = await dealerSession();
    const headers = { 'idempotency-key': key() };
    const variables = { key: key(), s: session.id, text: 'mit Header' };
    const first = await server.gql(NOTE, variables, { token: dealer.token, headers });
    const second = await server.gql(NOTE, variables, { token: dealer.token, headers });
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.data).toEqual(first.data);
    expect(await em().count(WorkshopNote, { session: session.id })).toBe(1);
  });
});

describe('rate limits', () => {
  it('limits workshop mutations per account', async () => {
    const limited = await startServer({ LTC_RATE_WORKSHOP_LIMIT: '3', LTC_RATE_WORKSHOP_WINDOW_SECONDS: '60' });
    try {
      const dealer = await signInAs(limited, 'dealer');
      const vehicle = await createVehicle(limited, dealer.token);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await limited.gql(OPEN, { key: key(), v: vehicle.id }, { token: dealer.token }));
      expect(answers.slice(0, 3).every((answer) => answer.data?.openWorkshopSession)).toBe(true);
      expect(errorOf(answers[3]!)).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
      // Another account has its own budget.
      const other = await signInAs(limited, 'dealer');
      const otherVehicle = await createVehicle(limited, other.token);
      expect((await limited.gql(OPEN, { key: key(), v: otherVehicle.id }, { token: other.token })).data?.openWorkshopSession).toBeTruthy();
    } finally {
      await limited.close();
    }
  });
});

describe('hasOpenForVehicle', () => {
  it('answers for the organisation’s open sessions only', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    const scope = createRequestScope(server.app.services, { actor: { userId: dealer.userId, role: 'dealer', via: 'session', consentComplete: true } });
    const organisation = (await workshopOrganisationOf(scope))!;
    const sessions = em().getRepository(WorkshopSession);
    expect(await sessions.hasOpenForVehicle(organisation.key, vehicleId)).toBe(true);
    expect(await sessions.hasOpenForVehicle('account:someone-else', vehicleId)).toBe(false);
    await must(CLOSE, { key: key(), s: session.id }, dealer);
    expect(await sessions.hasOpenForVehicle(organisation.key, vehicleId)).toBe(false);
  });
});

describe('exports', () => {
  it('the account exports include the organisation’s sessions; the redacted one without any free text', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    await must(NOTE, { key: key(), s: session.id, text: 'NOTIZTEXT Kunde' }, dealer);
    const [added] = await must(ITEMS, { key: key(), s: session.id, items: [item('TITELTEXT', { details: 'DETAILTEXT' })] }, dealer);
    await must(PUBLISH, { key: key(), s: session.id, ids: [added.id], note: 'TAFELTEXT' }, dealer);

    const customer = await signInAs(server, 'user');
    const customerVehicle = await createVehicle(server, customer.token);
    const shared = await must(`mutation($v: ID!) { enablePublicShare(vehicleId: $v) { url } }`, { v: customerVehicle.id }, customer);
    const byToken = await must(OPEN, { key: key(), t: shared.url.split('/q/')[1] }, dealer);

    const redacted = (await server.gql('query { accountExport }', {}, { token: dealer.token })).data.accountExport as string;
    const parsed = JSON.parse(redacted);
    expect(parsed.workshopSessions).toHaveLength(2);
    // A share-token session names no vehicle, not even by id.
    const exported = (id: string) => parsed.workshopSessions.find((row: { id: string }) => row.id === id);
    expect(exported(byToken.id)).toMatchObject({ access: 'SHARE_TOKEN', vehicleId: null });
    expect(redacted).not.toContain(customerVehicle.id);
    expect(exported(session.id)).toMatchObject({ id: session.id, status: 'OPEN', access: 'OWN_OR_ORG', vehicleId, noteCount: 1, items: [{ id: added.id, kind: 'defect', status: 'open' }] });
    for (const text of ['NOTIZTEXT', 'TITELTEXT', 'DETAILTEXT', 'TAFELTEXT']) expect(redacted).not.toContain(text);

    const superadmin = await signInAs(server, 'superadmin');
    const grant = await server.gql(
      'mutation($id: ID!, $s: String) { createFullExportGrant(targetType: account, targetId: $id, stepUpToken: $s) { token } }',
      { id: dealer.userId, s: await stepUp(server, superadmin, 'export_full') },
      { token: superadmin.token },
    );
    const full = await server.gql('mutation($t: String, $id: ID!) { fullExport(token: $t, targetType: account, targetId: $id) { payload } }', { t: grant.data.createFullExportGrant.token, id: dealer.userId }, { token: superadmin.token });
    const record = decryptExport(server.app.services.keyring, full.data.fullExport.payload) as { workshopSessions: { id: string; notes: { text: string }[]; items: { title: string; details: string }[] }[] };
    const fullSession = record.workshopSessions.find((row) => row.id === session.id)!;
    expect(fullSession.notes[0]!.text).toBe('NOTIZTEXT Kunde');
    expect(fullSession.items[0]).toMatchObject({ title: 'TITELTEXT', details: 'DETAILTEXT' });
  });
});

describe('webhooks', () => {
  it('closing a session emits workshop_session.closed to the endpoints of the vehicle’s side', async () => {
    const { dealer, vehicleId, session } = await dealerSession();
    const manager = em();
    const endpoint = manager.create(WebhookEndpoint, { owner: dealer.userId, url: 'https://hooks.example/ltc', events: ['workshop_session.closed'], secretEncrypted: 'unused' });
    await manager.flush();
    await must(CLOSE, { key: key(), s: session.id }, dealer);
    const deliveries = await em().find(WebhookDelivery, { endpoint: endpoint.id });
    expect(deliveries.map((delivery) => delivery.eventType)).toEqual(['workshop_session.closed']);
    expect(JSON.parse(deliveries[0]!.payload).data).toEqual({ vehicleId, sessionId: session.id, proposed: false });
  });
});
