import { describe, expect, it } from 'vitest';
import {
  GREEN_HINT,
  REASON_CODES,
  TRUST_DISCLAIMER,
  TRUST_REASONS,
  effectiveLevel,
  lightFor,
  odometerReadingsConsistent,
  sortReasons,
  trustReasons,
  trustSummary,
  type DocumentFacts,
  type EntryFacts,
  type TrustInput,
} from './trust.ts';

const HASH = 'a'.repeat(64);
const doc = (id: string, overrides: Partial<DocumentFacts> = {}): DocumentFacts => ({
  id,
  approvalStatus: 'APPROVED',
  scanStatus: 'CLEAN',
  piiStatus: 'OK',
  sha256: HASH,
  deletedAt: null,
  ...overrides,
});
const entry = (overrides: Partial<EntryFacts> = {}): EntryFacts => ({
  date: '2024-01-10',
  type: 'service',
  performedBy: 'Fachwerkstatt',
  odometerKm: 1000,
  withdrawn: false,
  linkedDocumentIds: [],
  ...overrides,
});
/** A vehicle that earns green: accident-free, a service book, one entry with valid evidence. */
const green = (overrides: Partial<TrustInput> = {}): TrustInput => ({
  vehicle: { accidentStatus: 'unfallfrei', accidentTrustCompleted: false, physicalServiceBook: true },
  entries: [entry({ linkedDocumentIds: ['d1'] })],
  documents: [doc('d1')],
  openDefectCases: 0,
  ...overrides,
});
const vehicle = (overrides: Partial<TrustInput['vehicle']>) => ({ ...green().vehicle, ...overrides });

describe('reason catalogue', () => {
  it('has the codes with the priorities, severities and hints of SPEC §7', () => {
    expect(Object.fromEntries(REASON_CODES.map((code) => [code, [TRUST_REASONS[code].priority, TRUST_REASONS[code].severity]]))).toEqual({
      public_evidence_incomplete: [10, 'warn'],
      document_quarantined_not_approved: [20, 'cap'],
      accident_status_unknown_cap_orange: [30, 'cap'],
      accident_not_free_requires_completed_accident_trust: [40, 'cap'],
      accident_trust_missing_evidence: [50, 'warn'],
      pii_suspected_blocks_t3: [60, 'block'],
      pii_confirmed_blocks_t3: [61, 'block'],
      odometer_inconsistent: [65, 'cap'],
      t3_requires_document_missing: [70, 'warn'],
      open_defect_case: [75, 'warn'],
      t2_requires_physical_servicebook_missing: [80, 'warn'],
      t1_physical_servicebook_not_present: [90, 'warn'],
      trusted_upload_hash_missing: [100, 'warn'],
      entry_required_fields_missing: [110, 'warn'],
    });
    expect(TRUST_REASONS.pii_confirmed_blocks_t3.hint).toBe('Datenschutz-Befund blockiert die höchste Trust-Stufe bis zur Bereinigung.');
    expect(TRUST_REASONS.open_defect_case.hint).toBe('Ein festgestellter Mangel ist noch nicht als behoben nachgewiesen.');
    expect(TRUST_REASONS.trusted_upload_hash_missing.hint).toBe('Ein Integritätssignal fehlt. Nachweise sind weniger belastbar.');
    expect(TRUST_REASONS.odometer_inconsistent.hint).toBe('Kilometerstände sind nicht schlüssig. Trust ist begrenzt.');
    expect(TRUST_DISCLAIMER).toBe(
      'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.',
    );
  });

  it('no hint contains a digit', () => {
    for (const hint of [...REASON_CODES.map((code) => TRUST_REASONS[code].hint), GREEN_HINT]) expect(hint, hint).not.toMatch(/\d/);
  });

  it('sorts by priority, then code', () => {
    expect(sortReasons(['entry_required_fields_missing', 'pii_confirmed_blocks_t3', 'public_evidence_incomplete', 'pii_suspected_blocks_t3'])).toEqual([
      'public_evidence_incomplete',
      'pii_suspected_blocks_t3',
      'pii_confirmed_blocks_t3',
      'entry_required_fields_missing',
    ]);
  });

  it('derives the light from the worst severity', () => {
    expect(lightFor([])).toBe('gruen');
    expect(lightFor(['t3_requires_document_missing'])).toBe('gelb');
    expect(lightFor(['t3_requires_document_missing', 'accident_status_unknown_cap_orange'])).toBe('orange');
    expect(lightFor(['accident_status_unknown_cap_orange', 'pii_suspected_blocks_t3'])).toBe('rot');
  });
});

