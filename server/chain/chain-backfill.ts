// The back-fill of the hash chain for records written before it existed (the ChainBackfill
// migrations). Plain SQL over the columns as they were then, not the entities: a later column must
// not break an old migration. Both engines read "quoted" names.
import { newId } from '../db/ids.ts';
import { defectCaseRecord, entryVersionRecord, genesisHash, inspectionRecord, linkHash, remediationRecord, type ChainRecord, type ChainRecordType } from './chain-hash.ts';

type Row = Record<string, unknown>;
export type ExecuteSql = (sql: string, params?: unknown[]) => Promise<Row[]>;

/** A stored instant as the ORM reads it back: SQLite keeps epoch milliseconds (or text), PostgreSQL a timestamp. */
const instantOf = (value: unknown): Date => (value instanceof Date ? value : new Date(value as string | number));
const orNull = (value: unknown): Date | null => (value == null ? null : instantOf(value));
const booleanOf = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 'true';
const numberOrNull = (value: unknown): number | null => (value == null ? null : Number(value));

interface Pending {
  at: number;
  /** Order of kinds written in one moment: an inspection before the case it opened, a record before a later one. */
  rank: number;
  recordType: ChainRecordType;
  recordId: string;
  record: ChainRecord;
  documents: { id: string; sha256: string }[];
}

/**
 * Writes the chain of every vehicle that has none, its records in the order they were written (by
 * their creation time; ties: entry versions, inspections, cases, remediations, then id). The
 * documents' hashes are their recorded SHA-256s (computed from the bytes at upload); every link a
 * record has now counts as linked from the start. Returns how many links it wrote.
 */
