import { ENTRY_TYPES, type EntryType } from '../entries/service-entry.entity.ts';
import { badInput } from '../errors.ts';
import { characterCount } from '../text.ts';
import { SERVICE_PLAN_ITEM_KINDS, type ServicePlanItemKind } from './plan.entity.ts';

/** Items a vehicle's plan may hold: enough for every real schedule, small enough to read at once. */
export const MAX_PLAN_ITEMS = 30;
/** Ten years: the longest interval a manufacturer names (a timing belt). */
export const MAX_INTERVAL_MONTHS = 120;
export const MAX_INTERVAL_KM = 500_000;
export const MAX_CUSTOM_TITLE_LENGTH = 60;

export const KIND_LABELS: Record<ServicePlanItemKind, string> = {
  hu_au: 'HU/AU',
  inspektion: 'Inspektion',
  oelwechsel: 'Ölwechsel',
  zahnriemen: 'Zahnriemen',
  bremsfluessigkeit: 'Bremsflüssigkeit',
  reifenwechsel: 'Reifenwechsel',
  custom: 'Eigener Punkt',
};

/**
 * The entry types that satisfy an item of each kind unless the owner chooses others
 * (docs/DECISIONS.md): an HU/AU is recorded as an inspection, work on the car at a workshop as a
 * service (oil, brake fluid) or also as a repair (timing belt), a tyre change as tires.
 */
export const DEFAULT_SATISFIED_BY: Record<Exclude<ServicePlanItemKind, 'custom'>, readonly EntryType[]> = {
  hu_au: ['inspection'],
  inspektion: ['service', 'inspection'],
  oelwechsel: ['service'],
  zahnriemen: ['service', 'repair'],
  bremsfluessigkeit: ['service'],
  reifenwechsel: ['tires'],
};

/** Each kind with its label and the entry types that satisfy it by default, for forms that offer them. */
export const PLAN_KINDS: readonly { kind: ServicePlanItemKind; title: string; satisfiedBy: readonly EntryType[] }[] = SERVICE_PLAN_ITEM_KINDS.map((kind) => ({
  kind,
  title: KIND_LABELS[kind],
  satisfiedBy: kind === 'custom' ? [] : DEFAULT_SATISFIED_BY[kind],
}));

/** The plan every new vehicle starts with (SPEC §20); the owner changes it freely. */
export const SUGGESTED_PLAN: readonly PlanItemFields[] = [
  { kind: 'hu_au', title: null, intervalMonths: 24, intervalKm: null, satisfiedBy: DEFAULT_SATISFIED_BY.hu_au },
  { kind: 'inspektion', title: null, intervalMonths: 12, intervalKm: 15_000, satisfiedBy: DEFAULT_SATISFIED_BY.inspektion },
  { kind: 'bremsfluessigkeit', title: null, intervalMonths: 24, intervalKm: null, satisfiedBy: DEFAULT_SATISFIED_BY.bremsfluessigkeit },
];

/** A plan item as the rules see it. */
export interface PlanItemFields {
  kind: ServicePlanItemKind;
  title: string | null;
  intervalMonths: number | null;
  intervalKm: number | null;
  satisfiedBy: readonly EntryType[];
}

export interface PlanItemInput {
  kind: ServicePlanItemKind;
  title?: string | null;
  intervalMonths?: number | null;
  intervalKm?: number | null;
  satisfiedBy?: readonly string[] | null;
}

/** The German title of an item: its kind's label, or the owner's own title. */
export const titleOf = (item: { kind: ServicePlanItemKind; title: string | null }): string => (item.kind === 'custom' ? (item.title ?? '') : KIND_LABELS[item.kind]);

/** Checks and normalises an item: an interval in months and/or km, a title only for custom items, known entry types. */
export function validPlanItem(input: PlanItemInput): PlanItemFields {
  const intervalMonths = input.intervalMonths ?? null;
  const intervalKm = input.intervalKm ?? null;
  if (intervalMonths === null && intervalKm === null) throw badInput('service_plan_interval_missing', 'An item needs an interval in months or km');
  if (intervalMonths !== null && !(Number.isInteger(intervalMonths) && intervalMonths >= 1 && intervalMonths <= MAX_INTERVAL_MONTHS)) {
    throw badInput('invalid_service_plan_interval', `Months from 1 to ${MAX_INTERVAL_MONTHS}`);
  }
  if (intervalKm !== null && !(Number.isInteger(intervalKm) && intervalKm >= 1 && intervalKm <= MAX_INTERVAL_KM)) {
    throw badInput('invalid_service_plan_interval', `Kilometres from 1 to ${MAX_INTERVAL_KM}`);
  }
  let title: string | null = null;
  if (input.kind === 'custom') {
    title = input.title?.trim() ?? '';
    if (title.length === 0 || characterCount(title) > MAX_CUSTOM_TITLE_LENGTH) throw badInput('invalid_service_plan_title', `A custom item needs a title of 1 to ${MAX_CUSTOM_TITLE_LENGTH} characters`);
  } else if (input.title != null && input.title.trim() !== '') {
    throw badInput('invalid_service_plan_title', 'Only custom items have their own title');
  }
  const given = input.satisfiedBy ?? (input.kind === 'custom' ? [] : DEFAULT_SATISFIED_BY[input.kind]);
  const satisfiedBy = ENTRY_TYPES.filter((type) => given.includes(type));
  if (satisfiedBy.length === 0 || given.some((type) => !(ENTRY_TYPES as readonly string[]).includes(type))) {
    throw badInput('invalid_service_plan_satisfied_by', 'At least one known entry type must satisfy the item');
  }
  return { kind: input.kind, title, intervalMonths, intervalKm, satisfiedBy };
}

export const encodeSatisfiedBy = (types: readonly EntryType[]): string => types.join(',');
export const decodeSatisfiedBy = (stored: string): EntryType[] => stored.split(',').filter((type): type is EntryType => (ENTRY_TYPES as readonly string[]).includes(type));
