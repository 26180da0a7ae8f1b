import type { EntityManager } from '@mikro-orm/sql';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { addServiceEntry } from '../entries/entry.service.ts';
import { assertValidEntry, type EntryFields } from '../entries/entry-rules.ts';
import { ENTRY_TYPES, PERFORMED_BY, ServiceEntry, type EntryType, type PerformedBy } from '../entries/service-entry.entity.ts';
import type { ErrorReason } from '../error-reasons.ts';
import { badInput, DomainError, notFound } from '../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import type { VehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { costCell, guardCell, parseCostCell, parseDateCell, parseKmCell, unguardCell } from './csv-cells.ts';

export type CsvSeparator = ';' | ',';
export type CsvFormat = 'ltc' | 'lubelogger';

/** Bounds against hostile files (docs/DECISIONS.md): characters of the whole file, data rows, characters of one cell. */
export const CSV_MAX_CHARACTERS = 100_000;
export const CSV_MAX_ROWS = 1_000;
const CSV_MAX_CELL_CHARACTERS = 10_000;

/** The product's own columns, in order (export and import). */
const COLUMNS = {
  date: 'Datum',
  type: 'Art',
  performedBy: 'Ausgeführt von',
  odometerKm: 'Kilometerstand',
  odometerReplaced: 'Tacho getauscht',
  cost: 'Kosten (EUR)',
  note: 'Notiz',
  declaredTrustLevel: 'Angegebene Stufe',
  imported: 'Importiert',
} as const;
/** LubeLogger's service, repair and upgrade record export (other columns, e.g. extra fields, are ignored). */
const LUBELOGGER_COLUMNS = { date: 'date', odometer: 'odometer', description: 'description', cost: 'cost', notes: 'notes', tags: 'tags' } as const;
/** Who did the work is not in a LubeLogger file. */
const LUBELOGGER_PERFORMED_BY: PerformedBy = 'Sonstiges';

export type CsvRowStatus = 'ok' | 'duplicate' | 'error';

/** One data row of the file as the dry run sees it. */
export interface CsvImportRow {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  status: CsvRowStatus;
  /** Why the row cannot be imported (status error). */
  reason: ErrorReason | null;
  /** The entry it would become (null where the row has an error). */
  entry: EntryFields | null;
}

export interface CsvImportReport {
  format: CsvFormat;
  rows: CsvImportRow[];
  /** Entries created (0 for a dry run). */
  importedCount: number;
}

export interface CsvImportOptions {
  /** The entry type of a LubeLogger file's rows (its service, repair and upgrade records are separate files). */
  lubeLoggerType: EntryType;
  dryRun: boolean;
  /** Import the ok rows although others have errors (those are skipped, like duplicates). */
  skipInvalidRows: boolean;
}

/** The vehicle's latest, not withdrawn entries as CSV: UTF-8 with BOM, CRLF, oldest work first. */
export async function entriesCsv(scope: RequestScope, access: VehicleAccess, vehicleId: string, separator: CsvSeparator): Promise<string> {
  const entries = (await scope.em.getRepository(ServiceEntry).latestOfVehicles([vehicleId])).filter((entry) => !entry.withdrawn).reverse();
  const rows = entries.map((entry) => [
    entry.date,
    entry.type,
    guardCell(entry.performedBy),
    String(entry.odometerKm),
    entry.odometerReplaced ? 'ja' : 'nein',
    entry.costCents == null ? '' : costCell(entry.costCents, separator),
    guardCell(entry.note ?? ''),
    entry.declaredTrustLevel ?? '',
    entry.imported ? 'ja' : 'nein',
  ]);
  await scope.audit({ action: 'EXPORT_CSV_SERVED', targetType: 'vehicle', targetId: vehicleId, scope: auditScopeOf(access), metadata: { vehicleId, count: rows.length } });
  return stringify([Object.values(COLUMNS), ...rows], { delimiter: separator, bom: true, record_delimiter: 'windows' });
}

/**
 * The dry run (every row: ok, duplicate by date + km + type, or its error) and, unless `dryRun`,
 * the import of the ok rows in one transaction through the entry service (audit, webhooks and
 * everything else an entry gets). Any row error refuses the import unless `skipInvalidRows`.
 * Imported entries carry no documents (so they count T2 at most) and a declared T3 is kept as T2.
 */
