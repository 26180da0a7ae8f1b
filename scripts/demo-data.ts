// Demo accounts, vehicles and entries, created through the real services (so the same rules,
// encryption and audit apply). Used by `npm run seed` and by the bench.
import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../server/app-services.ts';
import type { Actor } from '../server/auth/actor.ts';
import { Consent } from '../server/consent/consent.entity.ts';
import { addServiceEntry } from '../server/entries/entry.service.ts';
import type { EntryFields } from '../server/entries/entry-rules.ts';
import { maskEmail, normaliseEmail } from '../server/identity/email.ts';
import type { Role } from '../server/identity/roles.ts';
import { User } from '../server/identity/user.entity.ts';
import { Vehicle, type AccidentStatus, type VehicleClass } from '../server/vehicles/vehicle.entity.ts';
import { createVehicle } from '../server/vehicles/vehicle.service.ts';
import { createRequestScope } from '../server/request-scope.ts';

/** The account with this address, created with the role and the current consents if missing. */
export async function ensureUser(services: AppServices, em: EntityManager, rawEmail: string, role: Role): Promise<{ user: User; created: boolean }> {
  const email = normaliseEmail(rawEmail);
  const existing = await em.getRepository(User).byEmailHmac(services.keyring.hmacCandidates('email-lookup', email));
  if (existing) return { user: existing, created: false };
  const user = em.create(User, {
    emailHmac: services.keyring.hmac('email-lookup', email),
    emailEncrypted: services.keyring.encrypt('email-encryption', email),
    emailMasked: maskEmail(email),
    role,
  });
  em.create(Consent, { user: user.id, document: 'terms', version: services.config.termsVersion, source: 'api' });
  em.create(Consent, { user: user.id, document: 'privacy', version: services.config.privacyVersion, source: 'api' });
  await em.flush();
  return { user, created: true };
}

export type DemoEntry = Omit<EntryFields, 'note' | 'costCents' | 'declaredTrustLevel' | 'odometerReplaced'>;

export interface DemoVehicle {
  vin: string;
  make: string;
  model: string;
  buildYear: number;
  vehicleClass: VehicleClass;
  accidentStatus: AccidentStatus;
  physicalServiceBook: boolean;
  nickname?: string;
  entries: DemoEntry[] | number;
}

const actorOf = (user: User): Actor => ({ userId: user.id, role: user.role, via: 'session', consentComplete: true });

/**
 * The vehicle with this VIN, created with its entries if no vehicle has the VIN yet. `entries`
 * is a list, or a count of generated yearly services.
 */
export async function ensureVehicle(services: AppServices, em: EntityManager, owner: User, demo: DemoVehicle): Promise<{ vehicleId: string; created: boolean }> {
  const existing = await em.getRepository(Vehicle).byVinHmac(services.keyring.hmacCandidates('vin-lookup', demo.vin));
  if (existing) return { vehicleId: existing.id, created: false };
  const scope = createRequestScope(services, { actor: actorOf(owner), requestId: 'seed' }, em);
  const { entries, ...fields } = demo;
  const vehicle = await createVehicle(scope, fields);
  const list = typeof entries === 'number' ? yearlyServices(demo.buildYear, entries) : entries;
  for (const entry of list) {
    await addServiceEntry(scope, 'own', vehicle.id, { ...entry, odometerReplaced: false, note: null, costCents: null, declaredTrustLevel: null });
  }
  return { vehicleId: vehicle.id, created: true };
}

/** One workshop service a year from the build year on, 15,000 km apart. */
function yearlyServices(buildYear: number, count: number): DemoEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    date: `${Math.min(buildYear + index + 1, new Date().getUTCFullYear() - 1)}-0${(index % 9) + 1}-15`,
    type: index % 4 === 3 ? ('tires' as const) : ('service' as const),
    performedBy: index % 4 === 3 ? ('Reifenservice' as const) : ('Fachwerkstatt' as const),
    odometerKm: (index + 1) * 15_000,
  }));
}

/** A VIN valid in form and clearly not real: "FAKE" + 13 digits. */
export const demoVin = (n: number): string => `FAKE${String(n).padStart(13, '0')}`;
