import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ServicePlanItemRepository } from './plan.repository.ts';

export const SERVICE_PLAN_ITEM_KINDS = ['hu_au', 'inspektion', 'oelwechsel', 'zahnriemen', 'bremsfluessigkeit', 'reifenwechsel', 'custom'] as const;
export type ServicePlanItemKind = (typeof SERVICE_PLAN_ITEM_KINDS)[number];

/** One item of a vehicle's service plan (SPEC §20): what is due, how often, and which entries do it. */
const ServicePlanItemSchema = defineEntity({
  name: 'ServicePlanItem',
  tableName: 'service_plan_items',
  repository: () => ServicePlanItemRepository,
  indexes: [{ properties: ['vehicle', 'createdAt', 'id'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    kind: p.enum(SERVICE_PLAN_ITEM_KINDS),
    /** Only for `custom` items; the others are named by their kind. */
    title: p.string().nullable(),
    intervalMonths: p.integer().nullable(),
    intervalKm: p.integer().nullable(),
    /** The entry types that satisfy the item, comma-separated (e.g. "service,inspection"). */
    satisfiedBy: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ServicePlanItem extends ServicePlanItemSchema.class {}
ServicePlanItemSchema.setClass(ServicePlanItem);
