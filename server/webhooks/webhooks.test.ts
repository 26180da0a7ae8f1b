import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { OPERATOR_ENV } from '../../test/operator-env.ts';
import { GENEROUS_LIMITS } from '../../test/step-up.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { loadConfig } from '../config.ts';
import { sqlStatementCount } from '../db/statement-counter.ts';
import { User } from '../identity/user.entity.ts';
import { DomainError } from '../errors.ts';
import { parseWebhookUrl } from './webhook-address.ts';
import { WebhookDelivery } from './webhook-delivery.entity.ts';
import { deliverDueWebhooks, WEBHOOK_LOG_DAYS, webhookLogSweepJob } from './webhook-delivery.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { emitWebhookEvent, MAX_WEBHOOK_ENDPOINTS } from './webhooks.service.ts';

/** A real receiving server on 127.0.0.1: records every request; each path answers its own way. */
interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
const received: Received[] = [];
let receiver: http.Server;
let receiverUrl: string;
/** Requests per path so far, for answers that change (500 twice, then 200). */
const hits = new Map<string, number>();
let hugeAnswersClosed = 0;

function answer(request: http.IncomingMessage, response: http.ServerResponse, body: string): void {
  const route = (request.url ?? '').split('?')[0]!;
  const hit = (hits.get(route) ?? 0) + 1;
  hits.set(route, hit);
  received.push({ path: route, headers: request.headers, body });
  if (route.startsWith('/down')) return void response.writeHead(500).end('nope');
  if (route.startsWith('/flaky')) return void response.writeHead(hit <= 2 ? 500 : 204).end();
  if (route.startsWith('/hang')) return; // never answers
  if (route.startsWith('/redirect')) return void response.writeHead(302, { location: `${receiverUrl}/ok` }).end();
  if (route.startsWith('/huge')) {
    // A 200 with an endless body: the sender must stop at the headers.
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    const chunk = Buffer.alloc(64 * 1024, 120);
    const timer = setInterval(() => response.write(chunk), 5);
    response.on('close', () => {
      clearInterval(timer);
      hugeAnswersClosed += 1;
    });
    return;
  }
  response.writeHead(204).end();
}

const receivedAt = (route: string) => received.filter((request) => request.path === route);

let server: TestServer;
/** Delivers only when a test says so (no schedule in between): for the two-senders race. */
let manual: TestServer;
/** The address policy as production has it: no loopback or private addresses. */
let strict: TestServer;

const FAST = {
  ...GENEROUS_LIMITS,
  LTC_WEBHOOK_ALLOW_PRIVATE: '1',
  LTC_WEBHOOK_INTERVAL_MS: '100',
  LTC_WEBHOOK_RETRY_BASE_MS: '50',
  LTC_WEBHOOK_MAX_ATTEMPTS: '3',
  // Short enough for the hanging receiver, long enough for a loaded CI host to answer on loopback.
  LTC_WEBHOOK_TIMEOUT_MS: '2000',
};

