import { createHash } from 'node:crypto';
import { Document } from '../server/documents/document.entity.ts';
import type { TestServer } from './harness.ts';

let vinCounter = 0;
/** A VIN valid in form and clearly fake: FAKE + 13 digits, unique per process. */
export const fakeVin = (): string => `FAKE${String(process.pid % 100_000).padStart(5, '0')}${String(++vinCounter).padStart(8, '0')}`;

export const VEHICLE_FIELDS = 'id vinMasked make model buildYear vehicleClass nickname accidentStatus accidentStatusLabel accidentTrustCompleted physicalServiceBook';

export async function createVehicle(server: TestServer, token: string, input: Record<string, unknown> = {}): Promise<{ id: string; vin: string }> {
  const vin = (input.vin as string | undefined) ?? fakeVin();
  const response = await server.gql(
    `mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { id } }`,
    { input: { make: 'Volkswagen', model: 'Golf', buildYear: 2015, vehicleClass: 'Alltag', ...input, vin } },
    { token },
  );
  if (!response.data?.createVehicle) throw new Error(`createVehicle failed: ${JSON.stringify(response.errors)}`);
  return { id: response.data.createVehicle.id, vin };
}

export const ENTRY_FIELDS =
  'id groupId version supersedesId isLatest date type performedBy performedByLabel odometerKm odometerReplaced note cost declaredTrustLevel effectiveTrustLevel withdrawn withdrawalReason linkedDocumentIds';

export async function addEntry(server: TestServer, token: string, vehicleId: string, input: Record<string, unknown> = {}) {
  const response = await server.gql(
    `mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { ${ENTRY_FIELDS} } }`,
    { input: { vehicleId, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 42000, ...input } },
    { token },
  );
  if (!response.data?.addServiceEntry) throw new Error(`addServiceEntry failed: ${JSON.stringify(response.errors)}`);
  return response.data.addServiceEntry;
}

/**
 * A document row as the upload and review flow (another module) would leave it; by default valid
 * evidence (approved, clean, no PII).
 */
export async function insertDocument(server: TestServer, vehicleId: string, uploadedBy: string, overrides: Partial<Document> = {}): Promise<string> {
  const em = server.app.services.orm.em.fork();
  const document = em.create(Document, {
    vehicle: vehicleId,
    uploadedBy,
    storageKey: null,
    filename: 'rechnung.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1234,
    sha256: createHash('sha256').update(String(Math.random())).digest('hex'),
    approvalStatus: 'APPROVED',
    scanStatus: 'CLEAN',
    piiStatus: 'OK',
    ...overrides,
  });
  await em.flush();
  return document.id;
}

/** "My vehicles with latest entries and trust summary": the batching test and the bench run it. */
export const MY_VEHICLES_WITH_TRUST = `query($first: Int!) {
  myVehicles(first: $first) {
    edges { node {
      id vinMasked make model accidentStatusLabel publicShareEnabled
      entries(first: 5) { edges { node { id version date performedByLabel effectiveTrustLevel linkedDocumentIds documents { id approvalStatus validEvidence } } } }
      trustSummary { light hint verificationLevel reasons { code } todos { code } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** "My vehicles with due items": the service plan's batching test and the bench run it. */
export const MY_VEHICLES_WITH_DUE_ITEMS = `query($first: Int!) {
  myVehicles(first: $first) {
    edges { node {
      id make model firstRegistration
      nextDue { id title due { state dueDate dueKm } }
      servicePlan { id kind title intervalMonths intervalKm satisfiedBy due { state dueDate dueKm lastDoneDate lastDoneKm estimatedKm } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
