import { CONSENTED, denialFor, requires } from '../auth/policy.ts';
import type { Scopes } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ServiceEntryTypeEnum } from '../entries/entry.schema.ts';
import { notFound } from '../errors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { actorOf } from '../request-scope.ts';
import { primeVehicles, vehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import type { VehicleRecord } from '../vehicles/vehicle.repository.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import type { DueStatus } from './due.ts';
import { SERVICE_PLAN_ITEM_KINDS } from './plan.entity.ts';
import { planOfVehicle, vehicleOfPlanItem } from './plan-loaders.ts';
import { MAX_CUSTOM_TITLE_LENGTH, MAX_INTERVAL_KM, MAX_INTERVAL_MONTHS, MAX_PLAN_ITEMS, PLAN_KINDS } from './plan-rules.ts';
import { addPlanItem, inStates, mostUrgentFirst, removePlanItem, updatePlanItem, type PlanItemWithDue } from './plan.service.ts';

const ServicePlanItemKindEnum = builder.enumType('ServicePlanItemKind', { values: SERVICE_PLAN_ITEM_KINDS });
const DueStateEnum = builder.enumType('DueState', {
  values: {
    ok: { description: 'Not due within 30 days or 1 000 km; also when there is nothing to count from yet (then dueDate and dueKm are null).' },
    bald_faellig: { description: 'Due within 30 days or 1 000 km, or today.' },
    ueberfaellig: { description: 'The due date or the due reading has passed.' },
  },
});

/** Who may see a vehicle's plan: whoever may see its entries (owner, org staff, admin). Never public. */
const onVehicle = (vehicleId: string) => requires({ consented: true, ownsVehicle: vehicleId });

const DueStatusRef = builder.objectRef<DueStatus & { vehicle: string }>('DueStatus').implement({
  description: 'When a plan item is next due (SPEC §20), computed for today (Europe/Berlin).',
  authScopes: (status) => onVehicle(status.vehicle),
  fields: (t) => ({
    state: t.field({ type: DueStateEnum, resolve: (status) => status.state }),
    dueDate: t.field({ type: 'Date', nullable: true, description: 'Null without an interval in months or nothing to count from.', resolve: (status) => status.dueDate }),
    dueKm: t.exposeInt('dueKm', { nullable: true, description: 'Null without an interval in km, nothing to count from, or when last done on a replaced odometer.' }),
    lastDoneDate: t.field({ type: 'Date', nullable: true, description: 'The latest satisfying entry.', resolve: (status) => status.lastDoneDate }),
    lastDoneKm: t.exposeInt('lastDoneKm', { nullable: true }),
    estimatedKm: t.exposeInt('estimatedKm', { nullable: true, description: 'Today\'s reading estimated from the entries\' km per day (since the last odometer replacement).' }),
  }),
});

const ServicePlanItemRef = builder.objectRef<PlanItemWithDue>('ServicePlanItem').implement({
  description: 'An item of a vehicle\'s service plan (Wartungsplan).',
  authScopes: (item) => onVehicle(item.vehicle),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: ServicePlanItemKindEnum, resolve: (item) => item.kind }),
    title: t.exposeString('title', { description: 'The German label of the kind, or the custom title.' }),
    intervalMonths: t.exposeInt('intervalMonths', { nullable: true }),
    intervalKm: t.exposeInt('intervalKm', { nullable: true }),
    satisfiedBy: t.field({ type: [ServiceEntryTypeEnum], description: 'The entry types that count as doing it.', resolve: (item) => item.satisfiedBy }),
    due: t.field({ type: DueStatusRef, resolve: (item) => ({ ...item.due, vehicle: item.vehicle }) }),
  }),
});

const ServicePlanKindRef = builder.objectRef<(typeof PLAN_KINDS)[number]>('ServicePlanKind').implement({
  description: 'A kind of plan item: its German label and the entry types that count as doing it unless the owner chooses others.',
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    kind: t.field({ type: ServicePlanItemKindEnum, resolve: (kind) => kind.kind }),
    title: t.exposeString('title'),
    satisfiedBy: t.field({ type: [ServiceEntryTypeEnum], description: 'Empty for custom items: the owner names them.', resolve: (kind) => kind.satisfiedBy }),
  }),
});

builder.queryField('servicePlanKinds', (t) =>
  t.field({
    type: [ServicePlanKindRef],
    authScopes: requires({ consented: true }),
    description: 'Every kind of plan item with its defaults, in the order forms offer them.',
    resolve: () => PLAN_KINDS,
  }),
);

const DueItemRef = builder.objectRef<{ vehicle: VehicleRecord; item: PlanItemWithDue }>('DueItem').implement({
  description: 'A plan item with its vehicle (the due list of all own vehicles).',
  authScopes: (dueItem) => onVehicle(dueItem.vehicle.id),
  fields: (t) => ({
    vehicle: t.field({ type: VehicleRef, resolve: (dueItem) => dueItem.vehicle }),
    item: t.field({ type: ServicePlanItemRef, resolve: (dueItem) => dueItem.item }),
  }),
});