export async function backfillChains(execute: ExecuteSql, engine: 'sqlite' | 'postgresql'): Promise<number> {
  const vehicles = await execute(`select "id" from "vehicles" where "id" not in (select "vehicle_id" from "chain_links") order by "id"`);
  const now = engine === 'sqlite' ? Date.now() : new Date().toISOString();
  let written = 0;
  for (const { id: vehicleId } of vehicles as { id: string }[]) {
    const pending = await pendingOfVehicle(execute, vehicleId);
    pending.sort((a, b) => a.at - b.at || a.rank - b.rank || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
    let previous = genesisHash(vehicleId);
    for (const [index, item] of pending.entries()) {
      const documents = [...item.documents].sort((a, b) => (a.id < b.id ? -1 : 1));
      const hash = linkHash(previous, item.record, documents.map((doc) => doc.sha256));
      await execute(
        `insert into "chain_links" ("id", "vehicle_id", "sequence", "record_type", "record_id", "documents", "hash", "created_at") values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [newId(), vehicleId, index + 1, item.recordType, item.recordId, JSON.stringify(documents), hash, now],
      );
      previous = hash;
      written++;
    }
  }
  return written;
}

async function pendingOfVehicle(execute: ExecuteSql, vehicleId: string): Promise<Pending[]> {
  const linksOf = async (table: string, column: string, owner: string) => {
    const rows = await execute(
      `select l."${column}" as "owner", d."id" as "id", d."sha256" as "sha256" from "${table}" l join "documents" d on d."id" = l."document_id" join "${owner}" r on r."id" = l."${column}" where r."vehicle_id" = ?`,
      [vehicleId],
    );
    const byOwner = new Map<string, { id: string; sha256: string }[]>();
    for (const row of rows as { owner: string; id: string; sha256: string }[]) byOwner.set(row.owner, [...(byOwner.get(row.owner) ?? []), { id: row.id, sha256: row.sha256 }]);
    return byOwner;
  };
  const pending: Pending[] = [];

  const entryLinks = await linksOf('entry_documents', 'entry_id', 'service_entries');
  const entries = await execute(
    `select "id", "group_id", "version", "supersedes", "date", "type", "performed_by", "odometer_km", "odometer_replaced", "note", "cost_cents", "declared_trust_level", "withdrawn", "withdrawal_reason", "confirmed_by_workshop", "created_at", "first_recorded_at" from "service_entries" where "vehicle_id" = ?`,
    [vehicleId],
  );
  for (const row of entries) {
    const createdAt = instantOf(row.created_at);
    const record = entryVersionRecord({
      id: row.id as string, vehicle: vehicleId, groupId: row.group_id as string, version: Number(row.version), supersedes: (row.supersedes as string | null) ?? null,
      date: row.date as string, type: row.type as string, performedBy: row.performed_by as string, odometerKm: Number(row.odometer_km),
      odometerReplaced: booleanOf(row.odometer_replaced), note: (row.note as string | null) ?? null, costCents: numberOrNull(row.cost_cents),
      declaredTrustLevel: (row.declared_trust_level as string | null) ?? null, withdrawn: booleanOf(row.withdrawn), withdrawalReason: (row.withdrawal_reason as string | null) ?? null,
      confirmedByWorkshop: booleanOf(row.confirmed_by_workshop), createdAt, firstRecordedAt: orNull(row.first_recorded_at),
    });
    pending.push({ at: createdAt.getTime(), rank: 0, recordType: 'entry_version', recordId: row.id as string, record, documents: entryLinks.get(row.id as string) ?? [] });
  }

  const inspectionLinks = await linksOf('inspection_documents', 'inspection_id', 'inspection_events');
  const inspections = await execute(`select "id", "source", "result", "title", "summary", "details", "occurred_at", "odometer_km", "created_at" from "inspection_events" where "vehicle_id" = ?`, [vehicleId]);
  for (const row of inspections) {
    const createdAt = instantOf(row.created_at);
    const record = inspectionRecord({
      id: row.id as string, vehicle: vehicleId, source: row.source as string, result: row.result as string, title: row.title as string, summary: (row.summary as string | null) ?? null,
      details: (row.details as string | null) ?? null, occurredAt: instantOf(row.occurred_at), odometerKm: numberOrNull(row.odometer_km), createdAt,
    });
    pending.push({ at: createdAt.getTime(), rank: 1, recordType: 'inspection', recordId: row.id as string, record, documents: inspectionLinks.get(row.id as string) ?? [] });
  }

  const cases = await execute(`select "id", "inspection_id", "status", "summary", "opened_at", "closed_at", "closed_by" from "defect_cases" where "vehicle_id" = ?`, [vehicleId]);
  for (const row of cases) {
    const openedAt = instantOf(row.opened_at);
    const record = defectCaseRecord({ id: row.id as string, vehicle: vehicleId, inspection: row.inspection_id as string, summary: row.summary as string, openedAt });
    pending.push({ at: openedAt.getTime(), rank: 2, recordType: 'defect_case', recordId: row.id as string, record, documents: [] });
  }
  const casesById = new Map(cases.map((row) => [row.id as string, row]));

  const remediationLinks = await linksOf('remediation_documents', 'remediation_id', 'remediations');
  const remediations = await execute(`select "id", "defect_case_id", "result", "title", "summary", "occurred_at", "odometer_km", "created_at" from "remediations" where "vehicle_id" = ?`, [vehicleId]);
  for (const row of remediations) {
    const createdAt = instantOf(row.created_at);
    const defectCase = casesById.get(row.defect_case_id as string);
    const closed = defectCase && defectCase.closed_by === row.id ? { status: defectCase.status as string, closedAt: orNull(defectCase.closed_at) } : null;
    const record = remediationRecord(
      {
        id: row.id as string, vehicle: vehicleId, defectCase: row.defect_case_id as string, result: row.result as string, title: row.title as string,
        summary: (row.summary as string | null) ?? null, occurredAt: instantOf(row.occurred_at), odometerKm: numberOrNull(row.odometer_km), createdAt,
      },
      closed,
    );
    pending.push({ at: createdAt.getTime(), rank: 3, recordType: 'remediation', recordId: row.id as string, record, documents: remediationLinks.get(row.id as string) ?? [] });
  }
  return pending;
}
