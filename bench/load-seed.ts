// Seeds the load-test database through the ORM on either engine: `insertMany` in batches of
// 1,000 rows inside one transaction (200,000 entries in seconds, not minutes). Property names
// and values are the entities'; the ORM maps them to each engine's columns (datetimes, booleans).
import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityName, RequiredEntityData } from '@mikro-orm/sql';
import type { Config } from '../server/config.ts';
import { Consent } from '../server/consent/consent.entity.ts';
import { Keyring, randomToken } from '../server/crypto/keyring.ts';
import { engineOf, type Orm } from '../server/db/orm.ts';
import { ENTRY_TYPES, PERFORMED_BY, ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { Session } from '../server/identity/session.entity.ts';
import { User } from '../server/identity/user.entity.ts';
import { PublicShare } from '../server/sharing/public-share.entity.ts';
import { VEHICLE_CLASSES, Vehicle } from '../server/vehicles/vehicle.entity.ts';

export interface SeedSize {
  vehicles: number;
  entries: number;
  vehiclesPerOwner: number;
  /** Owners that get a live session for the load generator. */
  benchOwners: number;
  /** Vehicles (the first ones) whose public page is turned on. */
  sharedVehicles: number;
}

export interface BenchOwner {
  userId: string;
  token: string;
  vehicleIds: string[];
}

export interface Seeded {
  owners: BenchOwner[];
  /** Vehicle ids in seeding order (vehicle i belongs to owner floor(i / vehiclesPerOwner)). */
  vehicleIds: string[];
  /** The public links' tokens. */
  shareTokens: string[];
}

const MAKES = [['Porsche', '911'], ['Volkswagen', 'Golf'], ['BMW', 'M3'], ['Mercedes-Benz', 'G 500'], ['Audi', 'RS6'], ['Ferrari', 'F40']] as const;
const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const BATCH = 1_000;

/** A VIN valid in form (no I, O, Q), unique by construction from the index. */
export function benchVin(index: number): string {
  let suffix = '';
  for (let rest = index; suffix.length < 8; rest = Math.floor(rest / VIN_ALPHABET.length)) suffix = VIN_ALPHABET[rest % VIN_ALPHABET.length] + suffix;
  return `WBENCH000${suffix}`;
}

/** Collects rows of one entity and inserts them a batch at a time. */
function batchInserter<T extends object>(em: EntityManager, entity: EntityName<T>) {
  let pending: RequiredEntityData<T>[] = [];
  const flush = async () => {
    if (pending.length > 0) await em.insertMany(entity, pending);
    pending = [];
  };
  return {
    add: async (row: RequiredEntityData<T>) => {
      pending.push(row);
      if (pending.length >= BATCH) await flush();
    },
    flush,
  };
}

export async function seedLoadDatabase(orm: Orm, config: Config, size: SeedSize): Promise<Seeded> {
  const keyring = new Keyring(config);
  const now = Date.now();
  const day = 86_400_000;
  const at = (ms: number) => new Date(ms);
  const owners: BenchOwner[] = [];
  const ownerIds: string[] = [];
  const vehicleIds: string[] = [];
  const shareTokens: string[] = [];

  // SQLite: a page cache large enough that the random-UUID indexes never spill during the one
  // big transaction (this connection is closed after seeding; the server opens its own).
  if (engineOf(orm) === 'sqlite') await orm.em.getConnection().execute('pragma cache_size = -262144');
  await orm.em.fork().transactional(async (em) => {
    const users = batchInserter(em, User);
    const consents = batchInserter(em, Consent);
    const sessions = batchInserter(em, Session);
    const ownerCount = Math.ceil(size.vehicles / size.vehiclesPerOwner);
    for (let o = 0; o < ownerCount; o++) {
      const userId = randomUUID();
      const email = `bench-${o}@example.org`;
      // vip may own several vehicles (SPEC §4); plain users only one.
      await users.add({
        id: userId, emailHmac: keyring.hmac('email-lookup', email), emailEncrypted: keyring.encrypt('email-encryption', email),
        emailMasked: 'b***@example.org', role: 'vip', createdAt: at(now - 400 * day),
      });
      ownerIds.push(userId);
      if (o < size.benchOwners) {
        const token = randomToken(32);
        await sessions.add({ id: randomUUID(), tokenHmac: keyring.hmac('session-token', token), user: userId, createdAt: at(now), lastSeenAt: at(now) });
        owners.push({ userId, token, vehicleIds: [] });
      }
    }
    await users.flush();
    for (const userId of ownerIds) {
      await consents.add({ id: randomUUID(), user: userId, document: 'terms', version: config.termsVersion, acceptedAt: at(now - 300 * day), source: 'ui' });
      await consents.add({ id: randomUUID(), user: userId, document: 'privacy', version: config.privacyVersion, acceptedAt: at(now - 300 * day), source: 'ui' });
    }
    await consents.flush();
    await sessions.flush();

    const vehicles = batchInserter(em, Vehicle);
    for (let v = 0; v < size.vehicles; v++) {
      const vehicleId = randomUUID();
      const ownerIndex = Math.floor(v / size.vehiclesPerOwner);
      const vin = benchVin(v);
      const [make, model] = MAKES[v % MAKES.length]!;
      await vehicles.add({
        id: vehicleId, owner: ownerIds[ownerIndex]!, vinHmac: keyring.hmac('vin-lookup', vin), vinEncrypted: keyring.encrypt('vin-encryption', vin),
        vinMasked: `${vin.slice(0, 3)}***${vin.slice(-4)}`, make, model, buildYear: 1970 + (v % 55), vehicleClass: VEHICLE_CLASSES[v % VEHICLE_CLASSES.length]!,
        accidentStatus: v % 3 === 0 ? 'unfallfrei' : 'unbekannt', accidentTrustCompleted: v % 5 === 0, physicalServiceBook: v % 2 === 1,
        interestedInSelling: false, createdAt: at(now - 365 * day), updatedAt: at(now - 365 * day),
      });
      vehicleIds.push(vehicleId);
      owners[ownerIndex]?.vehicleIds.push(vehicleId);
    }
    await vehicles.flush();

    const entries = batchInserter(em, ServiceEntry);
    const perVehicle = Math.floor(size.entries / size.vehicles);
    let written = 0;
    for (let v = 0; v < size.vehicles; v++) {
      const count = v < size.entries % size.vehicles ? perVehicle + 1 : perVehicle;
      for (let e = 0; e < count; e++, written++) {
        const entryId = randomUUID();
        const createdAt = now - (count - e) * 30 * day;
        await entries.add({
          id: entryId, vehicle: vehicleIds[v]!, groupId: entryId, version: 1, isLatest: true, date: new Date(createdAt).toISOString().slice(0, 10),
          type: ENTRY_TYPES[written % ENTRY_TYPES.length]!, performedBy: PERFORMED_BY[written % PERFORMED_BY.length]!, odometerKm: 5_000 + e * 7_500,
          note: e % 4 === 0 ? 'Inspektion laut Herstellervorgabe' : null, costCents: e % 3 === 0 ? 18_990 + e * 100 : null,
          declaredTrustLevel: e % 5 === 0 ? 'T2' : null, withdrawn: false, createdBy: ownerIds[Math.floor(v / size.vehiclesPerOwner)]!, createdAt: at(createdAt), firstRecordedAt: at(createdAt),
        });
      }
    }
    await entries.flush();

    // The public page turned on as enablePublicShare would: one share per vehicle, by its owner.
    const shares = batchInserter(em, PublicShare);
    for (const [v, vehicleId] of vehicleIds.slice(0, size.sharedVehicles).entries()) {
      const token = randomToken(24);
      shareTokens.push(token);
      await shares.add({ id: randomUUID(), vehicle: vehicleId, tokenHmac: keyring.hmac('share-token', token), createdBy: ownerIds[Math.floor(v / size.vehiclesPerOwner)]!, createdAt: at(now) });
    }
    await shares.flush();
  });
  return { owners, vehicleIds, shareTokens };
}