export async function importEntriesCsv(scope: RequestScope, access: VehicleAccess, vehicleId: string, csv: string, options: CsvImportOptions): Promise<CsvImportReport> {
  const { format, records } = readCsv(csv);
  const rows = records.map(({ line, cells }) => rowOf(line, format === 'ltc' ? ltcEntry(cells) : lubeLoggerEntry(cells, options.lubeLoggerType)));
  if (options.dryRun) return { format, rows: markDuplicates(rows, await existingKeys(scope.em, vehicleId)), importedCount: 0 };
  return scope.em.transactional(async (tem) => {
    // Imports of one vehicle run one after another: the second sees the first one's entries as duplicates.
    if (!(await tem.getRepository(Vehicle).lockRow(vehicleId))) throw notFound('vehicle_not_found');
    const report = markDuplicates(rows, await existingKeys(tem, vehicleId));
    const errors = report.filter((row) => row.status === 'error').length;
    if (errors > 0 && !options.skipInvalidRows) throw badInput('csv_rows_invalid', `${errors} rows have errors: fix them or skip them`);
    const importable = report.filter((row) => row.status === 'ok');
    for (const row of importable) await addServiceEntry(scope, access, vehicleId, row.entry!, { em: tem, imported: true });
    await scope.audit(
      {
        action: 'ENTRIES_IMPORTED',
        targetType: 'vehicle',
        targetId: vehicleId,
        scope: auditScopeOf(access),
        metadata: { vehicleId, kind: format, count: importable.length },
      },
      tem,
    );
    return { format, rows: report, importedCount: importable.length };
  });
}

interface CsvRecord {
  line: number;
  cells: Map<string, string>;
}

/** Parses the file with csv-parse (quotes, embedded newlines, BOM); the separator and format come from the header row. */
function readCsv(csv: string): { format: CsvFormat; records: CsvRecord[] } {
  if (csv.length > CSV_MAX_CHARACTERS) throw badInput('csv_too_large', `A CSV file may have at most ${CSV_MAX_CHARACTERS} characters`);
  const text = csv.replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  const bytes = Buffer.from(text);
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parse(bytes, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: CSV_MAX_CELL_CHARACTERS }) as never;
  } catch (error) {
    if (error instanceof CsvError) throw badInput('csv_unreadable', `The CSV file cannot be read (${error.code})`);
    throw error;
  }
  const [header, ...data] = parsed;
  if (!header) throw badInput('csv_unknown_format', 'The CSV file has no header row');
  const names = header.record.map((name) => name.trim());
  const format = formatOf(names);
  if (data.length > CSV_MAX_ROWS) throw badInput('csv_too_many_rows', `A CSV file may have at most ${CSV_MAX_ROWS} rows`);
  const keys = format === 'lubelogger' ? names.map((name) => name.toLowerCase()) : names;
  // A record starts where the previous one ended (info.bytes, its delimiter included): its line is one more than the newlines before it.
  let start = header.info.bytes;
  let line = 1 + countNewlines(bytes, 0, start);
  const records = data.map(({ record, info }) => {
    const at = line;
    line += countNewlines(bytes, start, info.bytes);
    start = info.bytes;
    const cells = new Map<string, string>();
    record.forEach((value, index) => keys[index] !== undefined && cells.set(keys[index]!, value));
    if (record.length !== names.length) cells.set(COLUMN_COUNT_MISMATCH, '');
    return { line: at, cells };
  });
  return { format, records };
}

const COLUMN_COUNT_MISMATCH = '\u0000columns';
const count = (text: string, character: string) => text.split(character).length - 1;
function countNewlines(bytes: Buffer, from: number, to: number): number {
  let newlines = 0;
  for (let index = bytes.indexOf(0x0a, from); index >= 0 && index < to; index = bytes.indexOf(0x0a, index + 1)) newlines++;
  return newlines;
}

function formatOf(names: readonly string[]): CsvFormat {
  if (Object.values(COLUMNS).every((name) => name === COLUMNS.imported || names.includes(name))) return 'ltc';
  const lower = names.map((name) => name.toLowerCase());
  if ([LUBELOGGER_COLUMNS.date, LUBELOGGER_COLUMNS.odometer, LUBELOGGER_COLUMNS.description].every((name) => lower.includes(name))) return 'lubelogger';
  throw badInput('csv_unknown_format', 'The header row is neither the product\'s own columns nor a LubeLogger record export');
}

/** A row's entry fields, or the reason it has none. */
type RowResult = EntryFields | ErrorReason;

