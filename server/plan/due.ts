import type { EntryType } from '../entries/service-entry.entity.ts';
import type { ServicePlanItemKind } from './plan.entity.ts';

// Due computation of SPEC §20 as plain functions over calendar dates ("YYYY-MM-DD") and readings;
// the rules where the spec was silent are in docs/DECISIONS.md ("Service plan: due").

export const DUE_STATES = ['ok', 'bald_faellig', 'ueberfaellig'] as const;
export type DueState = (typeof DUE_STATES)[number];

/** "Bald fällig": the due date within this many days, or the due reading within this many km. */
export const DUE_SOON_DAYS = 30;
export const DUE_SOON_KM = 1000;

/** An entry as the due computation reads it: the latest version of a not withdrawn entry. */
export interface DueEntry {
  date: string;
  type: EntryType;
  odometerKm: number;
  odometerReplaced: boolean;
}

export interface DueItemRule {
  kind: ServicePlanItemKind;
  intervalMonths: number | null;
  intervalKm: number | null;
  satisfiedBy: readonly EntryType[];
}

export interface DueStatus {
  state: DueState;
  /** Null: no interval in months, or nothing to count from (no satisfying entry and no first registration). */
  dueDate: string | null;
  /** Null: no interval in km, nothing to count from, or the last time was on a replaced odometer. */
  dueKm: number | null;
  lastDoneDate: string | null;
  lastDoneKm: number | null;
  estimatedKm: number | null;
}

const MS_PER_DAY = 86_400_000;
const utc = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utc(to) - utc(from)) / MS_PER_DAY);

/**
 * The same day `months` later; a day the target month lacks becomes its last day (Jan 31 + 1
 * month = Feb 28 or 29, Feb 29 + 12 months = Feb 28), as §188 (3) BGB counts periods.
 */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The index of the last entry recording an odometer replacement (-1: none); `entries` oldest first. */
const lastReplacementIndex = (entries: readonly DueEntry[]): number => entries.findLastIndex((entry) => entry.odometerReplaced);

/**
 * Today's reading, estimated from the km per day between the first and the last reading of the
 * current odometer (since its replacement, or from 0 km at the first registration when it was
 * never replaced), carried on from the last reading to today. Null without a reading.
 */
export function estimateKm(entries: readonly DueEntry[], firstRegistration: string | null, today: string): number | null {
  const start = lastReplacementIndex(entries);
  const readings = entries.slice(Math.max(start, 0));
  const last = readings.at(-1);
  if (!last) return null;
  const first = start < 0 && firstRegistration !== null && firstRegistration <= readings[0]!.date ? { date: firstRegistration, odometerKm: 0 } : readings[0]!;
  const days = daysBetween(first.date, last.date);
  const kmPerDay = days > 0 && last.odometerKm > first.odometerKm ? (last.odometerKm - first.odometerKm) / days : 0;
  return Math.round(last.odometerKm + kmPerDay * Math.max(0, daysBetween(last.date, today)));
}

const SEVERITY: Record<DueState, number> = { ok: 0, bald_faellig: 1, ueberfaellig: 2 };
const worse = (a: DueState, b: DueState): DueState => (SEVERITY[a] >= SEVERITY[b] ? a : b);

/** On the due date (or at the due reading) an item is bald fällig; after it, überfällig. */
function stateOf(remaining: number, soon: number): DueState {
  if (remaining < 0) return 'ueberfaellig';
  return remaining <= soon ? 'bald_faellig' : 'ok';
}

/**
 * When an item is next due and how urgent it is on `today`. `entries` are the vehicle's latest,
 * not withdrawn entries in timeline order (oldest first). The interval counts from the latest
 * satisfying entry; without one, from the first registration at 0 km. Without either, nothing
 * is due yet that could be named: `ok` with neither due date nor due reading.
 */
export function dueStatus(item: DueItemRule, entries: readonly DueEntry[], firstRegistration: string | null, today: string): DueStatus {
  const lastIndex = entries.findLastIndex((entry) => item.satisfiedBy.includes(entry.type));
  const last = lastIndex >= 0 ? entries[lastIndex]! : null;
  const replacement = lastReplacementIndex(entries);
  const estimatedKm = estimateKm(entries, firstRegistration, today);
  const since = last ? { date: last.date, km: replacement <= lastIndex ? last.odometerKm : null } : firstRegistration ? { date: firstRegistration, km: replacement < 0 ? 0 : null } : null;
  const dueDate = since && item.intervalMonths !== null ? addMonths(since.date, item.intervalMonths) : null;
  const dueKm = since && since.km !== null && item.intervalKm !== null ? since.km + item.intervalKm : null;
  let state: DueState = 'ok';
  if (dueDate !== null) state = worse(state, stateOf(daysBetween(today, dueDate), DUE_SOON_DAYS));
  if (dueKm !== null && estimatedKm !== null) state = worse(state, stateOf(dueKm - estimatedKm, DUE_SOON_KM));
  return { state, dueDate, dueKm, lastDoneDate: last?.date ?? null, lastDoneKm: last?.odometerKm ?? null, estimatedKm };
}

/** Most urgent first: by state, then the earlier due date, then the fewer km left (unknowns last). */
export function byUrgency(a: DueStatus, b: DueStatus): number {
  if (a.state !== b.state) return SEVERITY[b.state] - SEVERITY[a.state];
  if (a.dueDate !== b.dueDate) return a.dueDate === null ? 1 : b.dueDate === null ? -1 : a.dueDate < b.dueDate ? -1 : 1;
  const left = (status: DueStatus) => (status.dueKm !== null && status.estimatedKm !== null ? status.dueKm - status.estimatedKm : Number.POSITIVE_INFINITY);
  return left(a) - left(b) || 0;
}
