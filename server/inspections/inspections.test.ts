import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { errorOf, measuredGql, signInAs, startServer, type GraphQLResponse, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { decryptExport } from '../exports/decrypt-export.ts';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity.ts';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.ts';
import { DefectCase, Remediation } from './inspection.entity.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...GENEROUS_LIMITS, LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

const em = () => server.app.services.orm.em.fork();
const SECRET = 'GEHEIMBEFUND Bremsleitung bei Max Mustermann';

const INSPECTION_FIELDS = 'id vehicleId source result title summary details occurredAt odometerKm linkedDocumentIds createdAt';
const CASE_FIELDS = 'id vehicleId status statusLabel summary openedAt closedAt inspection { id } remediations { id result title summary odometerKm linkedDocumentIds }';
/** The remediation a `recordRemediation` answer just added: its case's newest. */
const added = (response: GraphQLResponse) => response.data.recordRemediation.remediations.at(-1);
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { ${INSPECTION_FIELDS} defectCase { ${CASE_FIELDS} } } }`;
const REMEDIATE = `mutation($id: ID!, $input: RecordRemediationInput!) { recordRemediation(caseId: $id, input: $input) { ${CASE_FIELDS} remediations { id defectCaseId occurredAt } } }`;
const CASES = `query($id: ID!, $status: DefectCaseStatus) { vehicle(id: $id) { defectCases(status: $status) { ${CASE_FIELDS} } } }`;
const INSPECTIONS = `query($id: ID!, $first: Int, $after: String) { vehicle(id: $id) { inspections(first: $first, after: $after) { edges { node { id title occurredAt } } pageInfo { hasNextPage endCursor } } } }`;
const TRUST = 'query($id: ID!) { vehicle(id: $id) { trustSummary { light hint reasons { code hint } } } }';

async function ownerWithVehicle(role: 'user' | 'vip' | 'dealer' = 'user') {
  const owner = await signInAs(server, role);
  const { id } = await createVehicle(server, owner.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true });
  return { ...owner, vehicleId: id };
}

async function record(token: string, vehicleId: string, input: Record<string, unknown> = {}) {
  const response = await server.gql(RECORD, { input: { vehicleId, source: 'WORKSHOP', result: 'OK', ...input } }, { token });
  if (!response.data?.recordInspection) throw Object.assign(new Error(`recordInspection failed: ${JSON.stringify(response.errors)}`), errorOf(response));
  return response.data.recordInspection;
}

async function remediate(token: string, caseId: string, input: Record<string, unknown> = {}) {
  return server.gql(REMEDIATE, { id: caseId, input: { result: 'OK', ...input } }, { token });
}

const codes = (summary: { reasons: { code: string }[] }) => summary.reasons.map((reason) => reason.code);

describe('inspections', () => {
  it('records an inspection with the defaults: title „Prüfung“, now, no case for OK; audited without free text', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const before = Date.now();
    const inspection = await record(token, vehicleId, { summary: SECRET });
    expect(inspection).toMatchObject({ vehicleId, source: 'WORKSHOP', result: 'OK', title: 'Prüfung', summary: SECRET, details: null, odometerKm: null, linkedDocumentIds: [], defectCase: null });
    expect(Date.parse(inspection.occurredAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(inspection.occurredAt)).toBeLessThanOrEqual(Date.now() + 1000);
    const audit = await em().findOneOrFail(AuditEvent, { action: 'INSPECTION_RECORDED', targetId: inspection.id });
    expect(audit).toMatchObject({ targetType: 'inspection_event', scope: 'own', metadata: { vehicleId, inspectionId: inspection.id, source: 'WORKSHOP', inspectionResult: 'OK', count: 0 } });
    expect(JSON.stringify(audit)).not.toContain('GEHEIMBEFUND');
    expect(await em().count(DefectCase, { inspection: inspection.id })).toBe(0);
  });

  it('keeps every field given, links documents of the vehicle only, and checks each field', async () => {
    const { token, vehicleId, userId } = await ownerWithVehicle();
    const documentId = await insertDocument(server, vehicleId, userId);
    const occurredAt = '2025-06-01T08:30:00.000Z';
    const inspection = await record(token, vehicleId, { source: 'READOUT', title: '  Fehlerspeicher  ', details: 'P0420 Katalysator', odometerKm: 123456, occurredAt, documentIds: [documentId] });
    expect(inspection).toMatchObject({ source: 'READOUT', title: 'Fehlerspeicher', details: 'P0420 Katalysator', odometerKm: 123456, occurredAt, linkedDocumentIds: [documentId] });

    const other = await ownerWithVehicle();
    const foreignDocument = await insertDocument(server, other.vehicleId, other.userId);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const refused: [Record<string, unknown>, string][] = [
      [{ occurredAt: inAnHour }, 'date_in_future'],
      [{ occurredAt: '1885-12-31T12:00:00.000Z' }, 'date_too_early'],
      [{ title: 'x'.repeat(161) }, 'invalid_title'],
      [{ summary: 'x'.repeat(2001) }, 'summary_too_long'],
      [{ details: 'x'.repeat(20_001) }, 'details_too_long'],
      [{ odometerKm: -1 }, 'invalid_odometer'],
      [{ documentIds: [foreignDocument] }, 'document_not_of_vehicle'],
    ];
    for (const [input, reason] of refused) {
      const response = await server.gql(RECORD, { input: { vehicleId, source: 'OWNER', result: 'OK', ...input } }, { token });
      expect(errorOf(response), reason).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
    // At the limits: accepted.
    expect((await record(token, vehicleId, { title: 'x'.repeat(160), details: 'x'.repeat(20_000), summary: 'x'.repeat(2000) })).title).toHaveLength(160);
    // Nothing refused was stored.
    const listed = await server.gql(INSPECTIONS, { id: vehicleId, first: 50 }, { token });
    expect(listed.data.vehicle.inspections.edges).toHaveLength(2);
  });

  it('lists inspections newest first (by when they happened) in keyset pages', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    for (const [title, occurredAt] of [['A', '2024-01-01T10:00:00.000Z'], ['C', '2024-03-01T10:00:00.000Z'], ['B', '2024-02-01T10:00:00.000Z']]) await record(token, vehicleId, { title, occurredAt });
    const first = await server.gql(INSPECTIONS, { id: vehicleId, first: 2 }, { token });
    expect(first.data.vehicle.inspections.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['C', 'B']);
    expect(first.data.vehicle.inspections.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(INSPECTIONS, { id: vehicleId, first: 2, after: first.data.vehicle.inspections.pageInfo.endCursor }, { token });
    expect(second.data.vehicle.inspections.edges.map((edge: { node: { title: string } }) => edge.node.title)).toEqual(['A']);
  });
});

describe('defect cases', () => {
  it('NOT_OK opens a case; a NOT_OK remediation keeps it open, an OK one closes it; a closed case takes no more', async () => {
    const { token, vehicleId, userId } = await ownerWithVehicle();
    const inspection = await record(token, vehicleId, { result: 'NOT_OK', title: 'HU', summary: SECRET, odometerKm: 90000 });
    const opened = inspection.defectCase;
    expect(opened).toMatchObject({
      vehicleId,
      status: 'IN_PROGRESS',
      statusLabel: 'In Arbeit',
      summary: 'Nicht OK – weitere Maßnahmen erforderlich',
      closedAt: null,
      inspection: { id: inspection.id },
      remediations: [],
    });
    const openedAudit = await em().findOneOrFail(AuditEvent, { action: 'DEFECT_CASE_OPENED', targetId: opened.id });
    expect(openedAudit.metadata).toMatchObject({ vehicleId, inspectionId: inspection.id, defectCaseId: opened.id, inspectionResult: 'NOT_OK' });

    const failed = await remediate(token, opened.id, { result: 'NOT_OK', summary: 'Teil nicht lieferbar' });
    expect(failed.errors).toBeUndefined();
    expect(failed.data.recordRemediation).toMatchObject({ id: opened.id, status: 'IN_PROGRESS', closedAt: null });
    expect(added(failed)).toMatchObject({ result: 'NOT_OK', title: 'Behebung', summary: 'Teil nicht lieferbar', defectCaseId: opened.id });
    expect((await server.gql(CASES, { id: vehicleId, status: 'IN_PROGRESS' }, { token })).data.vehicle.defectCases.map((c: { id: string }) => c.id)).toEqual([opened.id]);

    const documentId = await insertDocument(server, vehicleId, userId);
    const fixed = await remediate(token, opened.id, { title: 'Bremsleitung erneuert', odometerKm: 90100, documentIds: [documentId] });
    expect(fixed.errors).toBeUndefined();
    expect(added(fixed)).toMatchObject({ result: 'OK', title: 'Bremsleitung erneuert', odometerKm: 90100, linkedDocumentIds: [documentId] });
    const closed = fixed.data.recordRemediation;
    expect(closed).toMatchObject({ status: 'DONE', statusLabel: 'Erledigt' });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.remediations.map((remediation: { result: string }) => remediation.result)).toEqual(['NOT_OK', 'OK']);

    expect(errorOf(await remediate(token, opened.id))).toEqual({ code: 'CONFLICT', reason: 'defect_case_closed' });
    expect(errorOf(await remediate(token, opened.id, { result: 'NOT_OK' }))).toEqual({ code: 'CONFLICT', reason: 'defect_case_closed' });
    expect(await em().count(Remediation, { defectCase: opened.id })).toBe(2);

    expect((await server.gql(CASES, { id: vehicleId, status: 'IN_PROGRESS' }, { token })).data.vehicle.defectCases).toEqual([]);
    expect((await server.gql(CASES, { id: vehicleId, status: 'DONE' }, { token })).data.vehicle.defectCases.map((c: { id: string }) => c.id)).toEqual([opened.id]);
    expect((await server.gql(CASES, { id: vehicleId }, { token })).data.vehicle.defectCases).toHaveLength(1);

    const events = await em().find(AuditEvent, { action: { $in: ['REMEDIATION_RECORDED', 'DEFECT_CASE_CLOSED'] }, result: 'success' }, { orderBy: { at: 'asc' } });
    const ofCase = events.filter((event) => (event.metadata as { defectCaseId?: string } | null)?.defectCaseId === opened.id);
    expect(ofCase.map((event) => event.action).sort()).toEqual(['DEFECT_CASE_CLOSED', 'REMEDIATION_RECORDED', 'REMEDIATION_RECORDED']);
    // The closing remediation and the close are audited in one transaction, often in the same
    // millisecond: the close comes no earlier than any remediation, ties in either order.
    const closedAt = ofCase.find((event) => event.action === 'DEFECT_CASE_CLOSED')!.at.getTime();
    expect(ofCase.every((event) => event.at.getTime() <= closedAt)).toBe(true);
    expect(JSON.stringify(ofCase)).not.toContain('Bremsleitung');
  });

  it('of parallel OK remediations on one case exactly one closes it; the others get defect_case_closed', async () => {
    const { token, vehicleId } = await ownerWithVehicle();
    const { defectCase } = await record(token, vehicleId, { result: 'NOT_OK' });
    const results = await Promise.all(Array.from({ length: 6 }, (_, index) => remediate(token, defectCase.id, { title: `Versuch ${index}` })));
    const succeeded = results.filter((response) => !response.errors);
    expect(succeeded).toHaveLength(1);
    for (const response of results.filter((response) => response.errors)) expect(errorOf(response)).toEqual({ code: 'CONFLICT', reason: 'defect_case_closed' });
    expect(await em().count(Remediation, { defectCase: defectCase.id })).toBe(1);
    const stored = await em().findOneOrFail(DefectCase, { id: defectCase.id });
    expect(stored).toMatchObject({ status: 'DONE', closedBy: added(succeeded[0]!).id });
    expect(await em().count(AuditEvent, { action: 'DEFECT_CASE_CLOSED', targetId: defectCase.id })).toBe(1);
  });
});

describe('who may record', () => {
  it('owner, org staff and admins; everyone else is refused before anything is looked up', async () => {
    const owner = await ownerWithVehicle('vip');
    const staff = await signInAs(server, 'dealer');
    await businessWithStaff(server, owner.userId, staff.userId);
    const admin = await signInAs(server, 'admin');
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });

    const byStaff = await record(staff.token, owner.vehicleId, { result: 'NOT_OK' });
    expect(byStaff.defectCase.status).toBe('IN_PROGRESS');
    expect((await em().findOneOrFail(AuditEvent, { action: 'INSPECTION_RECORDED', targetId: byStaff.id })).scope).toBe('org');
    const byAdmin = await record(admin.token, owner.vehicleId);
    expect((await em().findOneOrFail(AuditEvent, { action: 'INSPECTION_RECORDED', targetId: byAdmin.id })).scope).toBeNull();

    const caseId = byStaff.defectCase.id;
    const missing = crypto.randomUUID();
    const attempts: [string, Record<string, unknown>][] = [
      [RECORD, { input: { vehicleId: owner.vehicleId, source: 'OWNER', result: 'NOT_OK' } }],
      [RECORD, { input: { vehicleId: missing, source: 'OWNER', result: 'NOT_OK' } }],
      [REMEDIATE, { id: caseId, input: { result: 'OK' } }],
      [REMEDIATE, { id: missing, input: { result: 'OK' } }],
      [CASES, { id: owner.vehicleId }],
      [INSPECTIONS, { id: owner.vehicleId }],
    ];
    for (const [query, variables] of attempts) {
      const label = `${query.slice(0, 40)} ${JSON.stringify(variables)}`;
      expect(errorOf(await server.gql(query, variables)), label).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect(errorOf(await server.gql(query, variables, { token: moderator.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(query, variables, { token: noConsent.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
      expect(errorOf(await server.gql(query, variables, { token: other.token })), label).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    // Admins may see every vehicle and case, so they learn NOT_FOUND for unknown ones.
    expect(errorOf(await remediate(admin.token, missing))).toEqual({ code: 'NOT_FOUND', reason: 'defect_case_not_found' });
    expect(errorOf(await server.gql(RECORD, { input: { vehicleId: missing, source: 'OWNER', result: 'OK' } }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'vehicle_not_found' });
    // Nothing of the refused attempts was stored; the case is still open, then the owner closes it.
    expect(await em().count(Remediation, { defectCase: caseId })).toBe(0);
    expect((await remediate(owner.token, caseId)).data.recordRemediation.status).toBe('DONE');
  });
});

describe('the dealer of an open intake session', () => {
  const OPEN = `mutation($key: String!, $t: String) { openWorkshopSession(idempotencyKey: $key, shareToken: $t) { id } }`;
  const CLOSE = `mutation($key: String!, $s: ID!) { closeWorkshopSession(idempotencyKey: $key, sessionId: $s) { status } }`;

  it('records inspections and remediations on the customer’s vehicle while the session is open; before, after and for other dealers FORBIDDEN', async () => {
    const customer = await ownerWithVehicle();
    const share = await server.gql(`mutation($v: ID!) { enablePublicShare(vehicleId: $v) { url } }`, { v: customer.vehicleId }, { token: customer.token });
    const token = share.data.enablePublicShare.url.split('/q/')[1];
    const dealer = await signInAs(server, 'dealer');
    const otherDealer = await signInAs(server, 'dealer');
    const refused = async (who: string) => errorOf(await server.gql(RECORD, { input: { vehicleId: customer.vehicleId, source: 'WORKSHOP', result: 'NOT_OK' } }, { token: who }));

    expect(await refused(dealer.token)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const session = (await server.gql(OPEN, { key: crypto.randomUUID(), t: token }, { token: dealer.token })).data.openWorkshopSession;
    const found = await record(dealer.token, customer.vehicleId, { result: 'NOT_OK', title: 'Bremsen' });
    expect(found.defectCase.status).toBe('IN_PROGRESS');
    // Recorded without a vehicle scope of its own (the dealer is neither owner nor org).
    expect((await em().findOneOrFail(AuditEvent, { action: 'INSPECTION_RECORDED', targetId: found.id })).scope).toBeNull();
    expect(await refused(otherDealer.token)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(CASES, { id: customer.vehicleId }, { token: dealer.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    // The owner sees the case the workshop found.
    expect((await server.gql(CASES, { id: customer.vehicleId }, { token: customer.token })).data.vehicle.defectCases.map((c: { id: string }) => c.id)).toEqual([found.defectCase.id]);

    await server.gql(CLOSE, { key: crypto.randomUUID(), s: session.id }, { token: dealer.token });
    expect(await refused(dealer.token)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await remediate(dealer.token, found.defectCase.id))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await remediate(customer.token, found.defectCase.id)).data.recordRemediation.status).toBe('DONE');
  });
});

describe('trust, public page, exports, webhooks', () => {
  it('an open case adds open_defect_case to the trust summary until an OK remediation closes it (cached summaries too)', async () => {
    const { token, vehicleId, userId } = await ownerWithVehicle();
    const documentId = await insertDocument(server, vehicleId, userId);
    await server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }',
      { input: { vehicleId, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 42000, documentIds: [documentId] } },
      { token },
    );
    const trust = async () => (await server.gql(TRUST, { id: vehicleId }, { token })).data.vehicle.trustSummary;
    expect(await trust()).toMatchObject({ light: 'gruen', reasons: [] });
    // Read twice: the second answer comes from the cache, which the case must invalidate.
    expect((await trust()).light).toBe('gruen');

    const { defectCase } = await record(token, vehicleId, { result: 'NOT_OK', summary: SECRET });
    const open = await trust();
    expect(open).toMatchObject({ light: 'gelb', hint: 'Ein festgestellter Mangel ist noch nicht als behoben nachgewiesen.' });
    expect(codes(open)).toEqual(['open_defect_case']);

    // The public page shows the light (and its hint) but nothing of the case.
    const enabled = await server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id: vehicleId }, { token });
    const shareToken = enabled.data.enablePublicShare.url.split('/q/')[1];
    const PUBLIC = 'query($token: String!) { publicVehicle(token: $token) { light hint historyStatus evidenceStatus } }';
    const publicPage = await server.gql(PUBLIC, { token: shareToken });
    expect(publicPage.data.publicVehicle.light).toBe('gelb');
    for (const hidden of ['GEHEIMBEFUND', 'Nicht OK', 'Maßnahmen', defectCase.id, 'open_defect_case']) expect(JSON.stringify(publicPage)).not.toContain(hidden);
    const onPublic = await server.gql('query($token: String!) { publicVehicle(token: $token) { light inspections { id } } }', { token: shareToken });
    expect(errorOf(onPublic).code).toBe('BAD_USER_INPUT');

    await remediate(token, defectCase.id, { result: 'NOT_OK' });
    expect(codes(await trust())).toEqual(['open_defect_case']);
    await remediate(token, defectCase.id);
    expect(await trust()).toMatchObject({ light: 'gruen', reasons: [] });
    expect((await server.gql(PUBLIC, { token: shareToken })).data.publicVehicle.light).toBe('gruen');
  });

  it('redacted exports hold inspections, cases and remediations without free text; the full export holds everything', async () => {
    const { token, vehicleId, userId } = await ownerWithVehicle();
    const documentId = await insertDocument(server, vehicleId, userId);
    const inspection = await record(token, vehicleId, { result: 'NOT_OK', title: 'Titel Mustermann', summary: SECRET, details: `${SECRET} Details`, odometerKm: 5000, documentIds: [documentId] });
    const remediation = added(await remediate(token, inspection.defectCase.id, { title: 'Behoben Mustermann', summary: `${SECRET} behoben`, odometerKm: 5100 }));

    const redactedJson: string = (await server.gql('query($v: ID!) { vehicleExport(vehicleId: $v) }', { v: vehicleId }, { token })).data.vehicleExport;
    const redacted = JSON.parse(redactedJson);
    expect(redacted.inspections).toEqual([
      { id: inspection.id, source: 'WORKSHOP', result: 'NOT_OK', occurredAt: inspection.occurredAt, odometerKm: 5000, createdAt: inspection.createdAt, documentIds: [documentId] },
    ]);
    expect(redacted.defectCases).toEqual([expect.objectContaining({ id: inspection.defectCase.id, inspectionId: inspection.id, status: 'DONE', closedAt: expect.any(String) })]);
    expect(redacted.remediations).toEqual([expect.objectContaining({ id: remediation.id, defectCaseId: inspection.defectCase.id, result: 'OK', odometerKm: 5100 })]);
    for (const text of ['GEHEIMBEFUND', 'Mustermann', 'Nicht OK']) expect(redactedJson).not.toContain(text);

    const superadmin = await signInAs(server, 'superadmin');
    const grant = await server.gql(
      'mutation($id: ID!, $stepUp: String) { createFullExportGrant(targetType: vehicle, targetId: $id, stepUpToken: $stepUp) { token } }',
      { id: vehicleId, stepUp: await stepUp(server, superadmin, 'export_full') },
      { token: superadmin.token },
    );
    const delivered = await server.gql(
      'mutation($token: String, $id: ID!) { fullExport(token: $token, targetType: vehicle, targetId: $id) { payload } }',
      { token: grant.data.createFullExportGrant.token, id: vehicleId },
      { token: superadmin.token },
    );
    const full = decryptExport(server.app.services.keyring, delivered.data.fullExport.payload) as Record<string, any>;
    expect(full.inspections).toEqual([expect.objectContaining({ id: inspection.id, title: 'Titel Mustermann', summary: SECRET, details: `${SECRET} Details`, documentIds: [documentId] })]);
    expect(full.defectCases).toEqual([expect.objectContaining({ id: inspection.defectCase.id, summary: 'Nicht OK – weitere Maßnahmen erforderlich', status: 'DONE', closedBy: remediation.id })]);
    expect(full.remediations).toEqual([expect.objectContaining({ id: remediation.id, title: 'Behoben Mustermann', summary: `${SECRET} behoben` })]);
  });

  it('queue inspection.recorded and defect_case.closed for subscribed partner endpoints (ids and states only)', async () => {
    const { token, vehicleId, userId } = await ownerWithVehicle('dealer');
    const manager = em();
    const endpoint = manager.create(WebhookEndpoint, {
      owner: userId,
      url: 'https://partner.example/hook',
      events: ['inspection.recorded', 'defect_case.closed'],
      secretEncrypted: server.app.services.keyring.encrypt('webhook-secret', 'whsec_x'),
    });
    await manager.flush();
    const inspection = await record(token, vehicleId, { result: 'NOT_OK', summary: SECRET });
    const remediation = added(await remediate(token, inspection.defectCase.id));
    const deliveries = await em().find(WebhookDelivery, { endpoint: endpoint.id }, { orderBy: { createdAt: 'asc' } });
    expect(deliveries.map((delivery) => [delivery.eventType, JSON.parse(delivery.payload).data])).toEqual([
      ['inspection.recorded', { vehicleId, inspectionId: inspection.id, source: 'WORKSHOP', result: 'NOT_OK', defectCaseId: inspection.defectCase.id }],
      ['defect_case.closed', { vehicleId, defectCaseId: inspection.defectCase.id, remediationId: remediation.id, status: 'DONE' }],
    ]);
    for (const delivery of deliveries) expect(delivery.payload).not.toContain('GEHEIMBEFUND');
  });
});

describe('batched loading', () => {
  // Each loader is reached by one path only: a loader reached from two places batches once or
  // twice depending on which resolver runs first, and the count must not depend on timing.
  const OPEN_CASES = `{ myVehicles(first: 50) { edges { node { id
    defectCases(status: IN_PROGRESS) { id status inspection { id title linkedDocumentIds } remediations { id result linkedDocumentIds } }
    inspections(first: 5) { edges { node { id title defectCase { id status } } } }
    trustSummary { light }
  } } } }`;

  async function dealerWithVehicles(count: number) {
    const dealer = await signInAs(server, 'dealer');
    for (let i = 0; i < count; i++) {
      const { id } = await createVehicle(server, dealer.token);
      const { defectCase } = await record(dealer.token, id, { result: 'NOT_OK' });
      await remediate(dealer.token, defectCase.id, { result: 'NOT_OK' });
      await record(dealer.token, id);
    }
    return dealer;
  }

  async function statementsFor(token: string) {
    await server.gql('{ me { id } }', {}, { token });
    return measuredGql(server, OPEN_CASES, {}, token);
  }

  it('a list of vehicles with their open cases, remediations and inspections costs the same statements for 2 and 6 vehicles', async () => {
    const small = await dealerWithVehicles(2);
    const large = await dealerWithVehicles(6);
    await server.app.services.jobs.stop();
    const two = await statementsFor(small.token);
    const six = await statementsFor(large.token);
    expect(two.response.errors).toBeUndefined();
    expect(six.response.errors).toBeUndefined();
    expect(six.response.data.myVehicles.edges).toHaveLength(6);
    const first = six.response.data.myVehicles.edges[0].node;
    expect(first.defectCases).toHaveLength(1);
    expect(first.defectCases[0].remediations).toHaveLength(1);
    expect(first.inspections.edges).toHaveLength(2);
    expect(first.trustSummary.light).not.toBe('gruen');
    expect(two.statements).toBeGreaterThan(0);
    expect(six.statements).toBe(two.statements);
  });
});
