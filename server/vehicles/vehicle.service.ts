import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { Entitlement } from '../addons/entitlement.entity.ts';
import { orgOwnerIds } from '../businesses/businesses.service.ts';
import type { AuditScope } from '../audit/audit.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import type { ReasonFor } from '../error-reasons.ts';
import { badInput, conflict, forbidden } from '../errors.ts';
import { characterCount } from '../text.ts';
import type { Role } from '../identity/roles.ts';
import { User } from '../identity/user.entity.ts';
import { primeSharingStates } from '../sharing/sharing-state.ts';
import { primeVehicles, type VehicleAccess } from './vehicle-access.ts';
import { Vehicle, type AccidentStatus, type VehicleClass } from './vehicle.entity.ts';
import type { VehicleRecord } from './vehicle.repository.ts';
import { maskVin, normaliseVin } from './vin.ts';
import { EARLIEST_EVENT_DATE, isCalendarDate, todayInGermany } from '../entries/entry-rules.ts';
import { addSuggestedPlan } from '../plan/suggested-plan.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';

export const ACCIDENT_STATUS_LABELS: Record<AccidentStatus, string> = {
  unfallfrei: 'Unfallfrei',
  nicht_unfallfrei: 'Nicht unfallfrei',
  unbekannt: 'Unbekannt',
};

/** Roles that may own more than one vehicle without the `extra_vehicles` entitlement (SPEC §4). */
const UNLIMITED_ROLES: readonly Role[] = ['vip', 'dealer', 'admin', 'superadmin'];
export const EXTRA_VEHICLES_ENTITLEMENT = 'extra_vehicles';
/** Vehicles a `user` owns without the entitlement (SPEC §4). */
const INCLUDED_VEHICLES = 1;

/** Editable vehicle fields; undefined leaves a field as it is, null clears the optional ones. */
export interface VehicleFields {
  make?: string | null;
  model?: string | null;
  buildYear?: number | null;
  vehicleClass?: VehicleClass | null;
  nickname?: string | null;
  accidentStatus?: AccidentStatus | null;
  accidentTrustCompleted?: boolean | null;
  physicalServiceBook?: boolean | null;
  interestedInSelling?: boolean | null;
  firstRegistration?: string | null;
}

/** The audit scope of an action on a vehicle: own, org, or none for an admin acting on any. */
export const auditScopeOf = (access: VehicleAccess): AuditScope | undefined => (access === 'own' || access === 'org' ? access : undefined);

/**
 * The paywall of SPEC §4: a `user` owns one vehicle unless they hold `extra_vehicles`. Also
 * called by the ownership transfer for the redeemer. Inside the transaction that then gives the
 * user the vehicle: the user's row stays locked until it ends, so parallel requests of one user
 * count one after another.
 */
export async function assertMayOwnAnotherVehicle(em: EntityManager, userId: string, role: Role): Promise<void> {
  if (UNLIMITED_ROLES.includes(role)) return;
  await em.getRepository(User).lockForUpdate(userId);
  if ((await em.getRepository(Vehicle).countOwnedBy(userId)) < INCLUDED_VEHICLES) return;
  if (await em.getRepository(Entitlement).holds(userId, EXTRA_VEHICLES_ENTITLEMENT)) return;
  throw forbidden('vehicle_limit_reached', 'A second vehicle needs the extra vehicles add-on');
}

/** How many vehicles the actor owns and may own: `limit` null means no limit. */
export interface VehicleAllowance {
  owned: number;
  limit: number | null;
  mayAddVehicle: boolean;
}

/** The paywall of SPEC §4 as the pages show it before the form, so nobody fills it in to be refused. */
export async function vehicleAllowance(scope: RequestScope): Promise<VehicleAllowance> {
  const { userId, role } = actorOf(scope);
  const owned = await scope.em.getRepository(Vehicle).countOwnedBy(userId);
  const unlimited = UNLIMITED_ROLES.includes(role) || (await scope.em.getRepository(Entitlement).holds(userId, EXTRA_VEHICLES_ENTITLEMENT));
  const limit = unlimited ? null : INCLUDED_VEHICLES;
  return { owned, limit, mayAddVehicle: limit === null || owned < limit };
}

const vinAlreadyRegistered = () => conflict('vin_already_registered', 'A vehicle with this VIN is already registered');

