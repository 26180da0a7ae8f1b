import { badInput } from '../errors.ts';
import { EARLIEST_EVENT_DATE } from '../entries/entry-rules.ts';
import { characterCount } from '../text.ts';
import type { CheckResult } from './inspection.entity.ts';

export const DEFAULT_INSPECTION_TITLE = 'Prüfung';
export const DEFAULT_REMEDIATION_TITLE = 'Behebung';
/** The summary a NOT_OK inspection gives the case it opens (SPEC §19). */
export const DEFECT_CASE_SUMMARY = 'Nicht OK – weitere Maßnahmen erforderlich';
export const MAX_TITLE_LENGTH = 160;
export const MAX_SUMMARY_LENGTH = 2000;
export const MAX_DETAILS_LENGTH = 20_000;
/** Clocks of phones and workshop PCs run a little ahead; more than this is the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** What an inspection or a remediation records, checked and normalised. */
export interface CheckFields {
  result: CheckResult;
  title: string;
  summary: string | null;
  occurredAt: Date;
  odometerKm: number | null;
}

export interface CheckInput {
  result: CheckResult;
  title?: string | null;
  summary?: string | null;
  occurredAt?: Date | null;
  odometerKm?: number | null;
}

/** Checks the fields inspections and remediations share; a blank title becomes the default. */
export function validCheck(input: CheckInput, defaultTitle: string, now = new Date()): CheckFields {
  const title = input.title?.trim() || defaultTitle;
  if (characterCount(title) > MAX_TITLE_LENGTH) throw badInput('invalid_title', `Title: 1 to ${MAX_TITLE_LENGTH} characters`);
  const summary = input.summary?.trim() || null;
  if (summary !== null && characterCount(summary) > MAX_SUMMARY_LENGTH) throw badInput('summary_too_long', `The summary may have at most ${MAX_SUMMARY_LENGTH} characters`);
  const occurredAt = input.occurredAt ?? now;
  if (Number.isNaN(occurredAt.getTime())) throw badInput('invalid_date', 'occurredAt must be a date and time');
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badInput('date_in_future', 'occurredAt may not be in the future');
  if (occurredAt.toISOString().slice(0, 10) < EARLIEST_EVENT_DATE) throw badInput('date_too_early', `occurredAt may not be before ${EARLIEST_EVENT_DATE}`);
  const odometerKm = input.odometerKm ?? null;
  if (odometerKm !== null && (!Number.isInteger(odometerKm) || odometerKm < 0)) throw badInput('invalid_odometer', 'The odometer reading must be a whole number of km ≥ 0');
  return { result: input.result, title, summary, occurredAt, odometerKm };
}

export function validDetails(details: string | null | undefined): string | null {
  const trimmed = details?.trim() || null;
  if (trimmed !== null && characterCount(trimmed) > MAX_DETAILS_LENGTH) throw badInput('details_too_long', `The details may have at most ${MAX_DETAILS_LENGTH} characters`);
  return trimmed;
}
