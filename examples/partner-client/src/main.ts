// The example partner program: lists the vehicles the token may act on, records a service entry
// with an Idempotency-Key (and shows that a retry does not record it twice), uploads the invoice
// as a PDF linked to the entry. Prints one JSON line per step.
//
//   LTC_API_URL=https://<host> LTC_API_TOKEN=ltc_pat_… npm start [-- invoice.pdf]
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { PartnerApi } from './api.ts';
import { graphql } from './gql/index.ts';

const VehiclesQuery = graphql(`
  query PartnerVehicles($first: Int!, $after: String) {
    myVehicles(first: $first, after: $after) {
      edges { node { id make model trustSummary { light } } }
      pageInfo { hasNextPage endCursor }
    }
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

export async function run(api: PartnerApi, invoice: Blob): Promise<void> {
  // 1. Every vehicle, page by page (cursor connections: follow endCursor while hasNextPage).
  const vehicles: { id: string; make: string; model: string }[] = [];
  for (let after: string | null = null; ; ) {
    const { myVehicles }: ResultOf<typeof VehiclesQuery> = await api.request(VehiclesQuery, { first: 50, after });
    if (!myVehicles) throw new Error('the token may not list vehicles');
    vehicles.push(...myVehicles.edges.map((edge) => edge.node));
    if (!myVehicles.pageInfo.hasNextPage) break;
    after = myVehicles.pageInfo.endCursor ?? null;
  }
  log('vehicles', { count: vehicles.length, ids: vehicles.map((vehicle) => vehicle.id) });
  const vehicle = vehicles[0];
  if (!vehicle) throw new Error('no vehicle to record a service on');

  // 2. A service entry. The key makes a retry after a timeout safe: the same answer, one entry.
  const idempotencyKey = randomUUID();
  const input = { vehicleId: vehicle.id, date: new Date().toISOString().slice(0, 10), type: 'inspection', performedBy: 'FACHWERKSTATT', odometerKm: 123_456, note: 'Inspektion laut Herstellervorgabe' } as const;
  const { addServiceEntry: entry } = await api.request(AddEntryMutation, { input }, { idempotencyKey });
  const { addServiceEntry: retried } = await api.request(AddEntryMutation, { input }, { idempotencyKey });
  log('entry', { id: entry.id, version: entry.version, retriedId: retried.id });

  // 3. The invoice, linked to the entry. It is quarantined until scanned and reviewed.
  const { uploadDocument: document } = await api.upload(UploadMutation, { vehicleId: vehicle.id, entryIds: [entry.id] }, 'file', invoice, 'rechnung.pdf');
  log('upload', { id: document.id, scanStatus: document.scanStatus, approvalStatus: document.approvalStatus });
}

if (import.meta.main) {
  const { LTC_API_URL: url, LTC_API_TOKEN: token } = process.env;
  if (!url || !token) {
    console.error('usage: LTC_API_URL=https://<host> LTC_API_TOKEN=ltc_pat_… npm start [-- invoice.pdf]');
    process.exit(2);
  }
  const file = process.argv[2];
  const invoice = new Blob([file ? await readFile(file) : SAMPLE_PDF], { type: 'application/pdf' });
  await run(new PartnerApi(url, token), invoice);
}
