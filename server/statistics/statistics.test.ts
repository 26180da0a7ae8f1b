import { isObjectType, getNamedType, type GraphQLNamedType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../schema.ts';
import { measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { vehicleStatistics, type StatisticsEntry } from './statistics.service.ts';

const entry = (fields: Partial<StatisticsEntry> & Pick<StatisticsEntry, 'date' | 'odometerKm'>): StatisticsEntry => ({
  type: 'service',
  odometerReplaced: false,
  costCents: null,
  withdrawn: false,
  firstRecordedAt: new Date('2025-01-01T00:00:00Z'),
  ...fields,
});

/** A vehicle's history with a lower reading, a withdrawn entry, a replaced odometer and a leap year. */
const FIXTURE: StatisticsEntry[] = [
  entry({ date: '2021-03-01', type: 'service', odometerKm: 10_000, costCents: 25_000 }),
  entry({ date: '2021-12-02', type: 'tires', odometerKm: 18_000, costCents: 48_050 }),
  entry({ date: '2022-01-31', type: 'service', odometerKm: 22_000, costCents: 31_000 }),
  entry({ date: '2022-05-05', type: 'other', odometerKm: 30_000, costCents: 99_999, withdrawn: true }),
  entry({ date: '2022-06-10', type: 'repair', odometerKm: 21_000, costCents: 120_000 }),
  entry({ date: '2022-12-31', type: 'inspection', odometerKm: 34_000 }),
  entry({ date: '2023-08-01', type: 'repair', odometerKm: 5_000, odometerReplaced: true, costCents: 89_999 }),
  entry({ date: '2024-03-01', type: 'service', odometerKm: 15_000, costCents: 32_000 }),
].reverse(); // the loader's order (newest first) must not matter

describe('vehicleStatistics (hand-computed)', () => {
  it('computes the fixture', () => {
    expect(vehicleStatistics(FIXTURE, '2024-06-30')).toEqual({
      entryCount: 7, // the withdrawn entry is left out
      // 250.00 + 480.50 + 310.00 + 1200.00 + 899.99 + 320.00
      totalCostCents: 346_049,
      years: [
        // 10 000 → 18 000 in 2021; 18 000 → 22 000 from 2 Dec to 31 Jan: 30 of 60 days in 2021 → 2 000.
        { year: 2021, costCents: 73_050, km: 10_000 },
        // The other 2 000; 21 000 is below 22 000 and adds nothing; 22 000 → 34 000 = 12 000.
        { year: 2022, costCents: 151_000, km: 14_000 },
        // New odometer 5 000 → 15 000 from 1 Aug 2023 to 1 Mar 2024: 153 of 213 days in 2023
        // (Aug–Dec 153; Jan 31 + Feb 29 = 60) → round(10 000 · 153 / 213) = round(7183.1) = 7 183.
        { year: 2023, costCents: 89_999, km: 7_183 },
        { year: 2024, costCents: 32_000, km: 2_817 },
      ],
      byType: [
        { type: 'repair', costCents: 209_999, entryCount: 2 },
        { type: 'service', costCents: 88_000, entryCount: 3 },
        { type: 'tires', costCents: 48_050, entryCount: 1 },
        { type: 'inspection', costCents: 0, entryCount: 1 },
      ],
      // 10 000 → 34 000 on the first odometer, 5 000 → 15 000 on the second.
      totalKm: 34_000,
      // 346 049 ct · 100 / 34 000 km = 1 017.79 → 1 018 ct.
      costPer100KmCents: 1_018,
      serviceCount: 4,
      // 2021-03-01 → 2022-01-31: 306 + 30 = 336; → 2022-12-31: 334; → 2024-03-01: 1 + 365 + 60 = 426;
      // (336 + 334 + 426) / 3 = 365.3 → 365.
      averageServiceIntervalDays: 365,
      // 12 000 and 12 000; the last gap spans the odometer replacement and does not count.
      averageServiceIntervalKm: 12_000,
      lastServiceDate: '2024-03-01',
      lastServiceKm: 15_000,
      costThisYearCents: 32_000,
    });
  });

  it('has nothing to show without entries', () => {
    expect(vehicleStatistics([], '2024-06-30')).toEqual({
      entryCount: 0,
      totalCostCents: 0,
      years: [],
      byType: [],
      totalKm: 0,
      costPer100KmCents: null,
      serviceCount: 0,
      averageServiceIntervalDays: null,
      averageServiceIntervalKm: null,
      lastServiceDate: null,
      lastServiceKm: null,
      costThisYearCents: 0,
    });
  });

  it('knows no km and no interval from one entry', () => {
    const stats = vehicleStatistics([entry({ date: '2024-02-02', odometerKm: 50_000, costCents: 10_000 })], '2025-01-10');
    expect(stats).toMatchObject({
      entryCount: 1,
      totalCostCents: 10_000,
      years: [{ year: 2024, costCents: 10_000, km: null }],
      totalKm: 0,
      costPer100KmCents: null,
      serviceCount: 1,
      averageServiceIntervalDays: null,
      averageServiceIntervalKm: null,
      lastServiceDate: '2024-02-02',
      lastServiceKm: 50_000,
      costThisYearCents: 0,
    });
  });

  it('counts km and intervals without any cost', () => {
    const stats = vehicleStatistics(
      [entry({ date: '2023-01-01', odometerKm: 1_000 }), entry({ date: '2023-07-01', type: 'inspection', odometerKm: 11_000 })],
      '2023-12-31',
    );
    expect(stats).toMatchObject({
      totalCostCents: 0,
      years: [{ year: 2023, costCents: 0, km: 10_000 }],
      byType: [
        { type: 'service', costCents: 0, entryCount: 1 },
        { type: 'inspection', costCents: 0, entryCount: 1 },
      ],
      totalKm: 10_000,
      costPer100KmCents: 0,
      // Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30
      averageServiceIntervalDays: 181,
      averageServiceIntervalKm: 10_000,
      costThisYearCents: 0,
    });
  });

  it('has no km figures when the readings give no km driven', () => {
    // The second reading is on a new odometer; the third reads the same (no km driven).
    const stats = vehicleStatistics(
      [
        entry({ date: '2022-05-01', odometerKm: 80_000, costCents: 40_000 }),
        entry({ date: '2023-05-01', odometerKm: 0, odometerReplaced: true, costCents: 60_000 }),
        entry({ date: '2023-05-01', type: 'repair', odometerKm: 0, costCents: 5_000 }),
      ],
      '2023-06-01',
    );
    expect(stats).toMatchObject({
      totalCostCents: 105_000,
      years: [
        { year: 2022, costCents: 40_000, km: null },
        { year: 2023, costCents: 65_000, km: 0 },
      ],
      totalKm: 0,
      costPer100KmCents: null,
      averageServiceIntervalDays: 365,
      averageServiceIntervalKm: null,
      costThisYearCents: 65_000,
    });
  });

  it('orders entries of one date by when they were first recorded', () => {
    // The old odometer's last reading was recorded before the replacement of the same day.
    const stats = vehicleStatistics(
      [
        entry({ date: '2024-06-04', odometerKm: 3_000 }),
        entry({ date: '2024-04-04', type: 'repair', odometerKm: 0, odometerReplaced: true, firstRecordedAt: new Date('2024-04-05T10:00:00Z') }),
        entry({ date: '2024-04-04', odometerKm: 20_000, firstRecordedAt: new Date('2024-04-05T09:00:00Z') }),
        entry({ date: '2024-01-04', odometerKm: 10_000 }),
      ],
      '2024-06-30',
    );
    // 10 000 → 20 000, then 0 → 3 000; services 91 and 61 days apart; only the first gap on one odometer.
    expect(stats).toMatchObject({ totalKm: 13_000, years: [{ year: 2024, km: 13_000 }], averageServiceIntervalDays: 76, averageServiceIntervalKm: 10_000 });
  });
});

const STATISTICS = `query($id: ID!) { vehicle(id: $id) { statistics {
  entryCount totalCost costThisYear totalKm costPer100Km serviceCount averageServiceIntervalDays averageServiceIntervalKm lastServiceDate lastServiceKm
  years { year cost km } byType { type cost entryCount }
} } }`;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const errorOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

describe('Vehicle.statistics', () => {
  it('answers the owner and an admin from the latest versions of entries that are not withdrawn', async () => {
    const owner = await signInAs(server, 'user');
    const admin = await signInAs(server, 'admin');
    const { id } = await createVehicle(server, owner.token);
    await addEntry(server, owner.token, id, { date: '2023-02-01', odometerKm: 40_000, cost: '199.90' });
    const revised = await addEntry(server, owner.token, id, { date: '2023-08-01', type: 'repair', performedBy: 'AUTOHAUS', odometerKm: 50_000, cost: '1.00' });
    const withdrawn = await addEntry(server, owner.token, id, { date: '2023-09-01', type: 'tires', odometerKm: 51_000, cost: '700.00' });
    await addEntry(server, owner.token, id, { date: '2024-02-01', odometerKm: 60_000 });
    const revise = await server.gql('mutation($id: ID!) { reviseServiceEntry(entryId: $id, input: { cost: "1250.10" }) { id } }', { id: revised.id }, { token: owner.token });
    expect(revise.errors).toBeUndefined();
    const withdraw = await server.gql('mutation($id: ID!) { withdrawServiceEntry(entryId: $id, reason: "Doppelt") { id } }', { id: withdrawn.id }, { token: owner.token });
    expect(withdraw.errors).toBeUndefined();

    const expected = {
      entryCount: 3,
      totalCost: '1450.00', // 199.90 + 1 250.10
      costThisYear: '0.00', // nothing dated in the current year
      totalKm: 20_000,
      costPer100Km: '7.25', // 145 000 ct · 100 / 20 000
      serviceCount: 2,
      averageServiceIntervalDays: 365,
      averageServiceIntervalKm: 20_000,
      lastServiceDate: '2024-02-01',
      lastServiceKm: 60_000,
      // 2023-08-01 → 2024-02-01: 153 of 184 days in 2023 → round(10 000 · 153 / 184) = round(8315.2) = 8 315.
      years: [
        { year: 2023, cost: '1450.00', km: 18_315 },
        { year: 2024, cost: '0.00', km: 1_685 },
      ],
      byType: [
        { type: 'repair', cost: '1250.10', entryCount: 1 },
        { type: 'service', cost: '199.90', entryCount: 2 },
      ],
    };
    for (const token of [owner.token, admin.token]) {
      const response = await server.gql(STATISTICS, { id }, { token });
      expect(response.errors).toBeUndefined();
      expect(response.data.vehicle.statistics).toEqual(expected);
    }
  });

  it('refuses strangers and anonymous callers', async () => {
    const owner = await signInAs(server, 'user');
    const stranger = await signInAs(server, 'vip');
    const { id } = await createVehicle(server, owner.token);
    await addEntry(server, owner.token, id, { cost: '99.00' });
    const asStranger = await server.gql(STATISTICS, { id }, { token: stranger.token });
    expect(errorOf(asStranger)).toBe('FORBIDDEN');
    expect(asStranger.data?.vehicle ?? null).toBeNull();
    const anonymous = await server.gql(STATISTICS, { id });
    expect(errorOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.vehicle ?? null).toBeNull();
  });

  it('is not reachable from the public page', async () => {
    const reachable = new Set<string>();
    const walk = (type: GraphQLNamedType) => {
      if (reachable.has(type.name) || !isObjectType(type)) return;
      reachable.add(type.name);
      for (const field of Object.values(type.getFields())) walk(getNamedType(field.type));
    };
    walk(schema.getType('PublicVehicle')!);
    expect(reachable.has('PublicVehicle')).toBe(true);
    expect([...reachable].filter((name) => /Statistics/.test(name))).toEqual([]);
    const publicAsk = await server.gql('query($token: String!) { publicVehicle(token: $token) { statistics { totalCost } } }', { token: 'x'.repeat(43) });
    expect(publicAsk.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_request' });
    expect(publicAsk.errors?.[0]?.message).toContain('statistics');
  });

  it('costs the same number of statements for 3 and 12 vehicles', async () => {
    await server.app.services.jobs.stop();
    const statementsFor = async (count: number) => {
      const dealer = await signInAs(server, 'dealer');
      for (let i = 0; i < count; i++) {
        const { id } = await createVehicle(server, dealer.token);
        await addEntry(server, dealer.token, id, { date: '2023-01-01', odometerKm: 10_000, cost: '100.00' });
        await addEntry(server, dealer.token, id, { date: '2024-01-01', odometerKm: 20_000, cost: '50.00' });
      }
      await server.gql('{ me { id } }', {}, { token: dealer.token });
      const { response, statements } = await measuredGql(server, '{ myVehicles(first: 50) { edges { node { id statistics { totalCost totalKm years { year km } } } } } }', {}, dealer.token);
      expect(response.errors).toBeUndefined();
      expect(response.data.myVehicles.edges).toHaveLength(count);
      expect(response.data.myVehicles.edges[0].node.statistics).toEqual({ totalCost: '150.00', totalKm: 10_000, years: [{ year: 2023, km: 10_000 }, { year: 2024, km: 0 }] });
      return statements;
    };
    const three = await statementsFor(3);
    const twelve = await statementsFor(12);
    expect(three).toBeGreaterThan(0);
    expect(twelve).toBe(three);
  });
});
