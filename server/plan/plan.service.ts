import type { EntityManager } from '@mikro-orm/sql';
import { groupBy, slicesOf } from '../db/loaders.ts';
import type { EntryType } from '../entries/service-entry.entity.ts';
import { conflict, forbidden } from '../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import type { VehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { byUrgency, dueStatus, type DueEntry, type DueState, type DueStatus } from './due.ts';
import { ServicePlanItem, SERVICE_PLAN_ITEM_KINDS, type ServicePlanItemKind } from './plan.entity.ts';
import { decodeSatisfiedBy, MAX_PLAN_ITEMS, titleOf, validPlanItem, type PlanItemInput } from './plan-rules.ts';
import { stored } from './suggested-plan.ts';
import type { ServicePlanItemRecord } from './plan.repository.ts';

/** A plan item with its German title and its due status on one day. */
export interface PlanItemWithDue {
  id: string;
  vehicle: string;
  kind: ServicePlanItemKind;
  title: string;
  intervalMonths: number | null;
  intervalKm: number | null;
  satisfiedBy: EntryType[];
  due: DueStatus;
}

export type VehicleDueItem = {
  planItemId: string;
  vehicleId: string;
  kind: string;
  title: string;
  state: 'ok' | 'bald_faellig' | 'ueberfaellig';
  dueDate: string | null;
  dueKm: number | null;
};

const KIND_ORDER = new Map(SERVICE_PLAN_ITEM_KINDS.map((kind, index) => [kind, index]));
/** The plan as shown: by kind in the order of SPEC §20, custom items last in the order added. */
const inPlanOrder = (a: ServicePlanItemRecord, b: ServicePlanItemRecord) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!;

/**
 * The plan of each vehicle with every item's due status on `today` (YYYY-MM-DD), in the order of
 * `vehicleIds`: three statements (items, entries, first registrations) for any number of vehicles.
 */
export async function plansOfVehicles(em: EntityManager, vehicleIds: readonly string[], today: string): Promise<PlanItemWithDue[][]> {
  if (vehicleIds.length === 0) return [];
  const repository = em.getRepository(ServicePlanItem);
  const [items, entries, registrations] = await Promise.all([
    repository.ofVehicles(vehicleIds),
    repository.dueEntriesOf(vehicleIds),
    repository.firstRegistrationsOf(vehicleIds),
  ]);
  const entryGroups = groupBy(vehicleIds, entries, (entry) => entry.vehicle);
  const entriesOf = new Map<string, DueEntry[]>(vehicleIds.map((id, index) => [id, entryGroups[index]!]));
  const firstRegistrationOf = new Map(registrations.map((vehicle) => [vehicle.id, vehicle.firstRegistration ?? null]));
  return groupBy(vehicleIds, items, (item) => item.vehicle).map((plan) =>
    plan.sort(inPlanOrder).map((item) => {
      const satisfiedBy = decodeSatisfiedBy(item.satisfiedBy);
      const rule = { kind: item.kind, intervalMonths: item.intervalMonths ?? null, intervalKm: item.intervalKm ?? null, satisfiedBy };
      const due = dueStatus(rule, entriesOf.get(item.vehicle) ?? [], firstRegistrationOf.get(item.vehicle) ?? null, today);
      return { id: item.id, vehicle: item.vehicle, ...rule, title: titleOf({ kind: item.kind, title: item.title ?? null }), due };
    }),
  );
}

/** Most urgent first (state, due date, km left), then by title for a stable order. */
export const mostUrgentFirst = (a: PlanItemWithDue, b: PlanItemWithDue): number => byUrgency(a.due, b.due) || a.title.localeCompare(b.title, 'de') || a.id.localeCompare(b.id);

/** Vehicles whose plans are read at once: bounds the entries held in memory, however many vehicles an owner has. */
const VEHICLES_PER_PLAN_READ = 500;

/**
 * Due items of these vehicles on `today` (YYYY-MM-DD), most urgent first: the three statements of
 * `plansOfVehicles` per 500 vehicles, so a constant number for a page and a bounded memory for the
 * daily digest's thousands.
 */
