// The requests of the load test: which GraphQL operations, in which proportion, with which
// credentials.
import type { RequestSpec } from 'autocannon';
import { readPersistedManifest } from '../server/graphql/persisted-operations.ts';
import type { BenchOwner } from './load-seed.ts';

export type MixItem = RequestSpec & { name: string };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

const PUBLIC_VEHICLE_AD_HOC = `query PublicVehicle($token: String!) {
  publicVehicle(token: $token) { light hint historyStatus evidenceStatus verificationLevel accidentStatus accidentStatusLabel vehicleClass make model buildYear disclaimer }
}`;
const MY_VEHICLES = `query MyVehicles {
  myVehicles(first: 10) { edges { node { id make model vinMasked nickname trustSummary { light hint } entries(first: 3) { edges { node { id date type performedBy } } } } } }
}`;
const VEHICLE_DETAIL = `query VehicleDetail($id: ID!) {
  vehicle(id: $id) {
    id make model buildYear vinMasked vehicleClass accidentStatus accidentStatusLabel physicalServiceBook publicShareEnabled
    trustSummary { light hint verificationLevel historyStatus evidenceStatus todos { code hint } disclaimer }
    entries(first: 20) { edges { node { id date type performedBy performedByLabel odometerKm cost note effectiveTrustLevel withdrawn } } }
  }
}`;
const ADD_ENTRY = `mutation AddServiceEntry($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id version } }`;

/**
 * The mix, per 20 requests: 8 public pages (QR scans are the bulk of the traffic), 5 "my vehicles",
 * 5 vehicle details, 2 new entries. Signed-in requests come from 100 owners with 10 vehicles each.
 */
export function benchOperations(input: { owners: readonly BenchOwner[]; shareTokens: readonly string[] }) {
  // The public page as the web app requests it (web/src/lib/client.ts): urql sends queries as GET
  // with the persisted hash in place of the document.
  const [hash] = Object.entries(readPersistedManifest()).find(([, text]) => text.startsWith('query PublicVehicle('))!;
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
  const publicPath = (token: string) => `/graphql?${new URLSearchParams({ operationName: 'PublicVehicle', variables: JSON.stringify({ token }), extensions })}`;
  const publicPage: MixItem = {
    name: 'public page',
    method: 'GET',
    headers: { accept: 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed', 'x-ltc-csrf': '1' },
    setupRequest: (request) => ({ ...request, path: publicPath(pick(input.shareTokens)) }),
  };
  // Every public link once, in turn: the warm-up that fills the server's public page cache as
  // steady traffic would, whatever the machine's speed.
  let next = 0;
  const everyPublicPage: MixItem = { ...publicPage, name: 'every public page', setupRequest: (request) => ({ ...request, path: publicPath(input.shareTokens[next++ % input.shareTokens.length]!) }) };
  // The same fields as a partner's own document: always through Yoga's pipeline.
  const publicPageAdHoc: MixItem = {
    name: 'public page (ad-hoc document)',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => ({ ...request, body: body(PUBLIC_VEHICLE_AD_HOC, { token: pick(input.shareTokens) }) }),
  };
  const asOwner = (name: string, build: (owner: BenchOwner) => string): MixItem => ({
    name,
    method: 'POST',
    setupRequest: (request) => {
      const owner = pick(input.owners);
      return { ...request, headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` }, body: build(owner) };
    },
  });
  const myVehicles = asOwner('my vehicles', () => body(MY_VEHICLES));
  const vehicleDetail = asOwner('vehicle detail', (owner) => body(VEHICLE_DETAIL, { id: pick(owner.vehicleIds) }));
  const addEntry = asOwner('entry creation', (owner) =>
    body(ADD_ENTRY, {
      input: { vehicleId: pick(owner.vehicleIds), date: new Date().toISOString().slice(0, 10), type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 150_000, cost: '249.90', note: 'Ölwechsel' },
    }),
  );
  const mix = interleave([
    ...Array<MixItem>(8).fill(publicPage),
    ...Array<MixItem>(5).fill(myVehicles),
    ...Array<MixItem>(5).fill(vehicleDetail),
    ...Array<MixItem>(2).fill(addEntry),
  ]);
  return { publicPage, everyPublicPage, publicPageAdHoc, kinds: [publicPage, publicPageAdHoc, myVehicles, vehicleDetail, addEntry], signedIn: [myVehicles, vehicleDetail, addEntry], mix, mixDescription: '8 public : 5 my vehicles : 5 detail : 2 new entry' };
}

/** Spreads the kinds evenly over the cycle instead of running them in blocks. */
function interleave(items: MixItem[]): MixItem[] {
  const groups = new Map<string, MixItem[]>();
  for (const item of items) groups.set(item.name, [...(groups.get(item.name) ?? []), item]);
  const result: MixItem[] = [];
  while (result.length < items.length) for (const group of groups.values()) if (group.length > 0) result.push(group.pop()!);
  return result;
}
