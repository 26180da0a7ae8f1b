// The hash chain's algorithm (SPEC §22, docs/VERIFICATION.md), free of the database: the server,
// the back-fill migration and `npm run verify:export` all compute links with these functions.
import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

export const CHAIN_VERSION = 'ltc-chain-v1';
export const CHAIN_RECORD_TYPES = ['entry_version', 'entry_document', 'inspection', 'defect_case', 'remediation'] as const;
export type ChainRecordType = (typeof CHAIN_RECORD_TYPES)[number];

/** A JSON value the canonical form accepts: strings, integers, booleans, null, arrays, objects. */
export type ChainValue = string | number | boolean | null | ChainValue[] | { [key: string]: ChainValue };
/** One link's record: the object whose canonical JSON (RFC 8785) enters the hash. */
export type ChainRecord = { type: ChainRecordType } & { [key: string]: ChainValue };

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** RFC 8785 (JCS) canonical JSON; only integers occur, so numbers never depend on float formatting. */
export function canonicalJson(value: ChainValue): string {
  return canonicalize(value)!;
}

/** The "previous hash" of a vehicle's first link: binds the chain to the vehicle. */
export const genesisHash = (vehicleId: string): string => sha256Hex(`${CHAIN_VERSION}:${vehicleId}`);

/**
 * hash = SHA-256( previous hash ‖ canonical JSON of the record ‖ document SHA-256s, sorted ),
 * hashes as 64 lowercase hex characters, everything as UTF-8 bytes, nothing between the parts.
 */
export function linkHash(previousHash: string, record: ChainRecord, documentSha256s: readonly string[]): string {
  return sha256Hex(previousHash + canonicalJson(record) + [...documentSha256s].sort().join(''));
}

/**
 * Free text (notes, titles, summaries, reasons) enters a record only as the SHA-256 of its
 * canonical JSON: a redacted export can carry the chain without the text (docs/DECISIONS.md).
 */
export const textDigest = (texts: Record<string, string | null>): string => sha256Hex(canonicalJson(texts));

/** A timestamp in a record: ISO 8601 in UTC with milliseconds ("2026-12-03T11:08:51.123Z"). */
export const instant = (value: Date | string): string => new Date(value).toISOString();
const instantOrNull = (value: Date | string | null | undefined): string | null => (value == null ? null : instant(value));

export interface EntryVersionFields {
  id: string; vehicle: string; groupId: string; version: number; supersedes?: string | null; date: string; type: string; performedBy: string;
  odometerKm: number; odometerReplaced?: boolean | null; note?: string | null; costCents?: number | null; declaredTrustLevel?: string | null;
  withdrawn?: boolean | null; withdrawalReason?: string | null; confirmedByWorkshop?: boolean | null; createdAt: Date | string; firstRecordedAt?: Date | string | null;
}

/** An entry version; `isLatest` is left out: it changes when the next version is written. */
export const entryVersionRecord = (entry: EntryVersionFields): ChainRecord => ({
  type: 'entry_version',
  id: entry.id,
  vehicleId: entry.vehicle,
  groupId: entry.groupId,
  version: entry.version,
  supersedes: entry.supersedes ?? null,
  date: entry.date,
  entryType: entry.type,
  performedBy: entry.performedBy,
  odometerKm: entry.odometerKm,
  odometerReplaced: entry.odometerReplaced ?? false,
  costCents: entry.costCents ?? null,
  declaredTrustLevel: entry.declaredTrustLevel ?? null,
  withdrawn: entry.withdrawn ?? false,
  confirmedByWorkshop: entry.confirmedByWorkshop ?? false,
  createdAt: instant(entry.createdAt),
  firstRecordedAt: instantOrNull(entry.firstRecordedAt),
  textDigest: textDigest({ note: entry.note ?? null, withdrawalReason: entry.withdrawalReason ?? null }),
});

/** Documents linked to an existing entry version later (an upload naming the entry). */
export const entryDocumentRecord = (vehicleId: string, entryId: string, documentIds: readonly string[]): ChainRecord => ({
  type: 'entry_document',
  vehicleId,
  entryId,
  documentIds: [...documentIds].sort(),
});

export interface InspectionFields {
  id: string; vehicle: string; source: string; result: string; title: string; summary?: string | null; details?: string | null;
  occurredAt: Date | string; odometerKm?: number | null; createdAt: Date | string;
}

export const inspectionRecord = (inspection: InspectionFields): ChainRecord => ({
  type: 'inspection',
  id: inspection.id,
  vehicleId: inspection.vehicle,
  source: inspection.source,
  result: inspection.result,
  occurredAt: instant(inspection.occurredAt),
  odometerKm: inspection.odometerKm ?? null,
  createdAt: instant(inspection.createdAt),
  textDigest: textDigest({ title: inspection.title, summary: inspection.summary ?? null, details: inspection.details ?? null }),
});

export interface DefectCaseFields {
  id: string; vehicle: string; inspection: string; summary: string; openedAt: Date | string;
}

/** A defect case as opened; its closing is part of the remediation that closed it. */
export const defectCaseRecord = (defectCase: DefectCaseFields): ChainRecord => ({
  type: 'defect_case',
  id: defectCase.id,
  vehicleId: defectCase.vehicle,
  inspectionId: defectCase.inspection,
  openedAt: instant(defectCase.openedAt),
  textDigest: textDigest({ summary: defectCase.summary }),
});

export interface RemediationFields {
  id: string; vehicle: string; defectCase: string; result: string; title: string; summary?: string | null;
  occurredAt: Date | string; odometerKm?: number | null; createdAt: Date | string;
}

/** A remediation; `closedCase` holds the case's closing when this remediation closed it, else null. */
export const remediationRecord = (remediation: RemediationFields, closedCase: { status: string; closedAt: Date | string | null } | null): ChainRecord => ({
  type: 'remediation',
  id: remediation.id,
  vehicleId: remediation.vehicle,
  defectCaseId: remediation.defectCase,
  result: remediation.result,
  occurredAt: instant(remediation.occurredAt),
  odometerKm: remediation.odometerKm ?? null,
  createdAt: instant(remediation.createdAt),
  closedCase: closedCase ? { status: closedCase.status, closedAt: instantOrNull(closedCase.closedAt) } : null,
  textDigest: textDigest({ title: remediation.title, summary: remediation.summary ?? null }),
});

/** One link as exports carry it: enough to recompute its hash offline. */
export interface ExportedChainLink {
  sequence: number;
  recordType: ChainRecordType;
  recordId: string;
  record: ChainRecord;
  documentSha256s: string[];
  hash: string;
}

export type ChainBreak = { sequence: number; recordType: string; recordId: string; expectedHash: string | null; storedHash: string | null; reason: string };

/** Recomputes exported links in order: null when intact, else the first broken link. */
export function firstBrokenExportedLink(vehicleId: string, links: readonly ExportedChainLink[]): ChainBreak | null {
  let previous = genesisHash(vehicleId);
  for (const [index, link] of links.entries()) {
    const at = { sequence: link.sequence, recordType: link.recordType, recordId: link.recordId, storedHash: link.hash };
    if (link.sequence !== index + 1) return { ...at, expectedHash: null, reason: 'sequence_gap' };
    const expected = linkHash(previous, link.record, link.documentSha256s);
    if (expected !== link.hash) return { ...at, expectedHash: expected, reason: 'hash_mismatch' };
    previous = link.hash;
  }
  return null;
}