beforeAll(async () => {
  receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => answer(request, response, Buffer.concat(chunks).toString('utf8')));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  [server, manual, strict] = await Promise.all([
    startServer(FAST),
    startServer({ ...FAST, LTC_WEBHOOK_INTERVAL_MS: '600000', LTC_WEBHOOK_TIMEOUT_MS: '10000' }),
    startServer({ ...GENEROUS_LIMITS, LTC_WEBHOOK_INTERVAL_MS: '100', LTC_WEBHOOK_MAX_ATTEMPTS: '1' }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.close(), manual?.close(), strict?.close()]);
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

const ALL_EVENTS = ['ENTRY_ADDED', 'ENTRY_REVISED', 'ENTRY_WITHDRAWN', 'DOCUMENT_APPROVED', 'DOCUMENT_REJECTED', 'TRANSFER_COMPLETED'];
const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url events active } }
}`;
const UPDATE = 'mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { id url events active } }';
const DELETE = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }';
const TEST_EVENT = 'mutation($id: ID!) { sendTestWebhookEvent(id: $id) { id eventType status } }';
const LIST = '{ myWebhookEndpoints(first: 20) { edges { node { id url events active } } } }';
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $id, first: $first, after: $after) {
    edges { node { id eventId eventType payload status attempts lastStatusCode lastError deliveredAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Account = { token: string; userId: string };
type Delivery = { id: string; eventId: string; eventType: string; payload: string; status: string; attempts: number; lastStatusCode: number | null; lastError: string | null };

async function register(on: TestServer, owner: Account, route: string, events = ALL_EVENTS): Promise<{ id: string; secret: string }> {
  const created = await on.gql(CREATE, { input: { url: `${receiverUrl}${route}`, events } }, { token: owner.token });
  if (!created.data?.createWebhookEndpoint) throw new Error(JSON.stringify(created.errors));
  return { id: created.data.createWebhookEndpoint.endpoint.id, secret: created.data.createWebhookEndpoint.secret };
}

async function deliveriesOf(on: TestServer, owner: Account, endpointId: string): Promise<Delivery[]> {
  const response = await on.gql(DELIVERIES, { id: endpointId, first: 50 }, { token: owner.token });
  if (!response.data?.webhookDeliveries) throw new Error(JSON.stringify(response.errors));
  return response.data.webhookDeliveries.edges.map((edge: { node: Delivery }) => edge.node);
}

/** Waits until the endpoint's newest delivery has settled (delivered or failed). */
async function settled(on: TestServer, owner: Account, endpointId: string, count = 1): Promise<Delivery[]> {
  let deliveries: Delivery[] = [];
  await expect
    .poll(async () => {
      deliveries = await deliveriesOf(on, owner, endpointId);
      return deliveries.length >= count && deliveries.every((delivery) => delivery.status !== 'pending');
    })
    .toBe(true);
  return deliveries;
}

/** The documented verification function, loaded from docs/PARTNER_API.md exactly as printed there. */
async function documentedVerifier(): Promise<(secret: string, header: unknown, body: string, toleranceSeconds?: number) => boolean> {
  const doc = readFileSync(path.join(import.meta.dirname, '../../docs/PARTNER_API.md'), 'utf8');
  const block = /<!-- webhook-verify-example:[^\n]*-->\n```js\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('the verification example is missing from docs/PARTNER_API.md');
  const file = path.join(tmpdir(), `ltc-verify-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, block);
  return (await import(pathToFileURL(file).href)).verifyLtcSignature;
}

const dataOf = (request: Received) => JSON.parse(request.body) as { id: string; type: string; createdAt: string; data: Record<string, unknown> };

describe('registering an endpoint', () => {
  it('shows the secret once, keeps it encrypted, and lists the endpoint for its owner only', async () => {
    const dealer = await signInAs(server, 'dealer');
    const created = await server.gql(CREATE, { input: { url: `${receiverUrl}/ok-register?partnerKey=query-secret-123`, events: ['ENTRY_ADDED', 'ENTRY_ADDED'] } }, { token: dealer.token });
    const { secret, endpoint } = created.data.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ url: `${receiverUrl}/ok-register?partnerKey=query-secret-123`, events: ['ENTRY_ADDED'], active: true });
    const row = await server.app.services.orm.em.fork().findOneOrFail(WebhookEndpoint, { id: endpoint.id });
    expect(row.secretEncrypted).not.toContain(secret.slice(6));
    expect(server.app.services.keyring.decrypt('webhook-secret', row.secretEncrypted)).toBe(secret);
    const listed = await server.gql(LIST, {}, { token: dealer.token });
    expect(listed.data.myWebhookEndpoints.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([endpoint.id]);
    expect(JSON.stringify(listed)).not.toContain(secret);
    const other = await signInAs(server, 'dealer');
    expect((await server.gql(LIST, {}, { token: other.token })).data.myWebhookEndpoints.edges).toEqual([]);
    // Neither the secret nor the URL's query string reach the audit log or the logs.
    const audit = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: endpoint.id });
    expect(audit.map((event) => event.action)).toEqual(['WEBHOOK_ENDPOINT_CREATED']);
    expect(JSON.stringify(audit)).not.toContain('query-secret-123');
    await server.gql(TEST_EVENT, { id: endpoint.id }, { token: dealer.token });
    await settled(server, dealer, endpoint.id);
    for (const text of [JSON.stringify(audit), server.logs.join('\n')]) {
      expect(text).not.toContain('query-secret-123');
      expect(text).not.toContain(secret);
    }
  });

  it('is for accounts that may hold API tokens, with consent; read-only tokens cannot register', async () => {
    const input = { url: `${receiverUrl}/ok-roles`, events: ['ENTRY_ADDED'] };
    expect(errorOf(await server.gql(CREATE, { input }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(CREATE, { input }, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const noConsent = await signInAs(server, 'vip', { consent: false });
    expect(errorOf(await server.gql(CREATE, { input }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    const vip = await signInAs(server, 'vip');
    const token = async (scope: string) =>
      (await server.gql('mutation($s: ApiTokenScope!) { createApiToken(name: "DMS", scope: $s) { token } }', { s: scope }, { token: vip.token })).data.createApiToken.token;
    expect(errorOf(await server.gql(CREATE, { input }, { token: await token('read') }))).toEqual({ code: 'FORBIDDEN', reason: 'token_read_only' });
    const byToken = await server.gql(CREATE, { input }, { token: await token('read_write') });
    expect(byToken.data.createWebhookEndpoint.endpoint.url).toBe(input.url);
  });

  it(`allows ${MAX_WEBHOOK_ENDPOINTS} endpoints per account, also when the requests arrive in parallel`, async () => {
    const vip = await signInAs(server, 'vip');
    const results = await Promise.all(
      Array.from({ length: MAX_WEBHOOK_ENDPOINTS + 3 }, (_, i) => server.gql(CREATE, { input: { url: `${receiverUrl}/ok-cap-${i}`, events: ['ENTRY_ADDED'] } }, { token: vip.token })),
    );
    expect(results.filter((result) => result.data?.createWebhookEndpoint)).toHaveLength(MAX_WEBHOOK_ENDPOINTS);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(3).fill({ code: 'CONFLICT', reason: 'webhook_limit_reached' }));
    const first = results.find((result) => result.data?.createWebhookEndpoint)!.data.createWebhookEndpoint.endpoint.id;
    await server.gql(DELETE, { id: first }, { token: vip.token });
    expect((await register(server, vip, '/ok-cap-again')).secret).toMatch(/^whsec_/);
  });

  it('refuses malformed URLs and empty event lists', async () => {
    const dealer = await signInAs(server, 'dealer');
    for (const url of ['not a url', 'ftp://partner.example/hook', 'https://user:pass@partner.example/hook', 'https://partner.example/hook#frag', `https://partner.example/${'a'.repeat(2048)}`]) {
      expect(errorOf(await server.gql(CREATE, { input: { url, events: ['ENTRY_ADDED'] } }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_webhook_url' });
    }
    expect(errorOf(await server.gql(CREATE, { input: { url: `${receiverUrl}/ok`, events: [] } }, { token: dealer.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_webhook_events' });
    expect(errorOf(await server.gql(CREATE, { input: { url: 'https://no-such-host.invalid/hook', events: ['ENTRY_ADDED'] } }, { token: dealer.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'webhook_address_not_allowed',
    });
  });

  it('lets no one else see, change, test or delete an endpoint or read its log', async () => {
    const owner = await signInAs(server, 'dealer');
    const { id } = await register(server, owner, '/ok-denials');
    const other = await signInAs(server, 'dealer');
    const forbidden = { code: 'FORBIDDEN', reason: 'forbidden' };
    expect(errorOf(await server.gql(DELIVERIES, { id }, { token: other.token }))).toEqual(forbidden);
    expect(errorOf(await server.gql(UPDATE, { id, input: { url: `${receiverUrl}/stolen` } }, { token: other.token }))).toEqual(forbidden);
    expect(errorOf(await server.gql(TEST_EVENT, { id }, { token: other.token }))).toEqual(forbidden);
    expect(errorOf(await server.gql(DELETE, { id }, { token: other.token }))).toEqual(forbidden);
    const admin = await signInAs(server, 'admin');
    expect(errorOf(await server.gql(DELIVERIES, { id }, { token: admin.token }))).toEqual(forbidden);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(errorOf(await server.gql(DELETE, { id: unknown }, { token: other.token }))).toEqual(forbidden);
    const denied = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: id, result: 'denied' });
    expect(denied.map((event) => event.action).sort()).toEqual(['WEBHOOK_ENDPOINT_DELETED', 'WEBHOOK_ENDPOINT_UPDATED', 'WEBHOOK_TEST_SENT']);
    const row = await server.app.services.orm.em.fork().findOneOrFail(WebhookEndpoint, { id });
    expect(row.url).toBe(`${receiverUrl}/ok-denials`);
    // The owner may change and delete it.
    const updated = await server.gql(UPDATE, { id, input: { events: ['DOCUMENT_APPROVED'], active: false } }, { token: owner.token });
    expect(updated.data.updateWebhookEndpoint).toMatchObject({ events: ['DOCUMENT_APPROVED'], active: false });
    expect((await server.gql(DELETE, { id }, { token: owner.token })).data.deleteWebhookEndpoint.id).toBe(id);
    expect((await server.gql(LIST, {}, { token: owner.token })).data.myWebhookEndpoints.edges).toEqual([]);
  });
});

describe('delivering events', () => {
  it('sends every entry event, signed (verified with the documented example), with ids and states only', async () => {
    const verify = await documentedVerifier();
    const dealer = await signInAs(server, 'dealer');
    const { id: endpointId, secret } = await register(server, dealer, '/ok-entries');
    const vehicle = await createVehicle(server, dealer.token);
    const entry = await addEntry(server, dealer.token, vehicle.id);
    const revised = (await server.gql('mutation($id: ID!) { reviseServiceEntry(entryId: $id, input: { odometerKm: 43000 }) { id version } }', { id: entry.id }, { token: dealer.token })).data
      .reviseServiceEntry;
    const withdrawn = (await server.gql('mutation($id: ID!) { withdrawServiceEntry(entryId: $id, reason: "Doppelt erfasst") { id version } }', { id: revised.id }, { token: dealer.token }))
      .data.withdrawServiceEntry;
    const deliveries = await settled(server, dealer, endpointId, 3);
    expect(deliveries.map((delivery) => [delivery.eventType, delivery.status, delivery.attempts, delivery.lastStatusCode])).toEqual([
      ['entry.withdrawn', 'delivered', 1, 204],
      ['entry.revised', 'delivered', 1, 204],
      ['entry.added', 'delivered', 1, 204],
    ]);
    const requests = receivedAt('/ok-entries');
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(verify(secret, request.headers['ltc-signature'], request.body)).toBe(true);
      expect(verify('whsec_wrong', request.headers['ltc-signature'], request.body)).toBe(false);
      expect(verify(secret, request.headers['ltc-signature'], request.body.replace('"version"', '"versio"'))).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['ltc-event']).toBe(dataOf(request).type);
      const delivery = deliveries.find((each) => each.id === request.headers['ltc-delivery'])!;
      expect(delivery.payload).toBe(request.body);
      expect(dataOf(request).id).toBe(delivery.eventId);
    }
    const byType = Object.fromEntries(requests.map((request) => [dataOf(request).type, dataOf(request).data]));
    expect(byType).toEqual({
      'entry.added': { vehicleId: vehicle.id, entryId: entry.id, groupId: entry.groupId, version: 1, withdrawn: false },
      'entry.revised': { vehicleId: vehicle.id, entryId: revised.id, groupId: entry.groupId, version: 2, withdrawn: false },
      'entry.withdrawn': { vehicleId: vehicle.id, entryId: withdrawn.id, groupId: entry.groupId, version: 3, withdrawn: true },
    });
  });

  it('sends document decisions to the owner and to the staff of the owner’s business, not to others or to the deciding admin', async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'dealer');
    const stranger = await signInAs(server, 'dealer');
    const admin = await signInAs(server, 'admin');
    await businessWithStaff(server, owner.userId, staff.userId, { by: admin.userId });
    const ownerHook = await register(server, owner, '/ok-docs-owner', ['DOCUMENT_APPROVED', 'DOCUMENT_REJECTED']);
    const staffHook = await register(server, staff, '/ok-docs-staff', ['DOCUMENT_APPROVED', 'DOCUMENT_REJECTED']);
    const strangerHook = await register(server, stranger, '/ok-docs-stranger');
    await register(server, admin, '/ok-docs-admin');
    const notSubscribed = await register(server, owner, '/ok-docs-entries-only', ['ENTRY_ADDED']);
    const vehicle = await createVehicle(server, owner.token);
    const quarantined = { approvalStatus: 'QUARANTINED' as const };
    const [approve, reject, infected] = [
      await insertDocument(server, vehicle.id, owner.userId, quarantined),
      await insertDocument(server, vehicle.id, owner.userId, quarantined),
      await insertDocument(server, vehicle.id, owner.userId, quarantined),
    ];
    expect((await server.gql('mutation($id: ID!) { approveDocument(id: $id) { id } }', { id: approve }, { token: admin.token })).errors).toBeUndefined();
    expect((await server.gql('mutation($id: ID!) { rejectDocument(id: $id, reason: "unleserlich") { id } }', { id: reject }, { token: admin.token })).errors).toBeUndefined();
    // A virus finding rejects the document by itself: the same event.
    expect((await server.gql('mutation($id: ID!) { setDocumentScanResult(id: $id, scanStatus: INFECTED) { id } }', { id: infected }, { token: admin.token })).errors).toBeUndefined();
    for (const [account, hook] of [[owner, ownerHook], [staff, staffHook]] as const) {
      const deliveries = await settled(server, account, hook.id, 3);
      expect(deliveries.map((delivery) => JSON.parse(delivery.payload)).map(({ type, data }) => ({ type, data })).reverse()).toEqual([
        { type: 'document.approved', data: { vehicleId: vehicle.id, documentId: approve, approvalStatus: 'APPROVED' } },
        { type: 'document.rejected', data: { vehicleId: vehicle.id, documentId: reject, approvalStatus: 'REJECTED' } },
        { type: 'document.rejected', data: { vehicleId: vehicle.id, documentId: infected, approvalStatus: 'REJECTED' } },
      ]);
    }
    expect(receivedAt('/ok-docs-staff')).toHaveLength(3);
    // Everything was written in the same transactions as the decisions: nothing else is coming.
    expect(await deliveriesOf(server, stranger, strangerHook.id)).toEqual([]);
    expect(await deliveriesOf(server, owner, notSubscribed.id)).toEqual([]);
    expect(receivedAt('/ok-docs-stranger')).toEqual([]);
    expect(receivedAt('/ok-docs-admin')).toEqual([]);
  });

  it('sends a completed transfer to the new and the previous owner; later events only to the new one', async () => {
    const seller = await signInAs(server, 'dealer');
    const buyer = await signInAs(server, 'vip');
    const sellerHook = await register(server, seller, '/ok-transfer-seller');
    const buyerHook = await register(server, buyer, '/ok-transfer-buyer');
    const vehicle = await createVehicle(server, seller.token);
    const created = (await server.gql('mutation($v: ID!) { createTransfer(vehicleId: $v) { token transfer { id } } }', { v: vehicle.id }, { token: seller.token })).data.createTransfer;
    expect((await server.gql('mutation($t: String!) { redeemTransfer(token: $t) { id state } }', { t: created.token }, { token: buyer.token })).data.redeemTransfer.state).toBe('redeemed');
    await addEntry(server, buyer.token, vehicle.id);
    const expected = { type: 'transfer.completed', data: { vehicleId: vehicle.id, transferId: created.transfer.id, state: 'redeemed' } };
    const sellerDeliveries = await settled(server, seller, sellerHook.id, 1);
    expect(sellerDeliveries.map((delivery) => JSON.parse(delivery.payload)).map(({ type, data }) => ({ type, data }))).toEqual([expected]);
    const buyerDeliveries = await settled(server, buyer, buyerHook.id, 2);
    expect(buyerDeliveries.map((delivery) => delivery.eventType)).toEqual(['entry.added', 'transfer.completed']);
    expect(receivedAt('/ok-transfer-seller').map((request) => dataOf(request).type)).toEqual(['transfer.completed']);
  });

  it('finds the recipients of a vehicle event (owner, former owner, their businesses\' staff) in one statement', async () => {
    // On the server without a delivery schedule: the other one's polling would be counted too.
    const owner = await signInAs(manual, 'dealer');
    const vehicle = await createVehicle(manual, owner.token);
    const orm = manual.app.services.orm;
    for (const formerOwnerId of [undefined, owner.userId]) {
      const before = sqlStatementCount(orm);
      // No endpoint of theirs subscribes: nothing is queued, so the read is all that runs.
      await emitWebhookEvent(orm.em.fork(), 'entry.added', { vehicleId: vehicle.id }, formerOwnerId);
      expect(sqlStatementCount(orm) - before).toBe(1);
    }
  });

  it('sends no events to an inactive endpoint or one whose owner lost the role', async () => {
    const dealer = await signInAs(server, 'dealer');
    const inactive = await register(server, dealer, '/ok-inactive');
    await server.gql(UPDATE, { id: inactive.id, input: { active: false } }, { token: dealer.token });
    const vehicle = await createVehicle(server, dealer.token);
    await addEntry(server, dealer.token, vehicle.id);
    expect(await deliveriesOf(server, dealer, inactive.id)).toEqual([]);
    // A test event still goes to the inactive endpoint.
    await server.gql(TEST_EVENT, { id: inactive.id }, { token: dealer.token });
    expect((await settled(server, dealer, inactive.id)).map((delivery) => [delivery.eventType, delivery.status])).toEqual([['webhook.test', 'delivered']]);

    const demoted = await signInAs(server, 'dealer');
    const hook = await register(server, demoted, '/ok-demoted', ['ENTRY_ADDED']);
    const own = await createVehicle(server, demoted.token);
    await server.app.services.orm.em.fork().nativeUpdate(User, { id: demoted.userId }, { role: 'user' });
    await addEntry(server, demoted.token, own.id);
    await server.app.services.orm.em.fork().nativeUpdate(User, { id: demoted.userId }, { role: 'dealer' });
    expect(await deliveriesOf(server, demoted, hook.id)).toEqual([]);
  });
});