export async function dueItemsOfVehicles(em: EntityManager, vehicleIds: readonly string[], today: string): Promise<VehicleDueItem[]> {
  const items: PlanItemWithDue[] = [];
  for (const slice of slicesOf(vehicleIds, VEHICLES_PER_PLAN_READ)) {
    for (const plan of await plansOfVehicles(em, slice, today)) items.push(...plan);
  }
  return items
    .sort(mostUrgentFirst)
    .map((item) => ({ planItemId: item.id, vehicleId: item.vehicle, kind: item.kind, title: item.title, state: item.due.state, dueDate: item.due.dueDate, dueKm: item.due.dueKm }));
}

/** Whether an item is in one of these states (all states when none are given). */
export const inStates = (item: PlanItemWithDue, states: readonly DueState[] | null | undefined): boolean => !states?.length || states.includes(item.due.state);


/**
 * Adds an item. The vehicle's row stays locked until the item is stored, so parallel additions
 * count one after another: never more than MAX_PLAN_ITEMS, never a second item of a kind.
 */
export async function addPlanItem(scope: RequestScope, access: VehicleAccess, vehicleId: string, input: PlanItemInput): Promise<ServicePlanItem> {
  const fields = validPlanItem(input);
  return scope.em.transactional(async (tem) => {
    if (!(await tem.getRepository(Vehicle).lockRow(vehicleId))) throw forbidden();
    const plan = await tem.getRepository(ServicePlanItem).allOfVehicle(vehicleId);
    if (plan.length >= MAX_PLAN_ITEMS) throw conflict('service_plan_item_limit_reached', `A plan holds at most ${MAX_PLAN_ITEMS} items`);
    assertKindFree(plan, fields.kind, null);
    const item = tem.create(ServicePlanItem, { ...stored(fields), vehicle: vehicleId });
    await tem.flush();
    await auditPlanEdit(scope, tem, 'SERVICE_PLAN_ITEM_ADDED', access, item);
    return item;
  });
}

/** Replaces an item's kind, title, intervals and satisfying types. */
export async function updatePlanItem(scope: RequestScope, access: VehicleAccess, itemId: string, input: PlanItemInput): Promise<ServicePlanItem> {
  const fields = validPlanItem(input);
  return scope.em.transactional(async (tem) => {
    const vehicleId = (await tem.getRepository(ServicePlanItem).byId(itemId))?.vehicle;
    if (!vehicleId || !(await tem.getRepository(Vehicle).lockRow(vehicleId))) throw forbidden();
    const plan = await tem.getRepository(ServicePlanItem).allOfVehicle(vehicleId);
    const item = plan.find((candidate) => candidate.id === itemId);
    if (!item) throw forbidden();
    assertKindFree(plan, fields.kind, itemId);
    tem.assign(item, stored(fields));
    await tem.flush();
    await auditPlanEdit(scope, tem, 'SERVICE_PLAN_ITEM_UPDATED', access, item);
    return item;
  });
}

export async function removePlanItem(scope: RequestScope, access: VehicleAccess, itemId: string): Promise<boolean> {
  return scope.em.transactional(async (tem) => {
    const item = await tem.getRepository(ServicePlanItem).byId(itemId);
    if (!item) throw forbidden();
    tem.remove(item);
    await tem.flush();
    await auditPlanEdit(scope, tem, 'SERVICE_PLAN_ITEM_REMOVED', access, item);
    return true;
  });
}

/** One item per kind (custom items excepted): two "HU/AU" with different intervals would contradict each other. */
function assertKindFree(plan: readonly ServicePlanItem[], kind: ServicePlanItemKind, except: string | null): void {
  if (kind !== 'custom' && plan.some((item) => item.kind === kind && item.id !== except)) {
    throw conflict('service_plan_kind_exists', 'The plan already has an item of this kind');
  }
}

type PlanAuditAction = 'SERVICE_PLAN_ITEM_ADDED' | 'SERVICE_PLAN_ITEM_UPDATED' | 'SERVICE_PLAN_ITEM_REMOVED';

function auditPlanEdit(scope: RequestScope, em: EntityManager, action: PlanAuditAction, access: VehicleAccess, item: ServicePlanItem): Promise<void> {
  return scope.audit(
    { action, targetType: 'service_plan_item', targetId: item.id, scope: auditScopeOf(access), metadata: { vehicleId: item.vehicle, planItemId: item.id, kind: item.kind } },
    em,
  );
}