function rowOf(line: number, result: RowResult): CsvImportRow {
  return typeof result === 'string' ? { line, status: 'error', reason: result, entry: null } : { line, status: 'ok', reason: null, entry: result };
}

/** Runs a row's conversion and the entry rules; a DomainError becomes the row's reason. */
function checked(cells: Map<string, string>, build: () => EntryFields): RowResult {
  if (cells.has(COLUMN_COUNT_MISMATCH)) return 'csv_column_count';
  try {
    const fields = build();
    assertValidEntry(fields);
    return fields;
  } catch (error) {
    if (error instanceof DomainError) return error.reason;
    throw error;
  }
}

const text = (cells: Map<string, string>, column: string) => unguardCell((cells.get(column) ?? '').trim());
const required = <T>(value: T | null): T => {
  if (value === null) throw badInput('csv_value_missing', 'A required value is empty');
  return value;
};

function ltcEntry(cells: Map<string, string>): RowResult {
  return checked(cells, () => {
    const type = text(cells, COLUMNS.type).toLowerCase();
    const performedBy = text(cells, COLUMNS.performedBy);
    const level = text(cells, COLUMNS.declaredTrustLevel).toUpperCase();
    if (!(ENTRY_TYPES as readonly string[]).includes(type)) throw badInput(type === '' ? 'csv_value_missing' : 'invalid_entry_type');
    if (!(PERFORMED_BY as readonly string[]).includes(performedBy)) throw badInput(performedBy === '' ? 'csv_value_missing' : 'invalid_performed_by');
    if (level !== '' && !['T1', 'T2', 'T3'].includes(level)) throw badInput('invalid_trust_level');
    const replaced = text(cells, COLUMNS.odometerReplaced).toLowerCase();
    if (!['', 'ja', 'nein'].includes(replaced)) throw badInput('csv_invalid_yes_no', 'Tacho getauscht is ja or nein');
    return {
      date: parseDateCell(required(text(cells, COLUMNS.date) || null)),
      type: type as EntryType,
      performedBy: performedBy as PerformedBy,
      odometerKm: required(parseKmCell(text(cells, COLUMNS.odometerKm))),
      odometerReplaced: replaced === 'ja',
      note: text(cells, COLUMNS.note) || null,
      costCents: parseCostCell(text(cells, COLUMNS.cost)),
      declaredTrustLevel: level === '' ? null : level === 'T3' ? 'T2' : (level as 'T1' | 'T2'),
    };
  });
}

function lubeLoggerEntry(cells: Map<string, string>, type: EntryType): RowResult {
  return checked(cells, () => {
    const tags = text(cells, LUBELOGGER_COLUMNS.tags);
    const note = [text(cells, LUBELOGGER_COLUMNS.description), text(cells, LUBELOGGER_COLUMNS.notes), tags ? `Tags: ${tags}` : ''].filter(Boolean).join('\n');
    return {
      date: parseDateCell(required(text(cells, LUBELOGGER_COLUMNS.date) || null)),
      type,
      performedBy: LUBELOGGER_PERFORMED_BY,
      odometerKm: required(parseKmCell(text(cells, LUBELOGGER_COLUMNS.odometer))),
      odometerReplaced: false,
      note: note || null,
      costCents: parseCostCell(text(cells, LUBELOGGER_COLUMNS.cost)),
      declaredTrustLevel: null,
    };
  });
}

const duplicateKey = (entry: Pick<EntryFields, 'date' | 'odometerKm' | 'type'>) => `${entry.date}|${entry.odometerKm}|${entry.type}`;

/** Date + km + type of the vehicle's latest, not withdrawn entries. */
async function existingKeys(em: EntityManager, vehicleId: string): Promise<Set<string>> {
  const entries = await em.getRepository(ServiceEntry).latestOfVehicles([vehicleId]);
  return new Set(entries.filter((entry) => !entry.withdrawn).map(duplicateKey));
}

/** Ok rows whose date + km + type the vehicle (or an earlier row of the file) already has become duplicates. */
function markDuplicates(rows: readonly CsvImportRow[], known: Set<string>): CsvImportRow[] {
  const seen = new Set(known);
  return rows.map((row) => {
    if (row.status !== 'ok') return row;
    const key = duplicateKey(row.entry!);
    if (seen.has(key)) return { ...row, status: 'duplicate' };
    seen.add(key);
    return row;
  });
}
