// The example partner program: lists the vehicles the token may act on (own and, for a VIP
// business's staff, the business's), records a service entry with an Idempotency-Key (and shows
// that a retry does not record it twice), uploads the invoice as a PDF linked to the entry. With
// LTC_WEBHOOK_URL and LTC_WEBHOOK_PORT it also registers a webhook endpoint, receives the test
// event and the entry's `entry.added`, verifies their signatures and removes the endpoint again.
// Prints one JSON line per step.
//
//   LTC_API_URL=https://<host> LTC_API_TOKEN=ltc_pat_… npm start [-- invoice.pdf]
//   … LTC_WEBHOOK_URL=https://<public address of this program> LTC_WEBHOOK_PORT=8443 npm start
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { PartnerApi } from './api.ts';
import { graphql } from './gql/index.ts';
import { WebhookReceiver } from './webhook-receiver.ts';

const VehiclesQuery = graphql(`
  query PartnerVehicles($first: Int!, $after: String) {
    actableVehicles(first: $first, after: $after) {
      edges { relation node { id make model trustSummary { light } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CreateEndpointMutation = graphql(`
  mutation PartnerCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) { secret endpoint { id events } }
  }
`);

const TestEventMutation = graphql(`
  mutation PartnerSendTestWebhookEvent($id: ID!) {
    sendTestWebhookEvent(id: $id) { id status }
  }
`);

const DeleteEndpointMutation = graphql(`
  mutation PartnerDeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id) { id }
  }
`);

const AddEntryMutation = graphql(`
  mutation PartnerAddEntry($input: AddServiceEntryInput!) {
    addServiceEntry(input: $input) { id version date type }
  }
`);

const UploadMutation = graphql(`
  mutation PartnerUpload($vehicleId: ID!, $entryIds: [ID!], $file: Upload!) {
    uploadDocument(vehicleId: $vehicleId, entryIds: $entryIds, file: $file) { id scanStatus approvalStatus }
  }
`);

/** A one-page PDF, for a run without an invoice file of its own. */
const SAMPLE_PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 100]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

const log = (step: string, data: object) => console.log(JSON.stringify({ step, ...data }));

/** Where webhooks reach this program: the URL registered with the API, and the local port behind it. */
export interface WebhookSetup {
  url: string;
  port: number;
}

export async function run(api: PartnerApi, invoice: Blob, webhook?: WebhookSetup): Promise<void> {
  // 1. Every vehicle, page by page (cursor connections: follow endCursor while hasNextPage).
  const vehicles: { id: string; make: string; model: string; relation: string }[] = [];
  for (let after: string | null = null; ; ) {
    const { actableVehicles }: ResultOf<typeof VehiclesQuery> = await api.request(VehiclesQuery, { first: 50, after });
    if (!actableVehicles) throw new Error('the token may not list vehicles');
    vehicles.push(...actableVehicles.edges.map((edge) => ({ ...edge.node, relation: edge.relation })));
    if (!actableVehicles.pageInfo.hasNextPage) break;
    after = actableVehicles.pageInfo.endCursor ?? null;
  }
  log('vehicles', { count: vehicles.length, ids: vehicles.map((vehicle) => vehicle.id), relations: vehicles.map((vehicle) => vehicle.relation) });
  const vehicle = vehicles[0];
  if (!vehicle) throw new Error('no vehicle to record a service on');

  // 2. Optional: a webhook endpoint for new entries. The secret is shown only in this answer.
  const receiver = webhook ? new WebhookReceiver() : null;
  let endpointId: string | null = null;
  if (receiver && webhook) {
    await receiver.listen(webhook.port);
    const { createWebhookEndpoint: created } = await api.request(CreateEndpointMutation, { input: { url: webhook.url, events: ['ENTRY_ADDED'] } });
    receiver.secret = created.secret;
    endpointId = created.endpoint.id;
    const testEvent = receiver.waitFor((event) => event.type === 'webhook.test');
    await api.request(TestEventMutation, { id: endpointId });
    log('webhook', { endpointId, events: created.endpoint.events, testEvent: (await testEvent).type });
  }

  // 3. A service entry. The key makes a retry after a timeout safe: the same answer, one entry.
  const idempotencyKey = randomUUID();
  const input = { vehicleId: vehicle.id, date: new Date().toISOString().slice(0, 10), type: 'inspection', performedBy: 'FACHWERKSTATT', odometerKm: 123_456, note: 'Inspektion laut Herstellervorgabe' } as const;
  const { addServiceEntry: entry } = await api.request(AddEntryMutation, { input }, { idempotencyKey });
  const { addServiceEntry: retried } = await api.request(AddEntryMutation, { input }, { idempotencyKey });
  log('entry', { id: entry.id, version: entry.version, retriedId: retried.id });

  // 4. The invoice, linked to the entry. It is quarantined until scanned and reviewed.
  const { uploadDocument: document } = await api.upload(UploadMutation, { vehicleId: vehicle.id, entryIds: [entry.id] }, 'file', invoice, 'rechnung.pdf');
  log('upload', { id: document.id, scanStatus: document.scanStatus, approvalStatus: document.approvalStatus });

  // 5. The entry's event arrives signed; the payload has ids only, details come from the API.
  if (receiver && endpointId) {
    const added = await receiver.waitFor((event) => event.type === 'entry.added' && event.data.entryId === entry.id);
    log('webhookEvent', { type: added.type, entryId: added.data.entryId, vehicleId: added.data.vehicleId });
    await api.request(DeleteEndpointMutation, { id: endpointId });
    await receiver.close();
  }
}

if (import.meta.main) {
  const { LTC_API_URL: url, LTC_API_TOKEN: token } = process.env;
  if (!url || !token) {
    console.error('usage: LTC_API_URL=https://<host> LTC_API_TOKEN=ltc_pat_… npm start [-- invoice.pdf]');
    process.exit(2);
  }
  const file = process.argv[2];
  const invoice = new Blob([file ? await readFile(file) : SAMPLE_PDF], { type: 'application/pdf' });
  const { LTC_WEBHOOK_URL: webhookUrl, LTC_WEBHOOK_PORT: webhookPort } = process.env;
  await run(new PartnerApi(url, token), invoice, webhookUrl && webhookPort ? { url: webhookUrl, port: Number(webhookPort) } : undefined);
}
