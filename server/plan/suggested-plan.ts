import type { EntityManager } from '@mikro-orm/sql';
import { ServicePlanItem } from './plan.entity.ts';
import { encodeSatisfiedBy, SUGGESTED_PLAN, type PlanItemFields } from './plan-rules.ts';

/** An item's fields as stored. */
export const stored = (fields: PlanItemFields) => ({ ...fields, satisfiedBy: encodeSatisfiedBy(fields.satisfiedBy) });

/** Gives a new vehicle the suggested plan of SPEC §20, in the transaction that creates it (flushed with it). */
export function addSuggestedPlan(em: EntityManager, vehicleId: string): void {
  const createdAt = new Date();
  for (const fields of SUGGESTED_PLAN) em.create(ServicePlanItem, { ...stored(fields), vehicle: vehicleId, createdAt });
}