describe('retries and bounds', () => {
  it('retries after 500 with backoff and records the success', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { id } = await register(server, dealer, '/flaky');
    await server.gql(TEST_EVENT, { id }, { token: dealer.token });
    const [delivery] = await settled(server, dealer, id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, lastError: null });
    const requests = receivedAt('/flaky');
    expect(requests.map((request) => request.headers['ltc-delivery'])).toEqual([delivery!.id, delivery!.id, delivery!.id]);
    expect(new Set(requests.map((request) => request.body)).size).toBe(1);
  });

  it('gives up after the maximum attempts', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { id } = await register(server, dealer, '/down');
    await server.gql(TEST_EVENT, { id }, { token: dealer.token });
    const [delivery] = await settled(server, dealer, id);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: 500, lastError: 'http_status' });
    expect(receivedAt('/down')).toHaveLength(3);
    expect(server.logs.filter((line) => line.includes('webhook_attempt_failed') && line.includes(delivery!.id))).toHaveLength(3);
  });

  it('bounds an attempt in time, never reads a response body, and does not follow redirects', async () => {
    const dealer = await signInAs(server, 'dealer');
    const hang = await register(server, dealer, '/hang');
    const huge = await register(server, dealer, '/huge');
    const redirect = await register(server, dealer, '/redirect');
    for (const { id } of [hang, huge, redirect]) await server.gql(TEST_EVENT, { id }, { token: dealer.token });
    expect((await settled(server, dealer, hang.id))[0]).toMatchObject({ status: 'failed', attempts: 3, lastStatusCode: null, lastError: 'timeout' });
    expect(receivedAt('/hang')).toHaveLength(3);
    expect((await settled(server, dealer, huge.id))[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
    await expect.poll(() => hugeAnswersClosed).toBe(1);
    expect((await settled(server, dealer, redirect.id))[0]).toMatchObject({ status: 'failed', lastStatusCode: 302, lastError: 'http_status' });
    expect(receivedAt('/redirect')).toHaveLength(3);
  });

  it('sends a delivery once when two senders claim it at the same time', async () => {
    const dealer = await signInAs(manual, 'dealer');
    const { id } = await register(manual, dealer, '/ok-race');
    const queued = (await manual.gql(TEST_EVENT, { id }, { token: dealer.token })).data.sendTestWebhookEvent;
    expect(queued).toMatchObject({ eventType: 'webhook.test', status: 'pending' });
    await Promise.all([deliverDueWebhooks(manual.app.services), deliverDueWebhooks(manual.app.services), deliverDueWebhooks(manual.app.services)]);
    expect(receivedAt('/ok-race')).toHaveLength(1);
    expect((await deliveriesOf(manual, dealer, id))[0]).toMatchObject({ id: queued.id, status: 'delivered', attempts: 1 });
    expect(dataOf(receivedAt('/ok-race')[0]!)).toMatchObject({ type: 'webhook.test', data: { endpointId: id } });
  });
});