describe('effective level', () => {
  const documents = new Map([
    ['valid', doc('valid')],
    ['quarantined', doc('quarantined', { approvalStatus: 'QUARANTINED' })],
    ['pii', doc('pii', { piiStatus: 'SUSPECTED' })],
    ['deleted', doc('deleted', { deletedAt: new Date() })],
  ]);
  it('T3 needs linked valid evidence, else T2 with a service book, else T1', () => {
    expect(effectiveLevel({ linkedDocumentIds: ['valid'] }, false, documents)).toBe('T3');
    for (const id of ['quarantined', 'pii', 'deleted', 'unknown']) expect(effectiveLevel({ linkedDocumentIds: [id] }, true, documents), id).toBe('T2');
    expect(effectiveLevel({ linkedDocumentIds: [] }, false, documents)).toBe('T1');
  });
});

describe('trust reasons and summary', () => {
  it('is green with the green hint and no to-dos when everything is proven', () => {
    const summary = trustSummary(green(), { vip: false });
    expect(summary).toEqual({
      light: 'gruen',
      hint: GREEN_HINT,
      reasons: [],
      todos: [],
      verificationLevel: 'hoch',
      historyStatus: 'vorhanden',
      evidenceStatus: 'vorhanden',
      accidentStatus: 'unfallfrei',
      accidentStatusLabel: 'Unfallfrei',
      bestLevel: 'T3',
      disclaimer: TRUST_DISCLAIMER,
    });
  });

  it('no entries → public_evidence_incomplete and the service-book code', () => {
    const input = green({ entries: [], documents: [] });
    expect(trustReasons(input)).toEqual(['public_evidence_incomplete', 't1_physical_servicebook_not_present']);
    const summary = trustSummary(input, { vip: false });
    expect(summary).toMatchObject({ light: 'gelb', historyStatus: 'nicht_vorhanden', evidenceStatus: 'nicht_vorhanden', verificationLevel: 'niedrig', bestLevel: null });
    expect(summary.hint).toBe(TRUST_REASONS.public_evidence_incomplete.hint);
  });

  it('withdrawn entries do not count', () => {
    expect(trustReasons(green({ entries: [entry({ withdrawn: true, linkedDocumentIds: ['d1'] })] }))).toContain('public_evidence_incomplete');
  });

  it('a quarantined upload of the vehicle caps at orange, linked or not', () => {
    const input = green({ documents: [doc('d1'), doc('d2', { approvalStatus: 'QUARANTINED', scanStatus: 'PENDING' })] });
    expect(trustReasons(input)).toEqual(['document_quarantined_not_approved']);
    expect(trustSummary(input, { vip: false }).light).toBe('orange');
    expect(trustReasons(green({ documents: [doc('d1'), doc('d2', { approvalStatus: 'QUARANTINED', deletedAt: new Date() })] }))).toEqual([]);
  });

  it('a linked document with PII suspected or confirmed blocks (rot)', () => {
    const suspected = green({ documents: [doc('d1', { piiStatus: 'SUSPECTED' })] });
    expect(trustReasons(suspected)).toEqual(['pii_suspected_blocks_t3', 't3_requires_document_missing']);
    expect(trustSummary(suspected, { vip: false }).light).toBe('rot');
    const confirmed = green({ entries: [entry({ linkedDocumentIds: ['d1', 'd2'] })], documents: [doc('d1'), doc('d2', { piiStatus: 'CONFIRMED' })] });
    expect(trustReasons(confirmed)).toEqual(['pii_confirmed_blocks_t3']);
    // Not linked to an entry: no block.
    expect(trustReasons(green({ documents: [doc('d1'), doc('d3', { piiStatus: 'CONFIRMED' })] }))).toEqual([]);
  });

  it('best level T2 → t3_requires_document_missing; T1 → t1_physical_servicebook_not_present', () => {
    expect(trustReasons(green({ entries: [entry()] }))).toEqual(['t3_requires_document_missing']);
    expect(trustReasons(green({ entries: [entry()], vehicle: vehicle({ physicalServiceBook: false }) }))).toEqual(['t1_physical_servicebook_not_present']);
    expect(trustSummary(green({ entries: [entry()] }), { vip: false }).verificationLevel).toBe('mittel');
  });

  it('evidence without a service book: the entries without evidence need the book (t2 code)', () => {
    const input = green({ vehicle: vehicle({ physicalServiceBook: false }), entries: [entry({ linkedDocumentIds: ['d1'] }), entry()] });
    expect(trustReasons(input)).toEqual(['t2_requires_physical_servicebook_missing']);
    expect(trustReasons(green({ vehicle: vehicle({ physicalServiceBook: false }) }))).toEqual([]);
  });

  it('accident rules', () => {
    expect(trustReasons(green({ vehicle: vehicle({ accidentStatus: 'unbekannt' }) }))).toEqual(['accident_status_unknown_cap_orange']);
    expect(trustReasons(green({ vehicle: vehicle({ accidentStatus: 'nicht_unfallfrei' }) }))).toEqual(['accident_not_free_requires_completed_accident_trust']);
    expect(trustReasons(green({ vehicle: vehicle({ accidentStatus: 'nicht_unfallfrei', accidentTrustCompleted: true }) }))).toEqual([]);
    expect(trustReasons(green({ vehicle: vehicle({ accidentStatus: 'nicht_unfallfrei', accidentTrustCompleted: true }), entries: [entry()] }))).toEqual([
      'accident_trust_missing_evidence',
      't3_requires_document_missing',
    ]);
    const summary = trustSummary(green({ vehicle: vehicle({ accidentStatus: 'nicht_unfallfrei' }) }), { vip: false });
    expect(summary).toMatchObject({ light: 'orange', accidentStatus: 'nicht_unfallfrei', accidentStatusLabel: 'Nicht unfallfrei' });
  });

  it('an open defect case warns (gelb) until it is closed', () => {
    expect(trustReasons(green({ openDefectCases: 2 }))).toEqual(['open_defect_case']);
    const summary = trustSummary(green({ openDefectCases: 1 }), { vip: false });
    expect(summary).toMatchObject({ light: 'gelb', hint: TRUST_REASONS.open_defect_case.hint });
    expect(trustReasons(green({ entries: [entry()], openDefectCases: 1 }))).toEqual(['t3_requires_document_missing', 'open_defect_case']);
    expect(trustReasons(green({ openDefectCases: 0 }))).toEqual([]);
  });

  it('linked evidence without a SHA-256 → trusted_upload_hash_missing', () => {
    expect(trustReasons(green({ documents: [doc('d1', { sha256: '' })] }))).toEqual(['trusted_upload_hash_missing']);
  });

  it('a stored entry without its required fields → entry_required_fields_missing', () => {
    for (const broken of [{ date: '2024-13-40' }, { performedBy: 'Nachbar' }, { odometerKm: -1 }, { type: 'wash' }, { date: undefined }]) {
      expect(trustReasons(green({ entries: [entry({ ...broken, linkedDocumentIds: ['d1'] })] })), JSON.stringify(broken)).toEqual(['entry_required_fields_missing']);
    }
  });

  it('odometer readings going back by date cap at orange (odometer_inconsistent)', () => {
    const evidenced = (date: string, odometerKm: number, more: Partial<EntryFacts> = {}) => entry({ date, odometerKm, linkedDocumentIds: ['d1'], ...more });
    const backwards = green({ entries: [evidenced('2024-05-01', 40_000), evidenced('2023-05-01', 45_000)] });
    expect(trustReasons(backwards)).toEqual(['odometer_inconsistent']);
    expect(trustSummary(backwards, { vip: false })).toMatchObject({ light: 'orange', hint: 'Kilometerstände sind nicht schlüssig. Trust ist begrenzt.' });
    // Equal readings, or rising ones, are consistent; so is a lower reading recorded as a new odometer.
    expect(trustReasons(green({ entries: [evidenced('2023-05-01', 45_000), evidenced('2024-05-01', 45_000)] }))).toEqual([]);
    expect(trustReasons(green({ entries: [evidenced('2023-05-01', 45_000), evidenced('2024-05-01', 100, { odometerReplaced: true })] }))).toEqual([]);
    // A withdrawn reading does not count.
    expect(trustReasons(green({ entries: [evidenced('2023-05-01', 45_000, { withdrawn: true }), evidenced('2024-05-01', 40_000)] }))).toEqual([]);
  });

  it('odometer plausibility at the edges: replacements start over, days are compared only with earlier days', () => {
    const at = (date: string, odometerKm: number, odometerReplaced = false): EntryFacts => entry({ date, odometerKm, odometerReplaced });
    // After a replacement, later readings count from the new odometer on, and must not go back below it.
    expect(odometerReadingsConsistent([at('2020-01-01', 150_000), at('2021-01-01', 10, true), at('2022-01-01', 12_000)])).toBe(true);
    expect(odometerReadingsConsistent([at('2020-01-01', 150_000), at('2021-01-01', 5_000, true), at('2022-01-01', 4_000)])).toBe(false);
    // Readings before the replacement are still compared with each other.
    expect(odometerReadingsConsistent([at('2019-01-01', 150_000), at('2020-01-01', 140_000), at('2021-01-01', 10, true)])).toBe(false);
    // Same day: no order is known, so no comparison; a day with a replacement may hold the old odometer's reading too.
    expect(odometerReadingsConsistent([at('2024-01-01', 50_000), at('2024-01-01', 40_000)])).toBe(true);
    expect(odometerReadingsConsistent([at('2024-01-01', 150_000), at('2024-01-01', 10, true), at('2024-02-01', 500)])).toBe(true);
    expect(odometerReadingsConsistent([at('2024-01-01', 10, true), at('2024-01-01', 150_000), at('2024-02-01', 500)])).toBe(true);
    // The next day is compared with the highest of all earlier days.
    expect(odometerReadingsConsistent([at('2024-01-01', 50_000), at('2024-01-01', 40_000), at('2024-01-02', 45_000)])).toBe(false);
    // Input order does not matter; malformed readings are left to entry_required_fields_missing.
    expect(odometerReadingsConsistent([at('2024-03-01', 30_000), at('2024-01-01', 10_000), entry({ date: '2024-02-01', odometerKm: -5 })])).toBe(true);
    expect(odometerReadingsConsistent([])).toBe(true);
  });

  it('to-dos: none on green, all reasons for most viewers, the top three for vip', () => {
    const input: TrustInput = {
      vehicle: { accidentStatus: 'unbekannt', accidentTrustCompleted: true, physicalServiceBook: false },
      entries: [entry({ linkedDocumentIds: ['d1'] }), entry({ date: 'bad' })],
      documents: [doc('d1', { piiStatus: 'SUSPECTED', sha256: 'x' }), doc('d2', { approvalStatus: 'QUARANTINED' })],
      openDefectCases: 0,
    };
    const all = trustSummary(input, { vip: false });
    expect(all.reasons.map((reason) => reason.code)).toEqual([
      'document_quarantined_not_approved',
      'accident_status_unknown_cap_orange',
      'accident_trust_missing_evidence',
      'pii_suspected_blocks_t3',
      't1_physical_servicebook_not_present',
      'trusted_upload_hash_missing',
      'entry_required_fields_missing',
    ]);
    expect(all.light).toBe('rot');
    expect(all.hint).toBe(TRUST_REASONS.document_quarantined_not_approved.hint);
    expect(all.todos).toEqual(all.reasons);
    expect(trustSummary(input, { vip: true }).todos).toEqual(all.reasons.slice(0, 3));
    expect(trustSummary(green(), { vip: true }).todos).toEqual([]);
  });
});
