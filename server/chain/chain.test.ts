import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS } from '../../test/step-up.ts';
import { storeOrphan } from '../../test/stored-documents.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Document } from '../documents/document.entity.ts';
import { pdfFile, upload } from '../documents/test-files.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { DefectCase, InspectionEvent, Remediation } from '../inspections/inspection.entity.ts';
import { genesisHash, linkHash } from './chain-hash.ts';
import { ChainLink } from './chain-link.entity.ts';
import { vehicleChainHead } from './chain.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...GENEROUS_LIMITS, LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

const em = () => server.app.services.orm.em.fork();
const VERIFY = 'query($id: ID!) { verifyChain(vehicleId: $id) { status linkCount head brokenLink { sequence recordType recordId expectedHash storedHash reason } } }';
const HEAD = 'query($id: ID!) { vehicle(id: $id) { chainHead } }';
const REVISE = 'mutation($id: ID!, $input: ReviseServiceEntryInput!) { reviseServiceEntry(entryId: $id, input: $input) { id version } }';
const WITHDRAW = 'mutation($id: ID!, $reason: String!) { withdrawServiceEntry(entryId: $id, reason: $reason) { id version } }';
const RECORD = 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id defectCase { id } } }';
const REMEDIATE = 'mutation($id: ID!, $input: RecordRemediationInput!) { recordRemediation(caseId: $id, input: $input) { id remediations { id } } }';

async function ownerWithVehicle(role: 'user' | 'vip' = 'user') {
  const owner = await signInAs(server, role);
  const { id } = await createVehicle(server, owner.token);
  return { ...owner, vehicleId: id };
}

async function verify(token: string, vehicleId: string) {
  const response = await server.gql(VERIFY, { id: vehicleId }, { token });
  if (!response.data?.verifyChain) throw new Error(`verifyChain failed: ${JSON.stringify(response.errors)}`);
  return response.data.verifyChain;
}

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const response = await server.gql(query, variables, { token });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** A vehicle whose history has every kind of link: entry versions (added, revised, withdrawn), a later document link, an inspection, its case and a closing remediation. */
async function vehicleWithHistory() {
  const owner = await ownerWithVehicle();
  const uploaded = await upload(server, owner.token, owner.vehicleId, pdfFile(), 'rechnung.pdf');
  const documentId: string = uploaded.data.uploadDocument.id;
  const first = await addEntry(server, owner.token, owner.vehicleId, { note: 'Ölwechsel bei Müller', documentIds: [documentId] });
  const revised = (await gqlData(REVISE, { id: first.id, input: { odometerKm: 43000 } }, owner.token)).reviseServiceEntry;
  const other = await addEntry(server, owner.token, owner.vehicleId, { date: '2024-06-01', odometerKm: 50000 });
  await gqlData(WITHDRAW, { id: other.id, reason: 'Doppelt erfasst' }, owner.token);
  const later = await upload(server, owner.token, owner.vehicleId, pdfFile(), 'nachtrag.pdf', { entryIds: [revised.id] });
  const inspection = (await gqlData(RECORD, { input: { vehicleId: owner.vehicleId, source: 'WORKSHOP', result: 'NOT_OK', title: 'Bremsen' } }, owner.token)).recordInspection;
  const remediation = (await gqlData(REMEDIATE, { id: inspection.defectCase.id, input: { result: 'OK', documentIds: [documentId] } }, owner.token)).recordRemediation;
  return { ...owner, documentId, laterDocumentId: later.data.uploadDocument.id as string, first, revised, other, inspection, caseId: inspection.defectCase.id as string, remediationId: remediation.remediations[0].id as string };
}