describe('the delivery log', () => {
  it('pages newest first with keyset cursors', async () => {
    const dealer = await signInAs(server, 'dealer');
    const { id } = await register(server, dealer, '/ok-log');
    const queued: string[] = [];
    for (let i = 0; i < 5; i += 1) queued.push((await server.gql(TEST_EVENT, { id }, { token: dealer.token })).data.sendTestWebhookEvent.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await server.gql(DELIVERIES, { id, first: 2, after }, { token: dealer.token })).data.webhookDeliveries;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((edge: { node: { id: string } }) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([...queued].reverse());
  });
});

describe('the delivery log', () => {
  it(`keeps ${WEBHOOK_LOG_DAYS} days`, async () => {
    const dealer = await signInAs(manual, 'dealer');
    const { id } = await register(manual, dealer, '/ok-sweep');
    const em = manual.app.services.orm.em.fork();
    const day = 86_400_000;
    const [old, recent] = [WEBHOOK_LOG_DAYS + 1, WEBHOOK_LOG_DAYS - 1].map((days) =>
      em.create(WebhookDelivery, { endpoint: id, eventId: crypto.randomUUID(), eventType: 'webhook.test', payload: '{}', status: 'delivered', createdAt: new Date(Date.now() - days * day) }),
    );
    await em.flush();
    await webhookLogSweepJob(manual.app.services).run();
    expect((await deliveriesOf(manual, dealer, id)).map((delivery) => delivery.id)).toEqual([recent!.id]);
    expect(await manual.app.services.orm.em.fork().count(WebhookDelivery, { id: old!.id })).toBe(0);
  });
});

describe('address policy (LTC_WEBHOOK_ALLOW_PRIVATE off)', () => {
  it('refuses loopback, private, link-local and ULA addresses at registration', async () => {
    const dealer = await signInAs(strict, 'dealer');
    for (const url of [`${receiverUrl}/ok`, 'http://localhost:8080/hook', 'https://10.1.2.3/hook', 'https://192.168.0.10/hook', 'http://169.254.169.254/latest', 'https://[::1]/hook', 'https://[fd00::1]/hook', 'https://[::ffff:127.0.0.1]/hook', 'https://0.0.0.0/hook']) {
      expect(errorOf(await strict.gql(CREATE, { input: { url, events: ['ENTRY_ADDED'] } }, { token: dealer.token })), url).toEqual({ code: 'BAD_USER_INPUT', reason: 'webhook_address_not_allowed' });
    }
    expect(await strict.app.services.orm.em.fork().count(WebhookEndpoint, { owner: dealer.userId })).toBe(0);
    // A public address passes (resolving a name needs DNS, which a test host may not have).
    expect((await strict.gql(CREATE, { input: { url: 'http://93.184.215.14/hook', events: ['ENTRY_ADDED'] } }, { token: dealer.token })).data?.createWebhookEndpoint.endpoint.url).toBe('http://93.184.215.14/hook');
  });

  it('refuses the connection at delivery time when the host resolves to a loopback address', async () => {
    const dealer = await signInAs(strict, 'dealer');
    const em = strict.app.services.orm.em.fork();
    // As if the host had resolved to a public address at registration and to loopback later.
    const port = (receiver.address() as AddressInfo).port;
    const endpoints = [`http://localhost:${port}/ok-rebound`, `http://127.0.0.1:${port}/ok-rebound`].map((url) =>
      em.create(WebhookEndpoint, { owner: dealer.userId, url, events: ['entry.added'], secretEncrypted: strict.app.services.keyring.encrypt('webhook-secret', 'whsec_x') }),
    );
    await em.flush();
    for (const endpoint of endpoints) {
      await strict.gql(TEST_EVENT, { id: endpoint.id }, { token: dealer.token });
      expect((await settled(strict, dealer, endpoint.id))[0]).toMatchObject({ status: 'failed', lastStatusCode: null, lastError: 'address_refused' });
    }
    expect(receivedAt('/ok-rebound')).toEqual([]);
  });

  it('ends a delivery that cannot be signed (its secret unreadable) instead of retrying it forever', async () => {
    const dealer = await signInAs(strict, 'dealer');
    const em = strict.app.services.orm.em.fork();
    const endpoint = em.create(WebhookEndpoint, { owner: dealer.userId, url: 'https://partner.example/hook', events: ['entry.added'], secretEncrypted: 'v1.broken' });
    await em.flush();
    await strict.gql(TEST_EVENT, { id: endpoint.id }, { token: dealer.token });
    expect((await settled(strict, dealer, endpoint.id))[0]).toMatchObject({ status: 'failed', attempts: 1, lastError: 'connection_failed' });
    expect(strict.logs.some((line) => line.includes('webhook_attempt_broken'))).toBe(true);
  });

  it('accepts only https under the production configuration', () => {
    const production = loadConfig({
      LTC_ENV: 'production',
      LTC_SECRET_KEY: 'k'.repeat(32),
      LTC_STORAGE_DIR: tmpdir(),
      LTC_MAIL_HOST: 'smtp.example.test',
      LTC_PUBLIC_BASE_URL: 'https://service-heft.example.test',
      ...OPERATOR_ENV,
    }).webhooks;
    expect(production).toMatchObject({ requireHttps: true, allowPrivateAddresses: false });
    expect(parseWebhookUrl('https://partner.example/hooks?x=1', production).href).toBe('https://partner.example/hooks?x=1');
    expect(() => parseWebhookUrl('http://partner.example/hooks', production)).toThrow(DomainError);
    expect(() => parseWebhookUrl('http://partner.example/hooks', production)).toThrow('The URL must use https');
  });
});
