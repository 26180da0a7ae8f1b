// Seeds the load-test database directly with prepared statements in one transaction (200,000
// entries in seconds, not minutes). Rows look exactly like the ones the services write: the ORM
// stores datetimes as epoch milliseconds and booleans as 0/1.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { sqliteFile, type Config } from '../server/config.ts';
import { Keyring, randomToken } from '../server/crypto/keyring.ts';
import { ENTRY_TYPES, PERFORMED_BY } from '../server/entries/service-entry.entity.ts';
import { VEHICLE_CLASSES } from '../server/vehicles/vehicle.entity.ts';

export interface SeedSize {
  vehicles: number;
  entries: number;
  vehiclesPerOwner: number;
  /** Owners that get a live session for the load generator. */
  benchOwners: number;
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
}

const MAKES = [['Porsche', '911'], ['Volkswagen', 'Golf'], ['BMW', 'M3'], ['Mercedes-Benz', 'G 500'], ['Audi', 'RS6'], ['Ferrari', 'F40']] as const;
const VIN_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

/** A VIN valid in form (no I, O, Q), unique by construction from the index. */
export function benchVin(index: number): string {
  let suffix = '';
  for (let rest = index; suffix.length < 8; rest = Math.floor(rest / VIN_ALPHABET.length)) suffix = VIN_ALPHABET[rest % VIN_ALPHABET.length] + suffix;
  return `WBENCH000${suffix}`;
}

export function seedLoadDatabase(config: Config, size: SeedSize): Seeded {
  const keyring = new Keyring(config);
  const db = new Database(sqliteFile(config, 'the load bench'), { fileMustExist: true });
  // A throwaway database: no fsync, and a page cache large enough that the random-UUID indexes
  // never spill during the one big transaction.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const now = Date.now();
  const day = 86_400_000;
  const insertUser = db.prepare('insert into users (id, email_hmac, email_encrypted, email_masked, role, created_at) values (?, ?, ?, ?, ?, ?)');
  const insertConsent = db.prepare('insert into consents (id, user_id, document, version, accepted_at, source) values (?, ?, ?, ?, ?, ?)');
  const insertSession = db.prepare('insert into sessions (id, token_hmac, user_id, created_at, last_seen_at) values (?, ?, ?, ?, ?)');
  const insertVehicle = db.prepare(
    `insert into vehicles (id, owner_id, vin_hmac, vin_encrypted, vin_masked, make, model, build_year, vehicle_class, accident_status,
       accident_trust_completed, physical_service_book, interested_in_selling, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const insertEntry = db.prepare(
    `insert into service_entries (id, vehicle_id, group_id, version, is_latest, date, type, performed_by, odometer_km, note, cost_cents,
       declared_trust_level, withdrawn, created_by_id, created_at)
     values (?, ?, ?, 1, 1, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );

  const owners: BenchOwner[] = [];
  const vehicleIds: string[] = [];
  db.transaction(() => {
    const ownerCount = Math.ceil(size.vehicles / size.vehiclesPerOwner);
    const ownerIds: string[] = [];
    for (let o = 0; o < ownerCount; o++) {
      const userId = randomUUID();
      const email = `bench-${o}@example.org`;
      // vip may own several vehicles (SPEC §4); plain users only one.
      insertUser.run(userId, keyring.hmac('email-lookup', email), keyring.encrypt('email-encryption', email), `b***@example.org`, 'vip', now - 400 * day);
      insertConsent.run(randomUUID(), userId, 'terms', config.termsVersion, now - 300 * day, 'ui');
      insertConsent.run(randomUUID(), userId, 'privacy', config.privacyVersion, now - 300 * day, 'ui');
      ownerIds.push(userId);
      if (o < size.benchOwners) {
        const token = randomToken(32);
        insertSession.run(randomUUID(), keyring.hmac('session-token', token), userId, now, now);
        owners.push({ userId, token, vehicleIds: [] });
      }
    }
    for (let v = 0; v < size.vehicles; v++) {
      const vehicleId = randomUUID();
      const ownerIndex = Math.floor(v / size.vehiclesPerOwner);
      const vin = benchVin(v);
      const [make, model] = MAKES[v % MAKES.length]!;
      insertVehicle.run(
        vehicleId, ownerIds[ownerIndex], keyring.hmac('vin-lookup', vin), keyring.encrypt('vin-encryption', vin), `${vin.slice(0, 3)}***${vin.slice(-4)}`,
        make, model, 1970 + (v % 55), VEHICLE_CLASSES[v % VEHICLE_CLASSES.length], v % 3 === 0 ? 'unfallfrei' : 'unbekannt',
        v % 5 === 0 ? 1 : 0, v % 2, now - 365 * day, now - 365 * day,
      );
      vehicleIds.push(vehicleId);
      owners[ownerIndex]?.vehicleIds.push(vehicleId);
    }
    const perVehicle = Math.floor(size.entries / size.vehicles);
    let written = 0;
    for (let v = 0; v < size.vehicles; v++) {
      const count = v < size.entries % size.vehicles ? perVehicle + 1 : perVehicle;
      for (let e = 0; e < count; e++, written++) {
        const entryId = randomUUID();
        const date = new Date(now - (count - e) * 30 * day).toISOString().slice(0, 10);
        insertEntry.run(
          entryId, vehicleIds[v], entryId, date, ENTRY_TYPES[written % ENTRY_TYPES.length], PERFORMED_BY[written % PERFORMED_BY.length],
          5_000 + e * 7_500, e % 4 === 0 ? 'Inspektion laut Herstellervorgabe' : null, e % 3 === 0 ? 18_990 + e * 100 : null,
          e % 5 === 0 ? 'T2' : null, ownerIds[Math.floor(v / size.vehiclesPerOwner)], now - (count - e) * 30 * day,
        );
      }
    }
  })();
  db.close();
  return { owners, vehicleIds };
}