builder.objectField(VehicleRef, 'firstRegistration', (t) =>
  t.field({ type: 'Date', nullable: true, description: 'Erstzulassung: HU/AU (and an item never done) counts from it.', resolve: (vehicle) => vehicle.firstRegistration ?? null }),
);

builder.objectField(VehicleRef, 'servicePlan', (t) =>
  t.field({
    type: [ServicePlanItemRef],
    description: 'The service plan with each item\'s due status; by kind, custom items last. Never on the public page.',
    resolve: (vehicle, _args, context) => planOfVehicle(context).load(vehicle.id),
  }),
);

builder.objectField(VehicleRef, 'nextDue', (t) =>
  t.field({
    type: ServicePlanItemRef,
    nullable: true,
    description: 'The most urgent item of the plan; null when the plan is empty.',
    resolve: async (vehicle, _args, context) => [...(await planOfVehicle(context).load(vehicle.id))].sort(mostUrgentFirst)[0] ?? null,
  }),
);

builder.queryField('dueItems', (t) =>
  t.field({
    type: [DueItemRef],
    nullable: true,
    authScopes: requires({ consented: true }),
    description: 'The plan items of all vehicles the actor owns, most urgent first; only those in the given states when given.',
    args: { states: t.arg({ type: [DueStateEnum] }) },
    resolve: async (_root, args, context) => {
      const vehicles = await context.em.getRepository(Vehicle).recordsOfOwner(actorOf(context).userId);
      // The items' and the vehicles' own scopes look the vehicles up by id: they find these without a query.
      primeVehicles(context, vehicles);
      const plans = await planOfVehicle(context).loadMany(vehicles.map((vehicle) => vehicle.id));
      return vehicles
        .flatMap((vehicle, index) => {
          const plan = plans[index];
          if (plan instanceof Error) throw plan;
          return plan!.filter((item) => inStates(item, args.states)).map((item) => ({ vehicle, item }));
        })
        .sort((a, b) => mostUrgentFirst(a.item, b.item));
    },
  }),
);

/**
 * Scopes of an existing item: those of its vehicle. Unknown items fail like foreign ones, except
 * for admins, who may see every plan and learn NOT_FOUND.
 */
async function itemScopes(context: Context, itemId: string): Promise<Partial<Scopes>> {
  const actor = context.actor;
  if (!actor || denialFor(actor, CONSENTED)) return requires({ consented: true });
  const vehicleId = await vehicleOfPlanItem(context).load(itemId);
  if (!vehicleId && isAdminRole(actor.role)) throw notFound('service_plan_item_not_found');
  return onVehicle(vehicleId ?? '');
}

const ServicePlanItemInput = builder.inputType('ServicePlanItemInput', {
  fields: (t) => ({
    kind: t.field({ type: ServicePlanItemKindEnum, required: true, description: 'One item per kind, except custom.' }),
    title: t.string({ description: `Custom items only: 1 to ${MAX_CUSTOM_TITLE_LENGTH} characters.` }),
    intervalMonths: t.int({ description: `1 to ${MAX_INTERVAL_MONTHS}; at least one of the two intervals.` }),
    intervalKm: t.int({ description: `1 to ${MAX_INTERVAL_KM}.` }),
    satisfiedBy: t.field({ type: [ServiceEntryTypeEnum], description: 'Default: the kind\'s usual types (required for custom items).' }),
  }),
});

/** The item as the API shows it, with today's due status, after a change. */
async function shownItem(context: Context, vehicleId: string, itemId: string): Promise<PlanItemWithDue> {
  return (await planOfVehicle(context).load(vehicleId)).find((item) => item.id === itemId)!;
}

builder.mutationField('addServicePlanItem', (t) =>
  t.field({
    type: ServicePlanItemRef,
    description: `Adds an item (at most ${MAX_PLAN_ITEMS} per vehicle: else CONFLICT service_plan_item_limit_reached).`,
    args: { vehicleId: t.arg.id({ required: true }), input: t.arg({ type: ServicePlanItemInput, required: true }) },
    authScopes: (_root, args) => onVehicle(String(args.vehicleId)),
    resolve: async (_root, { vehicleId, input }, context) => {
      const item = await addPlanItem(context, await vehicleAccess(context, String(vehicleId)), String(vehicleId), input);
      return shownItem(context, item.vehicle, item.id);
    },
  }),
);

builder.mutationField('updateServicePlanItem', (t) =>
  t.field({
    type: ServicePlanItemRef,
    description: 'Replaces the item\'s kind, title, intervals and satisfying types.',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ServicePlanItemInput, required: true }) },
    authScopes: (_root, args, context) => itemScopes(context, String(args.id)),
    resolve: async (_root, { id, input }, context) => {
      const access = await vehicleAccess(context, (await vehicleOfPlanItem(context).load(String(id))) ?? '');
      const item = await updatePlanItem(context, access, String(id), input);
      return shownItem(context, item.vehicle, item.id);
    },
  }),
);

builder.mutationField('removeServicePlanItem', (t) =>
  t.boolean({
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => itemScopes(context, String(args.id)),
    resolve: async (_root, { id }, context) => {
      const access = await vehicleAccess(context, (await vehicleOfPlanItem(context).load(String(id))) ?? '');
      return removePlanItem(context, access, String(id));
    },
  }),
);
