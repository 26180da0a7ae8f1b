// The requests of the load test: which GraphQL operations, in which proportion, with which
// credentials; the public links it uses; and the bare baseline's version of the public lookup.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { RequestSpec } from 'autocannon';
import type { Config } from '../server/config.ts';
import { Keyring, randomToken } from '../server/crypto/keyring.ts';
import { publicView } from '../server/sharing/sharing.service.ts';
import { trustSummary, type DocumentFacts, type EntryFacts, type TrustInput } from '../server/trust/trust.ts';
import type { AccidentStatus } from '../server/vehicles/vehicle.entity.ts';
import type { BenchOwner } from './load-seed.ts';

export type MixItem = RequestSpec & { name: string };

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** Turns the public page on for these vehicles (as enablePublicShare would) and returns the tokens. */
export function enableSharing(config: Config, vehicleIds: readonly string[]): string[] {
  const keyring = new Keyring(config);
  const db = new Database(config.databasePath, { fileMustExist: true });
  const insert = db.prepare('insert into public_shares (id, vehicle_id, token_hmac, created_by_id, created_at) select ?, id, ?, owner_id, ? from vehicles where id = ?');
  const tokens = vehicleIds.map(() => randomToken(24));
  db.transaction(() => vehicleIds.forEach((vehicleId, i) => insert.run(randomUUID(), keyring.hmac('share-token', tokens[i]!), Date.now(), vehicleId)))();
  db.close();
  return tokens;
}

const PUBLIC_VEHICLE = `query PublicVehicle($token: String!) {
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
  const publicPage: MixItem = {
    name: 'public page',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => ({ ...request, body: body(PUBLIC_VEHICLE, { token: pick(input.shareTokens) }) }),
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
  return { publicPage, kinds: [publicPage, myVehicles, vehicleDetail, addEntry], mix, mixDescription: '8 public : 5 my vehicles : 5 detail : 2 new entry' };
}

/** Spreads the kinds evenly over the cycle instead of running them in blocks. */
function interleave(items: MixItem[]): MixItem[] {
  const groups = new Map<string, MixItem[]>();
  for (const item of items) groups.set(item.name, [...(groups.get(item.name) ?? []), item]);
  const result: MixItem[] = [];
  while (result.length < items.length) for (const group of groups.values()) if (group.length > 0) result.push(group.pop()!);
  return result;
}

/**
 * The public lookup done by hand, for the baseline: the same statements the server's resolver and
 * loaders run (share by token HMAC under every key version, vehicle, latest entries, their
 * document links, the vehicle's documents) and the same trust engine, without GraphQL or the ORM.
 */
export function publicLookup(db: Database.Database, keyring: Keyring) {
  const share = db.prepare<{ vehicle_id: string }>('select vehicle_id from public_shares where token_hmac = ? and revoked_at is null');
  const vehicle = db.prepare<Record<string, any>>('select * from vehicles where id = ?');
  const entries = db.prepare<Record<string, any>>(
    'select * from service_entries where vehicle_id = ? and is_latest = 1 order by date desc, created_at desc, id asc',
  );
  const links = db.prepare<{ entry_id: string; document_id: string }>(
    'select entry_id, document_id from entry_documents where entry_id in (select id from service_entries where vehicle_id = ? and is_latest = 1)',
  );
  const documents = db.prepare<Record<string, any>>('select id, approval_status, scan_status, pii_status, sha256, deleted_at from documents where vehicle_id = ?');
  return (token: string) => {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return null;
    const found = keyring.hmacCandidates('share-token', token).map((hmac) => share.get(hmac)).find(Boolean);
    const row = found && vehicle.get(found.vehicle_id);
    if (!row) return null;
    const linked = new Map<string, string[]>();
    for (const link of links.all(row.id)) linked.set(link.entry_id, [...(linked.get(link.entry_id) ?? []), link.document_id]);
    const input: TrustInput = {
      vehicle: { accidentStatus: row.accident_status as AccidentStatus, accidentTrustCompleted: row.accident_trust_completed === 1, physicalServiceBook: row.physical_service_book === 1 },
      entries: entries.all(row.id).map(
        (entry): EntryFacts => ({
          date: entry.date,
          type: entry.type,
          performedBy: entry.performed_by,
          odometerKm: entry.odometer_km,
          declaredTrustLevel: entry.declared_trust_level,
          withdrawn: entry.withdrawn === 1,
          linkedDocumentIds: linked.get(entry.id) ?? [],
        }),
      ),
      documents: documents.all(row.id).map(
        (document): DocumentFacts => ({
          id: document.id,
          approvalStatus: document.approval_status,
          scanStatus: document.scan_status,
          piiStatus: document.pii_status,
          sha256: document.sha256,
          deletedAt: document.deleted_at === null ? null : new Date(document.deleted_at),
        }),
      ),
    };
    return publicView({ make: row.make, model: row.model, buildYear: row.build_year, vehicleClass: row.vehicle_class }, trustSummary(input, { vip: false }));
  };
}
