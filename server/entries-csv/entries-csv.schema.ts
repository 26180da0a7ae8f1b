import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { formatCost } from '../entries/entry-rules.ts';
import { PerformedByEnum, ServiceEntryTypeEnum, TrustLevelEnum } from '../entries/entry.schema.ts';
import type { PerformedBy } from '../entries/service-entry.entity.ts';
import { ErrorReasonEnum } from '../graphql/error-reason.schema.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { entriesCsv, importEntriesCsv, type CsvImportReport, type CsvImportRow } from './entries-csv.service.ts';

const CsvSeparatorEnum = builder.enumType('CsvSeparator', {
  values: { semicolon: { value: ';', description: '`;` (German spreadsheets, the default)' }, comma: { value: ',', description: '`,`' } } as const,
});
const CsvFormatEnum = builder.enumType('CsvFormat', {
  values: { ltc: { description: "The product's own columns (entriesCsv)" }, lubelogger: { description: "LubeLogger's service, repair or upgrade record export" } } as const,
});
const CsvRowStatusEnum = builder.enumType('CsvRowStatus', { values: ['ok', 'duplicate', 'error'] as const });

const CsvImportRowRef = builder.objectRef<CsvImportRow>('CsvImportRow').implement({
  description: 'One data row of an imported CSV file.',
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    line: t.exposeInt('line', { description: 'Line of the file where the row starts (the header is line 1).' }),
    status: t.field({ type: CsvRowStatusEnum, description: 'ok, duplicate (date + km + type already there), or error.', resolve: (row) => row.status }),
    reason: t.field({ type: ErrorReasonEnum, nullable: true, description: 'Why the row cannot be imported (status error).', resolve: (row) => row.reason }),
    date: t.string({ nullable: true, resolve: (row) => row.entry?.date ?? null }),
    type: t.field({ type: ServiceEntryTypeEnum, nullable: true, resolve: (row) => row.entry?.type ?? null }),
    performedBy: t.field({ type: PerformedByEnum, nullable: true, resolve: (row) => (row.entry?.performedBy as PerformedBy | undefined) ?? null }),
    odometerKm: t.int({ nullable: true, resolve: (row) => row.entry?.odometerKm ?? null }),
    cost: t.string({ nullable: true, description: 'Euros with two decimals.', resolve: (row) => (row.entry?.costCents == null ? null : formatCost(row.entry.costCents)) }),
    note: t.string({ nullable: true, resolve: (row) => row.entry?.note ?? null }),
    declaredTrustLevel: t.field({ type: TrustLevelEnum, nullable: true, description: 'At most T2 (an imported entry has no evidence).', resolve: (row) => row.entry?.declaredTrustLevel ?? null }),
  }),
});

const CsvImportReportRef = builder.objectRef<CsvImportReport>('CsvImportReport').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    format: t.field({ type: CsvFormatEnum, resolve: (report) => report.format }),
    rows: t.field({ type: [CsvImportRowRef], resolve: (report) => report.rows }),
    importedCount: t.exposeInt('importedCount', { description: 'Entries created (0 for a dry run).' }),
  }),
});

builder.objectField(VehicleRef, 'entriesCsv', (t) =>
  t.string({
    description: "The latest, not withdrawn entries as CSV (UTF-8 with BOM, CRLF, oldest work first): the product's own columns, which importEntriesCsv reads back. Text cells starting with = + - @ get a leading apostrophe.",
    args: { separator: t.arg({ type: CsvSeparatorEnum, defaultValue: ';' }) },
    resolve: async (vehicle, args, context) => entriesCsv(context, await vehicleAccess(context, vehicle.id), vehicle.id, args.separator ?? ';'),
  }),
);

builder.mutationField('importEntriesCsv', (t) =>
  t.field({
    type: CsvImportReportRef,
    description:
      "Imports entries from a CSV file (the product's own columns or a LubeLogger record export, `;` or `,`, at most 100 000 characters and 1000 rows). With dryRun every row is reported (ok, duplicate, error with its reason) and nothing is stored; otherwise the ok rows become entries in one transaction, marked imported, without documents (T2 at most), unless any row has an error and skipInvalidRows is false (BAD_USER_INPUT csv_rows_invalid). Duplicates are never imported.",
    args: {
      vehicleId: t.arg.id({ required: true }),
      csv: t.arg.string({ required: true }),
      dryRun: t.arg.boolean({ required: true }),
      skipInvalidRows: t.arg.boolean({ defaultValue: false }),
      lubeLoggerType: t.arg({ type: ServiceEntryTypeEnum, defaultValue: 'service', description: "The type of a LubeLogger file's rows: service records service, repair records repair, upgrades modification." }),
    },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      return importEntriesCsv(context, await vehicleAccess(context, vehicleId), vehicleId, args.csv, {
        dryRun: args.dryRun,
        skipInvalidRows: args.skipInvalidRows ?? false,
        lubeLoggerType: args.lubeLoggerType ?? 'service',
      });
    },
  }),
);