export async function createVehicle(scope: RequestScope, input: VehicleFields & { vin: string }): Promise<Vehicle> {
  const { keyring } = scope.services;
  const actor = actorOf(scope);
  const vin = normaliseVin(input.vin);
  const fields = validFields(input);
  if (!fields.make || !fields.model) throw badInput(!fields.make ? 'invalid_make' : 'invalid_model');
  const userId = actor.userId;
  try {
    return await scope.em.transactional(async (tem) => {
      await assertMayOwnAnotherVehicle(tem, userId, actor.role);
      // Every key version: a VIN registered before a key rotation is still a duplicate.
      if ((await tem.getRepository(Vehicle).countByVinHmac(keyring.hmacCandidates('vin-lookup', vin))) > 0) throw vinAlreadyRegistered();
      const vehicle = tem.create(Vehicle, {
        ...fields,
        make: fields.make!,
        model: fields.model!,
        owner: userId,
        vinHmac: keyring.hmac('vin-lookup', vin),
        vinEncrypted: keyring.encrypt('vin-encryption', vin),
        vinMasked: maskVin(vin),
      });
      await tem.flush();
      addSuggestedPlan(tem, vehicle.id);
      await tem.flush();
      await scope.audit({ action: 'VEHICLE_CREATED', targetType: 'vehicle', targetId: vehicle.id, scope: 'own', metadata: { vehicleId: vehicle.id } }, tem);
      return vehicle;
    });
  } catch (caught) {
    // The same VIN registered in parallel by another account: its unique HMAC lets one through.
    const error = caught instanceof UniqueConstraintViolationException ? vinAlreadyRegistered() : caught;
    const reason = (error as { reason?: string }).reason;
    if (reason === 'vehicle_limit_reached' || reason === 'vin_already_registered') {
      await scope.audit({ action: 'VEHICLE_CREATED', result: 'denied', reason, scope: 'own' });
    }
    throw error;
  }
}

/** Changes the given fields; the VIN is the vehicle's identity and cannot change. */
export async function updateVehicle(scope: RequestScope, access: VehicleAccess, vehicleId: string, input: VehicleFields): Promise<Vehicle> {
  const fields = validFields(input);
  if (input.make !== undefined && !fields.make) throw badInput('invalid_make');
  if (input.model !== undefined && !fields.model) throw badInput('invalid_model');
  return scope.em.transactional(async (tem) => {
    const vehicle = await tem.getRepository(Vehicle).byId(vehicleId);
    if (!vehicle) throw forbidden();
    tem.assign(vehicle, fields);
    await tem.flush();
    await scope.audit({ action: 'VEHICLE_UPDATED', targetType: 'vehicle', targetId: vehicle.id, scope: auditScopeOf(access), metadata: { vehicleId: vehicle.id } }, tem);
    return vehicle;
  });
}

/** Trims and checks the editable fields; leaves out what was not given. */
function validFields(input: VehicleFields): Partial<Pick<Vehicle, keyof VehicleFields>> {
  const out: Partial<Pick<Vehicle, keyof VehicleFields>> = {};
  const text = (value: string, max: number, reason: ReasonFor<'BAD_USER_INPUT'>) => {
    const trimmed = value.trim();
    if (trimmed.length === 0 || characterCount(trimmed) > max) throw badInput(reason);
    return trimmed;
  };
  if (input.make != null) out.make = text(input.make, 80, 'invalid_make');
  if (input.model != null) out.model = text(input.model, 80, 'invalid_model');
  if (input.nickname !== undefined) out.nickname = input.nickname === null || input.nickname.trim() === '' ? null : text(input.nickname, 60, 'invalid_nickname');
  if (input.buildYear !== undefined) {
    const latest = new Date().getUTCFullYear() + 1;
    if (input.buildYear !== null && (!Number.isInteger(input.buildYear) || input.buildYear < 1886 || input.buildYear > latest)) throw badInput('invalid_build_year');
    out.buildYear = input.buildYear;
  }
  if (input.vehicleClass !== undefined) out.vehicleClass = input.vehicleClass ?? null;
  if (input.accidentStatus != null) out.accidentStatus = input.accidentStatus;
  if (input.accidentTrustCompleted != null) out.accidentTrustCompleted = input.accidentTrustCompleted;
  if (input.physicalServiceBook != null) out.physicalServiceBook = input.physicalServiceBook;
  if (input.interestedInSelling != null) out.interestedInSelling = input.interestedInSelling;
  if (input.firstRegistration !== undefined) {
    const date = input.firstRegistration;
    if (date !== null && (!isCalendarDate(date) || date < EARLIEST_EVENT_DATE || date > todayInGermany())) throw badInput('invalid_first_registration');
    out.firstRegistration = date;
  }
  return out;
}

export type { VehicleRecord };

/** The actor's own vehicles, oldest first, one page, as plain records. */
export function myVehiclesPage(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<VehicleRecord[]> {
  return pageOfOwners(scope, [actorOf(scope).userId], page);
}

/**
 * The vehicles the actor may act on as owner or org staff (SPEC §1, §11.3): their own and those
 * of the owners of the approved VIP businesses they are staff of; oldest first, one page. Admins
 * get their own, like `myVehicles` (they reach every other vehicle by id).
 */
export async function actableVehiclesPage(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<VehicleRecord[]> {
  const { userId } = actorOf(scope);
  return pageOfOwners(scope, [...new Set([userId, ...(await orgOwnerIds(scope, userId))])], page);
}

async function pageOfOwners(scope: RequestScope, ownerIds: readonly string[], page: ResolveCursorConnectionArgs): Promise<VehicleRecord[]> {
  const vehicles = await scope.em.getRepository(Vehicle).pageOfOwners(ownerIds, page);
  // Nested fields and the type's own scope look a vehicle up by id: they find these without another query.
  primeVehicles(scope, vehicles);
  primeSharingStates(scope, vehicles);
  return vehicles;
}

/** Keyset cursor over (createdAt, id): stable while vehicles are added. */
export const vehicleCursor = (vehicle: Pick<Vehicle, 'createdAt' | 'id'>): string => keysetCursor(vehicle.createdAt, vehicle.id);

