import { describe, expect, it } from 'vitest';
import { addMonths, byUrgency, daysBetween, dueStatus, estimateKm, type DueEntry, type DueItemRule } from './due.ts';

const huAu: DueItemRule = { kind: 'hu_au', intervalMonths: 24, intervalKm: null, satisfiedBy: ['inspection'] };
const inspektion: DueItemRule = { kind: 'inspektion', intervalMonths: 12, intervalKm: 15_000, satisfiedBy: ['service', 'inspection'] };
const kmOnly: DueItemRule = { kind: 'oelwechsel', intervalMonths: null, intervalKm: 10_000, satisfiedBy: ['service'] };
const entry = (date: string, odometerKm: number, type: DueEntry['type'] = 'service', odometerReplaced = false): DueEntry => ({ date, type, odometerKm, odometerReplaced });

describe('calendar arithmetic', () => {
  it('adds months, ending on the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-12-31', 12)).toBe('2026-12-31');
  });

  it('carries a leap day to the 28th of February in a common year, and keeps it in the next leap year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('counts whole days across a leap day and a DST change', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-03-31', '2025-03-29')).toBe(-2);
  });
});

describe('due date', () => {
  it('is bald fällig from exactly 30 days before the due date, ok at 31 days', () => {
    const entries = [entry('2024-06-15', 10_000, 'inspection')];
    expect(dueStatus(huAu, entries, null, '2026-05-16')).toMatchObject({ state: 'bald_faellig', dueDate: '2026-06-15', lastDoneDate: '2024-06-15' });
    expect(dueStatus(huAu, entries, null, '2026-05-15').state).toBe('ok');
  });

  it('is bald fällig on the due date itself and überfällig the day after', () => {
    const entries = [entry('2024-06-15', 10_000, 'inspection')];
    expect(dueStatus(huAu, entries, null, '2026-06-15').state).toBe('bald_faellig');
    expect(dueStatus(huAu, entries, null, '2026-06-16').state).toBe('ueberfaellig');
  });

  it('counts from the latest satisfying entry; other types do not count', () => {
    const entries = [entry('2023-01-10', 5_000, 'inspection'), entry('2024-03-01', 9_000, 'inspection'), entry('2025-01-01', 12_000, 'repair')];
    expect(dueStatus(huAu, entries, '2020-01-01', '2025-02-01')).toMatchObject({ dueDate: '2026-03-01', lastDoneDate: '2024-03-01', lastDoneKm: 9_000 });
  });

  it('counts a leap-day entry to the 28th of February', () => {
    const yearly = { ...huAu, intervalMonths: 12 };
    expect(dueStatus(yearly, [entry('2024-02-29', 1_000, 'inspection')], null, '2024-06-01').dueDate).toBe('2025-02-28');
  });

  it('counts a month from the 31st of January to the end of February', () => {
    const monthly = { ...huAu, intervalMonths: 1 };
    const status = dueStatus(monthly, [entry('2025-01-31', 1_000, 'inspection')], null, '2025-02-28');
    expect(status).toMatchObject({ dueDate: '2025-02-28', state: 'bald_faellig' });
    expect(dueStatus(monthly, [entry('2025-01-31', 1_000, 'inspection')], null, '2025-03-01').state).toBe('ueberfaellig');
  });
});

describe('no entries yet', () => {
  it('counts HU/AU and every other item from the first registration (at 0 km)', () => {
    expect(dueStatus(huAu, [], '2023-05-10', '2024-01-01')).toMatchObject({ state: 'ok', dueDate: '2025-05-10', dueKm: null, lastDoneDate: null, estimatedKm: null });
    expect(dueStatus(inspektion, [], '2023-05-10', '2024-06-01')).toMatchObject({ state: 'ueberfaellig', dueDate: '2024-05-10', dueKm: 15_000 });
  });

  it('names nothing due without a first registration: ok, without a due date or reading', () => {
    expect(dueStatus(huAu, [], null, '2024-01-01')).toEqual({ state: 'ok', dueDate: null, dueKm: null, lastDoneDate: null, lastDoneKm: null, estimatedKm: null });
    // Entries of other types give a reading, still nothing to count the item from.
    expect(dueStatus(inspektion, [entry('2024-01-01', 20_000, 'tires')], null, '2024-02-01')).toMatchObject({ state: 'ok', dueDate: null, dueKm: null, estimatedKm: 20_000 });
  });
});

