// The trust engine (SPEC §7) as plain functions: facts about a vehicle, its latest entry versions
// and its documents in, the Trust-Ampel out. No database, no GraphQL.
import { isValidEvidence, type Document } from '../documents/document.entity.ts';
import { hasRequiredFields } from '../entries/entry-rules.ts';
import type { TrustLevel } from '../entries/service-entry.entity.ts';
import type { AccidentStatus } from '../vehicles/vehicle.entity.ts';
import { ACCIDENT_STATUS_LABELS } from '../vehicles/vehicle.service.ts';

export type Severity = 'warn' | 'cap' | 'block';
export type Light = 'gruen' | 'gelb' | 'orange' | 'rot';

/** The reason-code catalogue: product copy, verbatim. */
export const TRUST_REASONS = {
  public_evidence_incomplete: { priority: 10, severity: 'warn', hint: 'Dokumentation vorhanden, aber Nachweise sind teilweise unvollständig.' },
  document_quarantined_not_approved: { priority: 20, severity: 'cap', hint: 'Dokumente sind noch nicht freigegeben. Nachweise zählen erst nach Prüfung.' },
  accident_status_unknown_cap_orange: { priority: 30, severity: 'cap', hint: 'Unfallstatus ist unbekannt. Trust ist begrenzt.' },
  accident_not_free_requires_completed_accident_trust: { priority: 40, severity: 'cap', hint: 'Bei Unfall braucht es vollständige Nachweise für eine hohe Trust-Stufe.' },
  accident_trust_missing_evidence: { priority: 50, severity: 'warn', hint: 'Für Unfalltrust fehlen Nachweise für eine belastbare Bewertung.' },
  pii_suspected_blocks_t3: { priority: 60, severity: 'block', hint: 'Offene Datenschutz-Prüfung blockiert die höchste Trust-Stufe.' },
  pii_confirmed_blocks_t3: { priority: 61, severity: 'block', hint: 'Datenschutz-Befund blockiert die höchste Trust-Stufe bis zur Bereinigung.' },
  odometer_inconsistent: { priority: 65, severity: 'cap', hint: 'Kilometerstände sind nicht schlüssig. Trust ist begrenzt.' },
  t3_requires_document_missing: { priority: 70, severity: 'warn', hint: 'Für die höchste Trust-Stufe ist ein Dokument als Nachweis erforderlich.' },
  open_defect_case: { priority: 75, severity: 'warn', hint: 'Ein festgestellter Mangel ist noch nicht als behoben nachgewiesen.' },
  t2_requires_physical_servicebook_missing: { priority: 80, severity: 'warn', hint: 'Für eine mittlere Trust-Stufe ist ein physisches Serviceheft erforderlich.' },
  t1_physical_servicebook_not_present: { priority: 90, severity: 'warn', hint: 'Ein physisches Serviceheft ist nicht vorhanden. Trust bleibt begrenzt.' },
  trusted_upload_hash_missing: { priority: 100, severity: 'warn', hint: 'Ein Integritätssignal fehlt. Nachweise sind weniger belastbar.' },
  entry_required_fields_missing: { priority: 110, severity: 'warn', hint: 'Pflichtangaben fehlen. Dokumentation ist nicht vollständig nachweisbar.' },
} as const satisfies Record<string, { priority: number; severity: Severity; hint: string }>;

export type ReasonCode = keyof typeof TRUST_REASONS;
export const REASON_CODES = Object.keys(TRUST_REASONS) as ReasonCode[];

export const GREEN_HINT = 'Dokumentation ist vollständig nachweisbar.';
export const TRUST_DISCLAIMER =
  'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.';

/** How many to-dos a vip sees; everyone else sees all of them. */
const VIP_TODO_LIMIT = 3;
const LEVEL_RANK: Record<TrustLevel, number> = { T1: 1, T2: 2, T3: 3 };
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export type DocumentFacts = Pick<Document, 'id' | 'approvalStatus' | 'scanStatus' | 'piiStatus' | 'sha256'> & { deletedAt?: Date | null };
/**
 * Stored values, possibly from older data: the engine checks them itself. The declared trust
 * level is not among them: it is the owner's claim and counts for nothing (SPEC §5).
 */
