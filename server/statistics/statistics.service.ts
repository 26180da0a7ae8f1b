import type { ServiceEntryRecord } from '../entries/entry.repository.ts';
import type { EntryType } from '../entries/service-entry.entity.ts';

/**
 * What the statistics read of an entry: its latest version (withdrawn ones are left out here).
 * Entries of one date are ordered by firstRecordedAt, the one recorded first first.
 */
export type StatisticsEntry = Pick<ServiceEntryRecord, 'date' | 'type' | 'odometerKm' | 'odometerReplaced' | 'costCents' | 'withdrawn' | 'firstRecordedAt'>;

/** Entry types that count as a service for the interval and "letzter Service" (docs/DECISIONS.md). */
export const SERVICE_TYPES: readonly EntryType[] = ['service', 'inspection'];

export type YearStatistics = {
  year: number;
  costCents: number;
  /** Km driven in that year, spread over the days between readings; null when no two readings span any day of it. */
  km: number | null;
};

export type TypeStatistics = { type: EntryType; costCents: number; entryCount: number };

export type VehicleStatistics = {
  entryCount: number;
  totalCostCents: number;
  /** Every calendar year from the first entry's to the last one's (years without entries included). */
  years: YearStatistics[];
  /** Types with at least one entry, highest cost first. */
  byType: TypeStatistics[];
  /** Km between the first and the highest reading, per odometer (a replacement starts a new one). */
  totalKm: number;
  /** Rounded to whole cents; null without any km driven. */
  costPer100KmCents: number | null;
  serviceCount: number;
  /** Mean of the gaps between consecutive services, rounded; null with fewer than two services. */
  averageServiceIntervalDays: number | null;
  /** Like the days, over the gaps on one odometer that do not go backwards; null without such a gap. */
  averageServiceIntervalKm: number | null;
  lastServiceDate: string | null;
  lastServiceKm: number | null;
  /** Costs dated in the current calendar year (of `today`). */
  costThisYearCents: number;
};

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const yearOf = (date: string): number => Number(date.slice(0, 4));

/** Oldest first; same date: first recorded first (the timeline's order, reversed). */
function chronological(entries: readonly StatisticsEntry[]): StatisticsEntry[] {
  return entries
    .filter((entry) => !entry.withdrawn)
    .toSorted((a, b) => (a.date === b.date ? (a.firstRecordedAt?.getTime() ?? 0) - (b.firstRecordedAt?.getTime() ?? 0) : a.date < b.date ? -1 : 1));
}

/**
 * Km driven between consecutive readings on the same odometer: a reading below the highest one
 * before it adds nothing (a typo must not count twice), and a replaced odometer starts afresh.
 */
function kmSteps(entries: readonly StatisticsEntry[]): { from: string; to: string; km: number }[] {
  const steps: { from: string; to: string; km: number }[] = [];
  let previous: StatisticsEntry | null = null;
  let highest = 0;
  for (const entry of entries) {
    if (previous && !entry.odometerReplaced) {
      steps.push({ from: previous.date, to: entry.date, km: Math.max(0, entry.odometerKm - highest) });
      highest = Math.max(highest, entry.odometerKm);
    } else highest = entry.odometerKm;
    previous = entry;
  }
  return steps;
}

/**
 * Spreads each step's km over its days, so a year between two readings gets its share: the
 * cumulative km at each new year is rounded, so the shares of a step add up to its km exactly.
 */
function kmByYear(steps: readonly { from: string; to: string; km: number }[]): Map<number, number> {
  const byYear = new Map<number, number>();
  const add = (year: number, km: number) => byYear.set(year, (byYear.get(year) ?? 0) + km);
  for (const step of steps) {
    const start = dayNumber(step.from);
    const days = dayNumber(step.to) - start;
    if (days === 0) {
      add(yearOf(step.to), step.km);
      continue;
    }
    let counted = 0;
    for (let year = yearOf(step.from); year <= yearOf(step.to); year++) {
      const until = year === yearOf(step.to) ? step.km : Math.round((step.km * (dayNumber(`${year + 1}-01-01`) - start)) / days);
      add(year, until - counted);
      counted = until;
    }
  }
  return byYear;
}

function averageGap(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round(values.reduce((sum, value) => sum + value, 0) / values.length);
}

/** The statistics of one vehicle (SPEC §21) from the latest version of each of its entries. */
export function vehicleStatistics(entries: readonly StatisticsEntry[], today: string): VehicleStatistics {
  const ordered = chronological(entries);
  const cost = (entry: StatisticsEntry) => entry.costCents ?? 0;
  const totalCostCents = ordered.reduce((sum, entry) => sum + cost(entry), 0);

  const kmYears = kmByYear(kmSteps(ordered));
  const costByYear = new Map<number, number>();
  for (const entry of ordered) costByYear.set(yearOf(entry.date), (costByYear.get(yearOf(entry.date)) ?? 0) + cost(entry));
  const years: YearStatistics[] = [];
  if (ordered.length > 0) {
    for (let year = yearOf(ordered[0]!.date); year <= yearOf(ordered.at(-1)!.date); year++) {
      years.push({ year, costCents: costByYear.get(year) ?? 0, km: kmYears.get(year) ?? null });
    }
  }

  const byTypeMap = new Map<EntryType, TypeStatistics>();
  for (const entry of ordered) {
    const row = byTypeMap.get(entry.type) ?? { type: entry.type, costCents: 0, entryCount: 0 };
    row.costCents += cost(entry);
    row.entryCount += 1;
    byTypeMap.set(entry.type, row);
  }
  const byType = [...byTypeMap.values()].toSorted((a, b) => b.costCents - a.costCents || b.entryCount - a.entryCount);

  const totalKm = [...kmYears.values()].reduce((sum, km) => sum + km, 0);

  const services = ordered.filter((entry) => SERVICE_TYPES.includes(entry.type));
  const dayGaps: number[] = [];
  const kmGaps: number[] = [];
  for (let i = 1; i < services.length; i++) {
    const [before, after] = [services[i - 1]!, services[i]!];
    dayGaps.push(dayNumber(after.date) - dayNumber(before.date));
    // Km only on one odometer (no replacement up to the later service) and never backwards (a typo).
    const between = ordered.slice(ordered.indexOf(before) + 1, ordered.indexOf(after) + 1);
    if (!between.some((entry) => entry.odometerReplaced) && after.odometerKm >= before.odometerKm) kmGaps.push(after.odometerKm - before.odometerKm);
  }
  const lastService = services.at(-1) ?? null;
  const thisYear = yearOf(today);

  return {
    entryCount: ordered.length,
    totalCostCents,
    years,
    byType,
    totalKm,
    costPer100KmCents: totalKm > 0 ? Math.round((totalCostCents * 100) / totalKm) : null,
    serviceCount: services.length,
    averageServiceIntervalDays: averageGap(dayGaps),
    averageServiceIntervalKm: averageGap(kmGaps),
    lastServiceDate: lastService?.date ?? null,
    lastServiceKm: lastService?.odometerKm ?? null,
    costThisYearCents: costByYear.get(thisYear) ?? 0,
  };
}