describe('current km and due km', () => {
  it('estimates today’s reading from the km per day between the first and last reading', () => {
    // 3 650 km in 365 days: 10 km a day, 100 days after the last reading.
    const entries = [entry('2024-01-01', 10_000, 'tires'), entry('2024-12-31', 13_650, 'tires')];
    expect(estimateKm(entries, null, '2025-04-10')).toBe(14_650);
  });

  it('counts from 0 km at the first registration when there is only one reading', () => {
    expect(estimateKm([entry('2024-01-11', 1_000, 'tires')], '2024-01-01', '2024-01-21')).toBe(2_000);
    expect(estimateKm([entry('2024-01-11', 1_000, 'tires')], null, '2024-01-21')).toBe(1_000);
  });

  it('reads only the readings since the last odometer replacement', () => {
    const entries = [entry('2020-01-01', 0, 'tires'), entry('2023-01-01', 200_000, 'tires'), entry('2023-06-01', 500, 'repair', true), entry('2023-07-01', 800, 'tires')];
    // 300 km in 30 days since the new odometer: 10 a day.
    expect(estimateKm(entries, '2019-01-01', '2023-07-11')).toBe(900);
  });

  it('is bald fällig at exactly 1 000 km before the due reading, ok at 1 001', () => {
    const done = entry('2024-01-01', 20_000);
    const at = (km: number) => dueStatus(kmOnly, [done, entry('2024-03-01', km, 'tires')], null, '2024-03-01');
    expect(at(29_000)).toMatchObject({ state: 'bald_faellig', dueKm: 30_000, estimatedKm: 29_000 });
    expect(at(28_999).state).toBe('ok');
    expect(at(30_000).state).toBe('bald_faellig');
    expect(at(30_001).state).toBe('ueberfaellig');
  });

  it('takes the more urgent of date and km', () => {
    const entries = [entry('2024-01-01', 20_000), entry('2024-03-01', 35_500, 'tires')];
    expect(dueStatus(inspektion, entries, null, '2024-03-01')).toMatchObject({ state: 'ueberfaellig', dueDate: '2025-01-01', dueKm: 35_000 });
  });

  it('names no due reading when the item was last done on a replaced odometer', () => {
    const entries = [entry('2023-01-01', 190_000), entry('2023-06-01', 500, 'repair', true)];
    expect(dueStatus(inspektion, entries, null, '2023-07-01')).toMatchObject({ dueDate: '2024-01-01', dueKm: null, lastDoneKm: 190_000, state: 'ok' });
  });
});

describe('urgency', () => {
  it('orders überfällig before bald fällig before ok, then by due date, unknown last', () => {
    const status = (state: 'ok' | 'bald_faellig' | 'ueberfaellig', dueDate: string | null) => ({ state, dueDate, dueKm: null, lastDoneDate: null, lastDoneKm: null, estimatedKm: null });
    const list = [status('ok', null), status('ok', '2025-01-01'), status('ueberfaellig', '2024-01-01'), status('bald_faellig', '2024-06-01'), status('ok', '2024-12-01')];
    expect(list.sort(byUrgency).map((item) => `${item.state}:${item.dueDate}`)).toEqual(['ueberfaellig:2024-01-01', 'bald_faellig:2024-06-01', 'ok:2024-12-01', 'ok:2025-01-01', 'ok:null']);
  });
});