export interface EntryFacts {
  date?: string;
  type?: string;
  performedBy?: string;
  odometerKm?: number;
  /** "Tacho getauscht": the reading is a replaced odometer's; earlier readings do not count against it. */
  odometerReplaced?: boolean;
  withdrawn: boolean;
  linkedDocumentIds: readonly string[];
}
export interface VehicleFacts {
  accidentStatus: AccidentStatus;
  accidentTrustCompleted: boolean;
  physicalServiceBook: boolean;
}
export interface TrustInput {
  vehicle: VehicleFacts;
  /** The latest version of every entry of the vehicle (withdrawn ones included; they do not count). */
  entries: readonly EntryFacts[];
  /** Every document of the vehicle. */
  documents: readonly DocumentFacts[];
  /** How many defect cases of the vehicle are open (SPEC §19). */
  openDefectCases: number;
}

export interface TrustReason {
  code: ReasonCode;
  severity: Severity;
  hint: string;
}

export interface TrustSummary {
  light: Light;
  hint: string;
  reasons: TrustReason[];
  todos: TrustReason[];
  verificationLevel: 'hoch' | 'mittel' | 'niedrig';
  historyStatus: 'vorhanden' | 'nicht_vorhanden';
  evidenceStatus: 'vorhanden' | 'nicht_vorhanden';
  accidentStatus: AccidentStatus;
  accidentStatusLabel: string;
  bestLevel: TrustLevel | null;
  disclaimer: string;
}

/**
 * The level an entry earns (SPEC §5): T3 with linked valid evidence, else T2 with a physical
 * service book, else T1. Computed from the facts alone: the declared level is the owner's claim,
 * kept as given, and neither lowers nor raises it (a declared T2 with valid evidence counts as T3).
 */
export function effectiveLevel(entry: Pick<EntryFacts, 'linkedDocumentIds'>, physicalServiceBook: boolean, documents: ReadonlyMap<string, DocumentFacts>): TrustLevel {
  const evidenced = entry.linkedDocumentIds.some((id) => {
    const document = documents.get(id);
    return document !== undefined && isValidEvidence({ ...document, deletedAt: document.deletedAt ?? null });
  });
  return evidenced ? 'T3' : physicalServiceBook ? 'T2' : 'T1';
}

export const sortReasons = (codes: Iterable<ReasonCode>): ReasonCode[] =>
  [...new Set(codes)].sort((a, b) => TRUST_REASONS[a].priority - TRUST_REASONS[b].priority || (a < b ? -1 : a > b ? 1 : 0));

export function lightFor(codes: readonly ReasonCode[]): Light {
  const severities = new Set(codes.map((code) => TRUST_REASONS[code].severity));
  if (severities.has('block')) return 'rot';
  if (severities.has('cap')) return 'orange';
  if (severities.has('warn')) return 'gelb';
  return 'gruen';
}

/** The reason codes for a vehicle, sorted by priority then code. */
export function trustReasons(input: TrustInput): ReasonCode[] {
  return assess(input).codes;
}

/** The reason codes with the entry levels they were derived from (the summary reports both). */
function assess(input: TrustInput): { codes: ReasonCode[]; active: readonly EntryFacts[]; levels: TrustLevel[]; best: TrustLevel | null } {
  const { vehicle } = input;
  const documents = new Map(input.documents.map((document) => [document.id, document]));
  const active = input.entries.filter((entry) => !entry.withdrawn);
  const levels = active.map((entry) => effectiveLevel(entry, vehicle.physicalServiceBook, documents));
  const best = bestOf(levels);
  const linked = active
    .flatMap((entry) => entry.linkedDocumentIds)
    .map((id) => documents.get(id))
    .filter((document): document is DocumentFacts => document !== undefined && !document.deletedAt);
  const codes: ReasonCode[] = [];

  if (active.length === 0) codes.push('public_evidence_incomplete');
  if (input.documents.some((document) => document.approvalStatus === 'QUARANTINED' && !document.deletedAt)) codes.push('document_quarantined_not_approved');
  if (linked.some((document) => document.piiStatus === 'SUSPECTED')) codes.push('pii_suspected_blocks_t3');
  if (linked.some((document) => document.piiStatus === 'CONFIRMED')) codes.push('pii_confirmed_blocks_t3');
  if (best === 'T2') codes.push('t3_requires_document_missing');
  if (best === 'T1' || best === null) codes.push('t1_physical_servicebook_not_present');
  // Evidence lifts some entries to T3, but without the book the others fall to T1 instead of T2.
  if (best === 'T3' && !vehicle.physicalServiceBook && levels.some((level) => level === 'T1')) codes.push('t2_requires_physical_servicebook_missing');
  // Evidence counted for T3 must carry its upload hash (SHA-256), the integrity signal.
  if (linked.some((document) => !SHA256_PATTERN.test(document.sha256 ?? ''))) codes.push('trusted_upload_hash_missing');
  if (active.some((entry) => !hasRequiredFields(entry))) codes.push('entry_required_fields_missing');
  if (!odometerReadingsConsistent(active)) codes.push('odometer_inconsistent');
  if (vehicle.accidentStatus === 'unbekannt') codes.push('accident_status_unknown_cap_orange');
  if (vehicle.accidentStatus === 'nicht_unfallfrei' && !vehicle.accidentTrustCompleted) codes.push('accident_not_free_requires_completed_accident_trust');
  if (vehicle.accidentTrustCompleted && best !== 'T3') codes.push('accident_trust_missing_evidence');
  if (input.openDefectCases > 0) codes.push('open_defect_case');
  return { codes: sortReasons(codes), active, levels, best };
}

