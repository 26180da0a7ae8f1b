import { badInput } from '../errors.ts';
import { characterCount } from '../text.ts';
import { ENTRY_TYPES, PERFORMED_BY, TRUST_LEVELS, type EntryType, type PerformedBy, type TrustLevel } from './service-entry.entity.ts';

export const MAX_NOTE_LENGTH = 4000;
/**
 * The earliest date of anything that happened to a car: the Benz Patent-Motorwagen of 1886
 * (also the earliest build year). "0000-01-01" is a typo, not a service.
 */
export const EARLIEST_EVENT_DATE = '1886-01-01';
const MAX_WITHDRAWAL_REASON_LENGTH = 1000;
/** A cost with at most two decimals, e.g. "89" or "1249.90" (never a binary float). */
const COST_PATTERN = /^\d{1,9}(?:[.,]\d{1,2})?$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of one entry version as the rules see them. */
export interface EntryFields {
  date: string;
  type: EntryType;
  performedBy: PerformedBy;
  odometerKm: number;
  odometerReplaced: boolean;
  note: string | null;
  costCents: number | null;
  declaredTrustLevel: TrustLevel | null;
}

export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  // Arithmetic, not Date parsing: the trust engine checks every stored entry on every view.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  // "2024-02-30" is not a calendar date.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

const germanCalendarDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date where the product's users live: an entry of "today" is never in the future. */
export const todayInGermany = (now = new Date()): string => germanCalendarDate.format(now);

/**
 * The required fields of SPEC §5 are present and well-formed. The API never stores an entry that
 * fails this; the trust engine still checks stored rows (imports, older data).
 */
export function hasRequiredFields(entry: { date?: unknown; type?: unknown; performedBy?: unknown; odometerKm?: unknown }): boolean {
  return (
    isCalendarDate(entry.date) &&
    (ENTRY_TYPES as readonly unknown[]).includes(entry.type) &&
    (PERFORMED_BY as readonly unknown[]).includes(entry.performedBy) &&
    Number.isInteger(entry.odometerKm) &&
    (entry.odometerKm as number) >= 0
  );
}

/** "1249.90" → 124990 cents. */
export function parseCost(cost: string): number {
  const trimmed = cost.trim();
  if (!COST_PATTERN.test(trimmed)) throw badInput('invalid_cost', 'The cost must be a number ≥ 0 with at most two decimals');
  const [euros, cents = ''] = trimmed.split(/[.,]/);
  return Number(euros) * 100 + Number(cents.padEnd(2, '0'));
}

export const formatCost = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Checks every field of an entry version before it is stored. */
export function assertValidEntry(fields: EntryFields, now = new Date()): void {
  if (!isCalendarDate(fields.date)) throw badInput('invalid_entry_date', 'The date must be a calendar date YYYY-MM-DD');
  if (fields.date > todayInGermany(now)) throw badInput('entry_date_in_future', 'Entries cannot be dated in the future');
  if (fields.date < EARLIEST_EVENT_DATE) throw badInput('entry_date_too_early', `Entries cannot be dated before ${EARLIEST_EVENT_DATE}`);
  if (!(ENTRY_TYPES as readonly string[]).includes(fields.type)) throw badInput('invalid_entry_type');
  if (!(PERFORMED_BY as readonly string[]).includes(fields.performedBy)) throw badInput('invalid_performed_by');
  if (!Number.isInteger(fields.odometerKm) || fields.odometerKm < 0) throw badInput('invalid_odometer', 'The odometer reading must be a whole number of km ≥ 0');
  if (fields.note !== null && characterCount(fields.note) > MAX_NOTE_LENGTH) throw badInput('note_too_long', `The note may have at most ${MAX_NOTE_LENGTH} characters`);
  if (fields.costCents !== null && (!Number.isInteger(fields.costCents) || fields.costCents < 0)) throw badInput('invalid_cost');
  if (fields.declaredTrustLevel !== null && !(TRUST_LEVELS as readonly string[]).includes(fields.declaredTrustLevel)) throw badInput('invalid_trust_level');
}

export function validWithdrawalReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || characterCount(trimmed) > MAX_WITHDRAWAL_REASON_LENGTH) {
    throw badInput('invalid_withdrawal_reason', `A withdrawal needs a reason of 1 to ${MAX_WITHDRAWAL_REASON_LENGTH} characters`);
  }
  return trimmed;
}
