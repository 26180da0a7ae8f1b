import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { ENTRY_FIELDS, addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { todayInGermany } from './entry-rules.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

const ADD = `mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { ${ENTRY_FIELDS} } }`;
const REVISE = `mutation($id: ID!, $input: ReviseServiceEntryInput!) { reviseServiceEntry(entryId: $id, input: $input) { ${ENTRY_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdrawServiceEntry(entryId: $id, reason: $reason) { ${ENTRY_FIELDS} } }`;
const HISTORY = `query($id: ID!) { serviceEntryHistory(entryId: $id) { edges { node { id version supersedesId isLatest withdrawn odometerKm } } } }`;
const ENTRIES = `query($id: ID!) { vehicle(id: $id) { entries { edges { node { id groupId version withdrawn } } } } }`;

const entryInput = (vehicleId: string, overrides: Record<string, unknown> = {}) => ({
  vehicleId,
  date: '2024-03-01',
  type: 'service',
  performedBy: 'FACHWERKSTATT',
  odometerKm: 42000,
  ...overrides,
});

async function ownerWithVehicle(input: Record<string, unknown> = {}) {
  const owner = await signInAs(server, 'user');
  const vehicle = await createVehicle(server, owner.token, input);
  return { ...owner, vehicleId: vehicle.id };
}

describe('service entries', () => {
  it('adds an entry with every field, the exact German performer label and cost in cents', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const entry = await addEntry(server, token, vehicleId, { performedBy: 'HAENDLER', type: 'inspection', note: 'Ölwechsel', cost: '1249.9', declaredTrustLevel: 'T2' });
    expect(entry).toMatchObject({
      version: 1,
      supersedesId: null,
      isLatest: true,
      date: '2024-03-01',
      type: 'inspection',
      performedBy: 'HAENDLER',
      performedByLabel: 'Händler',
      odometerKm: 42000,
      note: 'Ölwechsel',
      cost: '1249.90',
      declaredTrustLevel: 'T2',
      effectiveTrustLevel: 'T1',
      withdrawn: false,
      linkedDocumentIds: [],
    });
    expect(entry.groupId).toBe(entry.id);
    const audit = await server.app.services.orm.em.fork().findOne(AuditEvent, { action: 'ENTRY_CREATED', targetId: entry.id });
    expect(audit?.metadata).toMatchObject({ vehicleId, entryId: entry.id, version: 1, entryType: 'inspection' });
    expect(JSON.stringify(audit)).not.toContain('Ölwechsel');
  });

  it('offers exactly the SPEC performer list and entry types', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const names = ['FACHWERKSTATT', 'HAENDLER', 'AUTOHAUS', 'REIFENSERVICE', 'TUNING_FACHBETRIEB', 'SONSTIGES', 'GESETZLICHES', 'EIGENLEISTUNG'];
    const labels = [];
    for (const performedBy of names) labels.push((await addEntry(server, token, vehicleId, { performedBy })).performedByLabel);
    expect(labels).toEqual(['Fachwerkstatt', 'Händler', 'Autohaus', 'Reifenservice', 'Tuning-Fachbetrieb', 'Sonstiges', 'Gesetzliches (TÜV/Gutachten/Wertgutachten)', 'Eigenleistung']);
    for (const type of ['service', 'inspection', 'repair', 'modification', 'tires', 'accident', 'restoration', 'other']) {
      expect((await addEntry(server, token, vehicleId, { type })).type).toBe(type);
    }
    expect(errorOf(await server.gql(ADD, { input: entryInput(vehicleId, { type: 'wash' }) }, { token })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await server.gql(ADD, { input: entryInput(vehicleId, { performedBy: 'Händler' }) }, { token })).code).toBe('BAD_USER_INPUT');
  });

  it('validates date, odometer, note and cost', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const cases: [Record<string, unknown>, string][] = [
      [{ date: todayInGermany(tomorrow) }, 'entry_date_in_future'],
      [{ date: '2024-02-30' }, 'invalid_entry_date'],
      [{ date: '01.03.2024' }, 'invalid_entry_date'],
      [{ odometerKm: -1 }, 'invalid_odometer'],
      [{ note: 'x'.repeat(4001) }, 'note_too_long'],
      [{ cost: '-1' }, 'invalid_cost'],
      [{ cost: '1.234' }, 'invalid_cost'],
      [{ cost: 'zehn' }, 'invalid_cost'],
    ];
    for (const [overrides, reason] of cases) {
      expect(errorOf(await server.gql(ADD, { input: entryInput(vehicleId, overrides) }, { token })), reason).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
    expect(errorOf(await server.gql(ADD, { input: entryInput(vehicleId, { odometerKm: 1.5 }) }, { token })).code).toBe('BAD_USER_INPUT');
    const edge = await addEntry(server, token, vehicleId, { date: todayInGermany(), odometerKm: 0, note: 'x'.repeat(4000), cost: '0' });
    expect(edge).toMatchObject({ odometerKm: 0, cost: '0.00' });
    expect((await addEntry(server, token, vehicleId, { date: '1965-07-01', cost: '12,5' })).cost).toBe('12.50');
  });

  it('links only documents of the same vehicle and derives the effective level', async () => {
    const owner = await ownerWithVehicle({ physicalServiceBook: true });
    const other = await ownerWithVehicle();
    const own = await insertDocument(server, owner.vehicleId, owner.userId);
    const quarantined = await insertDocument(server, owner.vehicleId, owner.userId, { approvalStatus: 'QUARANTINED', scanStatus: 'PENDING' });
    const foreign = await insertDocument(server, other.vehicleId, other.userId);
    expect(errorOf(await server.gql(ADD, { input: entryInput(owner.vehicleId, { documentIds: [foreign] }) }, { token: owner.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'document_not_of_vehicle',
    });
    expect(errorOf(await server.gql(ADD, { input: entryInput(owner.vehicleId, { documentIds: [crypto.randomUUID()] }) }, { token: owner.token })).reason).toBe(
      'document_not_of_vehicle',
    );
    const evidenced = await addEntry(server, owner.token, owner.vehicleId, { documentIds: [own] });
    expect(evidenced).toMatchObject({ effectiveTrustLevel: 'T3', linkedDocumentIds: [own] });
    const claimed = await addEntry(server, owner.token, owner.vehicleId, { declaredTrustLevel: 'T3', documentIds: [quarantined] });
    expect(claimed).toMatchObject({ declaredTrustLevel: 'T3', effectiveTrustLevel: 'T2' });
    const nested = await server.gql(
      'query($id: ID!) { vehicle(id: $id) { entries { edges { node { id documents { id approvalStatus validEvidence } } } } } }',
      { id: owner.vehicleId },
      { token: owner.token },
    );
    const documentsByEntry = Object.fromEntries(nested.data.vehicle.entries.edges.map((edge: { node: { id: string; documents: unknown } }) => [edge.node.id, edge.node.documents]));
    expect(documentsByEntry[evidenced.id]).toEqual([{ id: own, approvalStatus: 'APPROVED', validEvidence: true }]);
    expect(documentsByEntry[claimed.id]).toEqual([{ id: quarantined, approvalStatus: 'QUARANTINED', validEvidence: false }]);
    const noBook = await addEntry(server, other.token, other.vehicleId, { declaredTrustLevel: 'T3' });
    expect(noBook).toMatchObject({ declaredTrustLevel: 'T3', effectiveTrustLevel: 'T1' });
  });

  it('revises append-only: version n+1 supersedes n, links carry over unless replaced, history ascending', async () => {
    const owner = await ownerWithVehicle({ physicalServiceBook: true });
    const documentId = await insertDocument(server, owner.vehicleId, owner.userId);
    const v1 = await addEntry(server, owner.token, owner.vehicleId, { documentIds: [documentId], note: 'erst', cost: '10' });
    const v2 = (await server.gql(REVISE, { id: v1.id, input: { odometerKm: 42100 } }, { token: owner.token })).data.reviseServiceEntry;
    expect(v2).toMatchObject({ version: 2, supersedesId: v1.id, groupId: v1.id, isLatest: true, odometerKm: 42100, note: 'erst', cost: '10.00', linkedDocumentIds: [documentId] });
    const stale = await server.gql(REVISE, { id: v1.id, input: { odometerKm: 1 } }, { token: owner.token });
    expect(errorOf(stale)).toEqual({ code: 'CONFLICT', reason: 'entry_version_outdated' });
    const v3 = (await server.gql(REVISE, { id: v2.id, input: { documentIds: [], note: null, cost: null } }, { token: owner.token })).data.reviseServiceEntry;
    expect(v3).toMatchObject({ version: 3, supersedesId: v2.id, linkedDocumentIds: [], note: null, cost: null, effectiveTrustLevel: 'T2' });
    expect(errorOf(await server.gql(REVISE, { id: v3.id, input: { date: '2099-01-01' } }, { token: owner.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'entry_date_in_future' });

    for (const anyVersion of [v1.id, v3.id]) {
      const history = await server.gql(HISTORY, { id: anyVersion }, { token: owner.token });
      expect(history.data.serviceEntryHistory.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
        { id: v1.id, version: 1, supersedesId: null, isLatest: false, withdrawn: false, odometerKm: 42000 },
        { id: v2.id, version: 2, supersedesId: v1.id, isLatest: false, withdrawn: false, odometerKm: 42100 },
        { id: v3.id, version: 3, supersedesId: v2.id, isLatest: true, withdrawn: false, odometerKm: 42100 },
      ]);
    }
    const page = await server.gql('query($id: ID!) { serviceEntryHistory(entryId: $id, first: 2) { edges { node { version } } pageInfo { hasNextPage } } }', { id: v1.id }, { token: owner.token });
    expect(page.data.serviceEntryHistory).toEqual({ edges: [{ node: { version: 1 } }, { node: { version: 2 } }], pageInfo: { hasNextPage: true } });
    const listed = await server.gql(ENTRIES, { id: owner.vehicleId }, { token: owner.token });
    expect(listed.data.vehicle.entries.edges).toEqual([{ node: { id: v3.id, groupId: v1.id, version: 3, withdrawn: false } }]);
  });

  it('of parallel revisions of one version keeps one: the others get entry_version_outdated', async () => {
    const owner = await ownerWithVehicle();
    const v1 = await addEntry(server, owner.token, owner.vehicleId);
    const results = await Promise.all([
      ...[1, 2, 3, 4, 5].map((i) => server.gql(REVISE, { id: v1.id, input: { odometerKm: 42000 + i } }, { token: owner.token })),
      server.gql(WITHDRAW, { id: v1.id, reason: 'Doppelt erfasst' }, { token: owner.token }),
    ]);
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(5).fill({ code: 'CONFLICT', reason: 'entry_version_outdated' }));
    const history = await server.gql(HISTORY, { id: v1.id }, { token: owner.token });
    expect(history.data.serviceEntryHistory.edges.map((edge: { node: { version: number; isLatest: boolean } }) => [edge.node.version, edge.node.isLatest])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('withdraws with a reason as a new version; a withdrawn entry cannot change', async () => {
    const owner = await ownerWithVehicle();
    const v1 = await addEntry(server, owner.token, owner.vehicleId);
    expect(errorOf(await server.gql(WITHDRAW, { id: v1.id, reason: '   ' }, { token: owner.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_withdrawal_reason' });
    const withdrawn = (await server.gql(WITHDRAW, { id: v1.id, reason: 'Doppelt erfasst' }, { token: owner.token })).data.withdrawServiceEntry;
    expect(withdrawn).toMatchObject({ version: 2, supersedesId: v1.id, withdrawn: true, withdrawalReason: 'Doppelt erfasst', odometerKm: 42000 });
    expect(errorOf(await server.gql(WITHDRAW, { id: withdrawn.id, reason: 'nochmal' }, { token: owner.token }))).toEqual({ code: 'CONFLICT', reason: 'entry_withdrawn' });
    expect(errorOf(await server.gql(REVISE, { id: withdrawn.id, input: { odometerKm: 5 } }, { token: owner.token }))).toEqual({ code: 'CONFLICT', reason: 'entry_withdrawn' });
    const history = await server.gql(HISTORY, { id: v1.id }, { token: owner.token });
    expect(history.data.serviceEntryHistory.edges).toHaveLength(2);
    const audits = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'ENTRY_WITHDRAWN', targetId: withdrawn.id });
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits)).not.toContain('Doppelt');
  });

  it('lets only the owner and admins write; others get the same FORBIDDEN for foreign and missing entries', async () => {
    const owner = await ownerWithVehicle();
    const entry = await addEntry(server, owner.token, owner.vehicleId);
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });
    const admin = await signInAs(server, 'admin');

    const attempts = (id: string) => [
      [ADD, { input: entryInput(owner.vehicleId) }],
      [REVISE, { id, input: { odometerKm: 1 } }],
      [WITHDRAW, { id, reason: 'weg' }],
      [HISTORY, { id }],
    ] as const;
    for (const [query, variables] of attempts(entry.id)) {
      expect(errorOf(await server.gql(query, variables)), query).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect(errorOf(await server.gql(query, variables, { token: moderator.token })), query).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(query, variables, { token: noConsent.token })), query).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
      expect(errorOf(await server.gql(query, variables, { token: other.token })), query).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    for (const [query, variables] of attempts(crypto.randomUUID()).slice(1)) {
      expect(errorOf(await server.gql(query, variables, { token: other.token })), query).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      // Admins may see every entry: an unknown one is NOT_FOUND for them (issue 12).
      expect(errorOf(await server.gql(query, variables, { token: admin.token })), query).toEqual({ code: 'NOT_FOUND', reason: 'entry_not_found' });
    }
    const revised = await server.gql(REVISE, { id: entry.id, input: { odometerKm: 43000 } }, { token: admin.token });
    expect(revised.data.reviseServiceEntry).toMatchObject({ version: 2, odometerKm: 43000 });
    const history = await server.gql(HISTORY, { id: entry.id }, { token: owner.token });
    expect(history.data.serviceEntryHistory.edges).toHaveLength(2);
  });
});

describe('trust summary on a vehicle', () => {
  const TRUST = `query($id: ID!) { vehicle(id: $id) { trustSummary { light hint reasons { code severity hint } todos { code } verificationLevel historyStatus evidenceStatus accidentStatus accidentStatusLabel bestLevel disclaimer } } }`;

  it('follows the entries and documents of the vehicle', async () => {
    const owner = await ownerWithVehicle({ accidentStatus: 'unfallfrei', physicalServiceBook: true });
    const empty = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(empty).toMatchObject({ light: 'gelb', historyStatus: 'nicht_vorhanden', bestLevel: null, hint: 'Dokumentation vorhanden, aber Nachweise sind teilweise unvollständig.' });

    const documentId = await insertDocument(server, owner.vehicleId, owner.userId);
    await addEntry(server, owner.token, owner.vehicleId, { documentIds: [documentId] });
    const green = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(green).toEqual({
      light: 'gruen',
      hint: 'Dokumentation ist vollständig nachweisbar.',
      reasons: [],
      todos: [],
      verificationLevel: 'hoch',
      historyStatus: 'vorhanden',
      evidenceStatus: 'vorhanden',
      accidentStatus: 'unfallfrei',
      accidentStatusLabel: 'Unfallfrei',
      bestLevel: 'T3',
      disclaimer: 'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.',
    });

    await insertDocument(server, owner.vehicleId, owner.userId, { approvalStatus: 'QUARANTINED', scanStatus: 'PENDING' });
    const quarantined = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(quarantined).toMatchObject({ light: 'orange', reasons: [{ code: 'document_quarantined_not_approved', severity: 'cap' }] });

    await server.app.services.orm.em.fork().getConnection().execute(`update documents set pii_status = 'SUSPECTED' where id = ?`, [documentId]);
    const blocked = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(blocked.light).toBe('rot');
    expect(blocked.reasons.map((reason: { code: string }) => reason.code)).toEqual(['document_quarantined_not_approved', 'pii_suspected_blocks_t3', 't3_requires_document_missing']);
  });

  it('a reading lower than an earlier-dated one caps at orange until the later entry records an odometer replacement', async () => {
    const owner = await ownerWithVehicle({ accidentStatus: 'unfallfrei', physicalServiceBook: true });
    const documentId = await insertDocument(server, owner.vehicleId, owner.userId);
    await addEntry(server, owner.token, owner.vehicleId, { date: '2023-03-01', odometerKm: 150_000, documentIds: [documentId] });
    const lower = await addEntry(server, owner.token, owner.vehicleId, { date: '2024-03-01', odometerKm: 2_000 });
    expect(lower.odometerReplaced).toBe(false);
    const inconsistent = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(inconsistent).toMatchObject({ light: 'orange', hint: 'Kilometerstände sind nicht schlüssig. Trust ist begrenzt.', reasons: [{ code: 'odometer_inconsistent', severity: 'cap' }] });

    // The owner records that the odometer was replaced: a new version, kept by later revisions that do not mention it.
    const replaced = (await server.gql(REVISE, { id: lower.id, input: { odometerReplaced: true } }, { token: owner.token })).data.reviseServiceEntry;
    expect(replaced).toMatchObject({ version: 2, odometerReplaced: true, odometerKm: 2_000 });
    const kept = (await server.gql(REVISE, { id: replaced.id, input: { odometerKm: 2_100 } }, { token: owner.token })).data.reviseServiceEntry;
    expect(kept).toMatchObject({ version: 3, odometerReplaced: true });
    expect((await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary.light).toBe('gruen');

    // A later reading below the new odometer's is inconsistent again.
    await addEntry(server, owner.token, owner.vehicleId, { date: '2024-06-01', odometerKm: 1_000 });
    const again = (await server.gql(TRUST, { id: owner.vehicleId }, { token: owner.token })).data.vehicle.trustSummary;
    expect(again.reasons.map((reason: { code: string }) => reason.code)).toContain('odometer_inconsistent');
  });

  it('counts linked valid evidence as T3 whatever was declared; the declaration stays as the owner\'s claim (SPEC §5)', async () => {
    const owner = await ownerWithVehicle({ accidentStatus: 'unfallfrei', physicalServiceBook: true });
    const admin = await signInAs(server, 'admin');
    const documentId = await insertDocument(server, owner.vehicleId, owner.userId, { approvalStatus: 'QUARANTINED', scanStatus: 'CLEAN' });
    const declaredT2 = await addEntry(server, owner.token, owner.vehicleId, { declaredTrustLevel: 'T2', documentIds: [documentId] });
    const declaredT1 = await addEntry(server, owner.token, owner.vehicleId, { declaredTrustLevel: 'T1', date: '2024-02-01', odometerKm: 41000 });
    const approved = await server.gql('mutation($id: ID!) { approveDocument(id: $id) { approvalStatus } }', { id: documentId }, { token: admin.token });
    expect(approved.data.approveDocument.approvalStatus).toBe('APPROVED');

    const view = await server.gql(
      `query($id: ID!) { vehicle(id: $id) { entries { edges { node { id declaredTrustLevel effectiveTrustLevel } } } trustSummary { light reasons { code } todos { code } bestLevel evidenceStatus verificationLevel } } }`,
      { id: owner.vehicleId },
      { token: owner.token },
    );
    expect(view.errors).toBeUndefined();
    const levels = Object.fromEntries(view.data.vehicle.entries.edges.map(({ node }: { node: { id: string } }) => [node.id, node]));
    // Evidence lifts the declared T2 to T3; the service book keeps the declared T1 at T2 (a claim never lowers).
    expect(levels[declaredT2.id]).toEqual({ id: declaredT2.id, declaredTrustLevel: 'T2', effectiveTrustLevel: 'T3' });
    expect(levels[declaredT1.id]).toEqual({ id: declaredT1.id, declaredTrustLevel: 'T1', effectiveTrustLevel: 'T2' });
    // No to-do asks for a document any more.
    expect(view.data.vehicle.trustSummary).toEqual({ light: 'gruen', reasons: [], todos: [], bestLevel: 'T3', evidenceStatus: 'vorhanden', verificationLevel: 'hoch' });
  });

  it('gives a vip the top three to-dos and everyone else all of them', async () => {
    const vip = await signInAs(server, 'vip');
    const { id } = await createVehicle(server, vip.token, { accidentStatus: 'unbekannt', accidentTrustCompleted: true });
    await insertDocument(server, id, vip.userId, { approvalStatus: 'QUARANTINED' });
    const asVip = (await server.gql(TRUST, { id }, { token: vip.token })).data.vehicle.trustSummary;
    expect(asVip.reasons).toHaveLength(5);
    expect(asVip.todos.map((todo: { code: string }) => todo.code)).toEqual(asVip.reasons.slice(0, 3).map((reason: { code: string }) => reason.code));
    const admin = await signInAs(server, 'admin');
    const asAdmin = (await server.gql(TRUST, { id }, { token: admin.token })).data.vehicle.trustSummary;
    expect(asAdmin.todos).toHaveLength(5);
  });
});