/**
 * SPEC §20: ordered by date, no reading is lower than one dated earlier, except that an entry
 * recording an odometer replacement starts over: later days are compared with the new odometer's
 * reading only. Entries of the same date are not compared with each other (their order within the
 * day is unknown), nor are the other readings of a day with a replacement (they may be the old or
 * the new odometer's). Readings that are not whole numbers ≥ 0 are the required-fields reason's
 * concern, not this one's.
 */
export function odometerReadingsConsistent(entries: readonly EntryFacts[]): boolean {
  const days = new Map<string, EntryFacts[]>();
  for (const entry of entries) {
    if (typeof entry.date !== 'string' || !Number.isInteger(entry.odometerKm) || entry.odometerKm! < 0) continue;
    days.set(entry.date, [...(days.get(entry.date) ?? []), entry]);
  }
  // The highest reading of the earlier days since the last replacement (-1: none yet).
  let highestBefore = -1;
  for (const date of [...days.keys()].sort()) {
    const readings = days.get(date)!;
    const replaced = readings.filter((entry) => entry.odometerReplaced).map((entry) => entry.odometerKm!);
    if (replaced.length > 0) {
      highestBefore = Math.max(...replaced);
      continue;
    }
    const kms = readings.map((entry) => entry.odometerKm!);
    if (kms.some((km) => km < highestBefore)) return false;
    highestBefore = Math.max(highestBefore, ...kms);
  }
  return true;
}

/** The full summary. `vip` viewers see only the top three to-dos (SPEC §7). */
export function trustSummary(input: TrustInput, viewer: { vip: boolean }): TrustSummary {
  const { codes, active, levels, best } = assess(input);
  const reasons = codes.map((code) => ({ code, severity: TRUST_REASONS[code].severity, hint: TRUST_REASONS[code].hint }));
  const light = lightFor(codes);
  const hasEvidence = levels.includes('T3');
  const todos = light === 'gruen' ? [] : viewer.vip ? reasons.slice(0, VIP_TODO_LIMIT) : reasons;
  return {
    light,
    hint: reasons[0]?.hint ?? GREEN_HINT,
    reasons,
    todos,
    verificationLevel: best === 'T3' ? 'hoch' : best === 'T2' ? 'mittel' : 'niedrig',
    historyStatus: active.length > 0 ? 'vorhanden' : 'nicht_vorhanden',
    evidenceStatus: hasEvidence ? 'vorhanden' : 'nicht_vorhanden',
    accidentStatus: input.vehicle.accidentStatus,
    accidentStatusLabel: ACCIDENT_STATUS_LABELS[input.vehicle.accidentStatus],
    bestLevel: best,
    disclaimer: TRUST_DISCLAIMER,
  };
}

function bestOf(levels: readonly TrustLevel[]): TrustLevel | null {
  return levels.reduce<TrustLevel | null>((best, level) => (best === null || LEVEL_RANK[level] > LEVEL_RANK[best] ? level : best), null);
}