describe('hash chain', () => {
  it('links every write in order on every path, each hash over the previous one; the head is the last link', async () => {
    const history = await vehicleWithHistory();
    const links = await em().find(ChainLink, { vehicle: history.vehicleId }, { orderBy: { sequence: 'asc' } });
    expect(links.map((link) => [link.sequence, link.recordType])).toEqual([
      [1, 'entry_version'],
      [2, 'entry_version'],
      [3, 'entry_version'],
      [4, 'entry_version'],
      [5, 'entry_document'],
      [6, 'inspection'],
      [7, 'defect_case'],
      [8, 'remediation'],
    ]);
    expect(links.map((link) => link.recordId)).toEqual([history.first.id, history.revised.id, history.other.id, expect.any(String), history.revised.id, history.inspection.id, history.caseId, history.remediationId]);
    for (const link of links) expect(link.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(links.map((link) => link.hash)).size).toBe(links.length);
    // The first link hashes the genesis value, its record and its document's SHA-256.
    const doc = await em().findOneOrFail(Document, history.documentId);
    expect(JSON.parse(links[0]!.documents)).toEqual([{ id: history.documentId, sha256: doc.sha256 }]);
    expect(links[0]!.hash).not.toBe(linkHash(genesisHash(history.vehicleId), { type: 'entry_version' }, [doc.sha256]));
    expect(await vehicleChainHead(em(), history.vehicleId)).toBe(links.at(-1)!.hash);
    expect((await gqlData(HEAD, { id: history.vehicleId }, history.token)).vehicle.chainHead).toBe(links.at(-1)!.hash);

    const result = await verify(history.token, history.vehicleId);
    expect(result).toEqual({ status: 'intact', linkCount: 8, head: links.at(-1)!.hash, brokenLink: null });
    const audit = await em().findOneOrFail(AuditEvent, { action: 'CHAIN_VERIFIED', targetId: history.vehicleId });
    expect(audit).toMatchObject({ scope: 'own', metadata: { vehicleId: history.vehicleId, count: 8, state: 'intact' } });
  });

  it('has no head and verifies intact before the first record', async () => {
    const owner = await ownerWithVehicle();
    expect((await gqlData(HEAD, { id: owner.vehicleId }, owner.token)).vehicle.chainHead).toBeNull();
    expect(await verify(owner.token, owner.vehicleId)).toEqual({ status: 'intact', linkCount: 0, head: null, brokenLink: null });
  });

  it('lets the owner in person and admins verify; org staff (who see the head), strangers, moderators and anonymous are refused', async () => {
    const owner = await ownerWithVehicle('vip');
    const entry = await addEntry(server, owner.token, owner.vehicleId);
    const staff = await signInAs(server, 'user');
    await businessWithStaff(server, owner.userId, staff.userId);
    expect((await gqlData(HEAD, { id: owner.vehicleId }, staff.token)).vehicle.chainHead).toBe(await vehicleChainHead(em(), owner.vehicleId));
    expect(errorOf(await server.gql(VERIFY, { id: owner.vehicleId }, { token: staff.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(VERIFY, { id: owner.vehicleId }, { token: moderator.token })).code).toBe('FORBIDDEN');
    expect(entry.id).toBeTruthy();
    const admin = await signInAs(server, 'admin');
    expect((await verify(admin.token, owner.vehicleId)).status).toBe('intact');
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(VERIFY, { id: owner.vehicleId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(VERIFY, { id: owner.vehicleId }, {})).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await server.gql(HEAD, { id: owner.vehicleId }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(await em().count(AuditEvent, { action: 'CHAIN_VERIFIED', targetId: owner.vehicleId })).toBe(1);
  });

  it('names the broken link when one stored field changes in the database', async () => {
    const history = await vehicleWithHistory();
    const links = await em().find(ChainLink, { vehicle: history.vehicleId }, { orderBy: { sequence: 'asc' } });
    await em().nativeUpdate(ServiceEntry, { id: history.revised.id }, { odometerKm: 13000 });
    const result = await verify(history.token, history.vehicleId);
    expect(result.status).toBe('broken');
    expect(result.brokenLink).toMatchObject({ sequence: 2, recordType: 'entry_version', recordId: history.revised.id, storedHash: links[1]!.hash, reason: 'hash_mismatch' });
    expect(result.brokenLink.expectedHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.brokenLink.expectedHash).not.toBe(links[1]!.hash);
    await em().nativeUpdate(ServiceEntry, { id: history.revised.id }, { odometerKm: 43000 });
    expect((await verify(history.token, history.vehicleId)).status).toBe('intact');

    // Free text counts too (through its digest), and so does a remediation's case closing.
    await em().nativeUpdate(InspectionEvent, { id: history.inspection.id }, { title: 'Bremsen ok' });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 6, recordType: 'inspection', reason: 'hash_mismatch' });
    await em().nativeUpdate(InspectionEvent, { id: history.inspection.id }, { title: 'Bremsen' });
    await em().nativeUpdate(DefectCase, { id: history.caseId }, { status: 'IN_PROGRESS' });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 8, recordType: 'remediation', recordId: history.remediationId });
    await em().nativeUpdate(DefectCase, { id: history.caseId }, { status: 'DONE' });
    await em().nativeUpdate(Remediation, { id: history.remediationId }, { odometerKm: 1 });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 8, recordType: 'remediation', reason: 'hash_mismatch' });
  });

  it('names the broken link when a document’s stored bytes change, or a link to a document is added or removed behind the chain', async () => {
    const history = await vehicleWithHistory();
    const doc = await em().findOneOrFail(Document, history.laterDocumentId);
    const bytes = pdfFile();
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    await storeOrphan(server, doc.storageKey!, bytes);
    const result = await verify(history.token, history.vehicleId);
    expect(result.brokenLink).toMatchObject({ sequence: 5, recordType: 'entry_document', recordId: history.revised.id, reason: 'hash_mismatch' });
    await storeOrphan(server, doc.storageKey!, pdfFile());
    expect((await verify(history.token, history.vehicleId)).status).toBe('intact');

    await em().nativeDelete(EntryDocument, { entry: history.first.id, document: history.documentId });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 1, recordId: history.first.id, reason: 'documents_differ' });
    const restore = em();
    restore.create(EntryDocument, { entry: history.first.id, document: history.documentId });
    await restore.flush();
    const added = em();
    added.create(EntryDocument, { entry: history.other.id, document: history.documentId });
    await added.flush();
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 3, recordId: history.other.id, reason: 'documents_differ' });
  });

  it('names a record written behind the chain, and a link removed from it', async () => {
    const history = await vehicleWithHistory();
    const links = await em().find(ChainLink, { vehicle: history.vehicleId }, { orderBy: { sequence: 'asc' } });
    await em().nativeDelete(ChainLink, { id: links.at(-1)!.id });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 8, recordType: 'remediation', recordId: history.remediationId, reason: 'not_in_chain' });
    await em().nativeDelete(ChainLink, { id: links[3]!.id });
    expect((await verify(history.token, history.vehicleId)).brokenLink).toMatchObject({ sequence: 5, reason: 'sequence_gap' });
  });

  it('a purged document (SPEC §6 retention) keeps the chain intact: its recorded hash stands in for the bytes the law removed', async () => {
    const history = await vehicleWithHistory();
    await em().nativeUpdate(Document, { id: history.laterDocumentId }, { storageKey: null, filename: '', sha256: '', purgedAt: new Date(), deletedAt: new Date() });
    await em().nativeDelete(EntryDocument, { document: history.laterDocumentId });
    expect((await verify(history.token, history.vehicleId)).status).toBe('intact');
  });

  it('two concurrent writes to one vehicle never fork the chain', async () => {
    const owner = await ownerWithVehicle();
    const writes = Array.from({ length: 8 }, (_, index) =>
      index % 2 === 0
        ? addEntry(server, owner.token, owner.vehicleId, { odometerKm: 1000 + index })
        : gqlData(RECORD, { input: { vehicleId: owner.vehicleId, source: 'OWNER', result: 'OK' } }, owner.token),
    );
    await Promise.all(writes);
    const links = await em().find(ChainLink, { vehicle: owner.vehicleId }, { orderBy: { sequence: 'asc' } });
    expect(links.map((link) => link.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await verify(owner.token, owner.vehicleId)).toMatchObject({ status: 'intact', linkCount: 8 });
  });

  it('the database refuses a second link at the same position', async () => {
    const owner = await ownerWithVehicle();
    await addEntry(server, owner.token, owner.vehicleId);
    const copy = em();
    copy.create(ChainLink, { vehicle: owner.vehicleId, sequence: 1, recordType: 'entry_version', recordId: 'x', documents: '[]', hash: 'f'.repeat(64) });
    await expect(copy.flush()).rejects.toThrow(/unique|duplicate/i);
  });
});
