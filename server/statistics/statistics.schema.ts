import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { latestEntriesOf } from '../entries/entry-loaders.ts';
import { formatCost, todayInGermany } from '../entries/entry-rules.ts';
import { ServiceEntryTypeEnum } from '../entries/entry.schema.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { vehicleStatistics, type TypeStatistics, type VehicleStatistics, type YearStatistics } from './statistics.service.ts';

const EUROS = 'Euros with two decimals, e.g. "1249.90" (summed in cents).';

const YearStatisticsRef = builder.objectRef<YearStatistics>('YearStatistics').implement({
  authScopes: requires({ consented: true }),
  description: 'Costs and km of one calendar year.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    cost: t.string({ description: EUROS, resolve: (row) => formatCost(row.costCents) }),
    km: t.exposeInt('km', {
      nullable: true,
      description: 'Km driven in the year: the km between two readings are spread over their days. Null when no two readings span any day of the year.',
    }),
  }),
});

const TypeStatisticsRef = builder.objectRef<TypeStatistics>('TypeStatistics').implement({
  authScopes: requires({ consented: true }),
  description: 'Costs of one entry type.',
  fields: (t) => ({
    type: t.field({ type: ServiceEntryTypeEnum, resolve: (row) => row.type }),
    cost: t.string({ description: EUROS, resolve: (row) => formatCost(row.costCents) }),
    entryCount: t.exposeInt('entryCount'),
  }),
});

const VehicleStatisticsRef = builder.objectRef<VehicleStatistics>('VehicleStatistics').implement({
  authScopes: requires({ consented: true }),
  description: 'Costs and statistics of a vehicle (SPEC §21), from the latest version of each entry that is not withdrawn.',
  fields: (t) => ({
    entryCount: t.exposeInt('entryCount'),
    totalCost: t.string({ description: EUROS, resolve: (stats) => formatCost(stats.totalCostCents) }),
    costThisYear: t.string({ description: `Costs of entries dated in the current calendar year (German time). ${EUROS}`, resolve: (stats) => formatCost(stats.costThisYearCents) }),
    years: t.field({
      type: [YearStatisticsRef],
      description: "Every calendar year from the first entry's to the last entry's, oldest first.",
      resolve: (stats) => stats.years,
    }),
    byType: t.field({ type: [TypeStatisticsRef], description: 'Entry types with at least one entry, highest cost first.', resolve: (stats) => stats.byType }),
    totalKm: t.exposeInt('totalKm', { description: 'Km between the first and the highest reading of each odometer (a replaced odometer starts a new one).' }),
    costPer100Km: t.string({
      nullable: true,
      description: `Total cost per 100 km of totalKm, rounded to the cent; null without km driven. ${EUROS}`,
      resolve: (stats) => (stats.costPer100KmCents === null ? null : formatCost(stats.costPer100KmCents)),
    }),
    serviceCount: t.exposeInt('serviceCount', { description: 'Entries of type service or inspection.' }),
    averageServiceIntervalDays: t.exposeInt('averageServiceIntervalDays', { nullable: true, description: 'Mean days between consecutive services, rounded; null with fewer than two.' }),
    averageServiceIntervalKm: t.exposeInt('averageServiceIntervalKm', {
      nullable: true,
      description: 'Mean km between consecutive services on the same odometer, rounded; null without such a pair.',
    }),
    lastServiceDate: t.exposeString('lastServiceDate', { nullable: true, description: 'YYYY-MM-DD of the latest service or inspection.' }),
    lastServiceKm: t.exposeInt('lastServiceKm', { nullable: true }),
  }),
});

builder.objectField(VehicleRef, 'statistics', (t) =>
  t.field({
    type: VehicleStatisticsRef,
    nullable: true,
    // Vehicle itself is owner, org staff and admins only (its type scope); PublicVehicle has no such field.
    description: 'Costs and statistics (SPEC §21). Owner, org staff and admins only; never on the public page.',
    // The entries the trust summary reads too: one statement for all vehicles of a request.
    resolve: async (vehicle, _args, context) => vehicleStatistics(await latestEntriesOf(context).load(vehicle.id), todayInGermany()),
  }),
);
