import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { Document } from './document.entity.ts';
import { purgeExpiredDocuments } from './retention.ts';
import { EICAR_SIGNATURE, pdfFile, pngFile, uploadScanned } from './test-files.ts';

// The trust light (SPEC §5, §7) as documents move through upload, review and retention, all
// through the real API: the engine itself belongs to server/trust.

let server: TestServer;
let owner: { token: string; userId: string };
let admin: { token: string; userId: string };

beforeAll(async () => {
  server = await startServer();
  owner = await signInAs(server, 'user');
  admin = await signInAs(server, 'admin');
});
afterAll(async () => server.close());

const TRUST = `query($id: ID!) { vehicle(id: $id) {
  trustSummary { light bestLevel verificationLevel evidenceStatus reasons { code } }
  entries { edges { node { id effectiveTrustLevel } } }
} }`;

async function trust(vehicleId: string) {
  const response = await server.gql(TRUST, { id: vehicleId }, { token: owner.token });
  if (!response.data?.vehicle) throw new Error(JSON.stringify(response.errors));
  const summary = response.data.vehicle.trustSummary;
  return {
    light: summary.light as string,
    bestLevel: summary.bestLevel as string,
    codes: summary.reasons.map((reason: { code: string }) => reason.code) as string[],
    evidenceStatus: summary.evidenceStatus as string,
    verificationLevel: summary.verificationLevel as string,
    entryLevel: response.data.vehicle.entries.edges[0].node.effectiveTrustLevel as string,
  };
}

const admin$ = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, { token: admin.token });
const setPii = (id: string, p: string) => admin$('mutation($id: ID!, $p: DocumentPiiStatus!) { setDocumentPiiStatus(id: $id, piiStatus: $p) { id } }', { id, p });
const approve = (id: string) => admin$('mutation($id: ID!) { approveDocument(id: $id) { approvalStatus } }', { id });
const reject = (id: string) => admin$('mutation($id: ID!) { rejectDocument(id: $id, reason: "unpassend") { approvalStatus } }', { id });

describe('trust light and documents', () => {
  it('moves from gelb (no evidence) to orange (quarantined), rot (PII) and gruen (approved linked evidence)', async () => {
    const vehicleId = (await createVehicle(server, owner.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true })).id;
    const entryId = (await addEntry(server, owner.token, vehicleId, { declaredTrustLevel: 'T3' })).id;

    // A declared T3 without evidence counts as T2.
    expect(await trust(vehicleId)).toMatchObject({ light: 'gelb', bestLevel: 'T2', entryLevel: 'T2', codes: ['t3_requires_document_missing'] });

    // Uploaded and linked, but quarantined: capped at orange, the entry still T2.
    const documentId = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'rechnung.pdf', { entryIds: [entryId] })).data.uploadDocument.id;
    expect(await trust(vehicleId)).toMatchObject({
      light: 'orange',
      entryLevel: 'T2',
      codes: ['document_quarantined_not_approved', 't3_requires_document_missing'],
    });

    // A PII suspicion on the linked document blocks: rot; a confirmed finding likewise.
    await setPii(documentId, 'SUSPECTED');
    expect(await trust(vehicleId)).toMatchObject({ light: 'rot', codes: expect.arrayContaining(['pii_suspected_blocks_t3']) });
    await setPii(documentId, 'CONFIRMED');
    expect(await trust(vehicleId)).toMatchObject({ light: 'rot', codes: expect.arrayContaining(['pii_confirmed_blocks_t3']) });

    // Cleared and approved: valid linked evidence lifts the entry to T3, the light to gruen.
    await setPii(documentId, 'OK');
    expect((await approve(documentId)).data.approveDocument.approvalStatus).toBe('APPROVED');
    expect(await trust(vehicleId)).toEqual({ light: 'gruen', bestLevel: 'T3', entryLevel: 'T3', codes: [], evidenceStatus: 'vorhanden', verificationLevel: 'hoch' });

    // Any further upload still in quarantine caps the vehicle again until it is decided.
    const extra = (await uploadScanned(server, owner.token, vehicleId, pngFile(), 'foto.png')).data.uploadDocument.id;
    expect(await trust(vehicleId)).toMatchObject({ light: 'orange', bestLevel: 'T3', codes: ['document_quarantined_not_approved'] });
    await reject(extra);
    expect((await trust(vehicleId)).light).toBe('gruen');

    // A privacy finding after approval withdraws the evidence and blocks.
    await setPii(documentId, 'CONFIRMED');
    expect(await trust(vehicleId)).toMatchObject({ light: 'rot', bestLevel: 'T2', entryLevel: 'T2' });

    // Unresolved for more than 30 days: purged. The finding is gone with the file; the entry is T2 again.
    await server.app.services.orm.em.fork().nativeUpdate(Document, { id: documentId }, { piiStatusChangedAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) });
    expect((await purgeExpiredDocuments(server.app.services)).purged).toBe(1);
    expect(await trust(vehicleId)).toMatchObject({ light: 'gelb', bestLevel: 'T2', codes: ['t3_requires_document_missing'] });
  });

  it('an infected upload never counts: rejected at once, so it neither caps nor lifts', async () => {
    const other = await signInAs(server, 'user');
    const vehicleId = (await createVehicle(server, other.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true })).id;
    const entryId = (await addEntry(server, other.token, vehicleId, { declaredTrustLevel: 'T3' })).id;
    const infected = await uploadScanned(server, other.token, vehicleId, pdfFile('x', EICAR_SIGNATURE), 'x.pdf', { entryIds: [entryId] });
    expect(infected.data.uploadDocument.approvalStatus).toBe('REJECTED');
    const response = await server.gql(TRUST, { id: vehicleId }, { token: other.token });
    expect(response.data.vehicle.trustSummary).toMatchObject({ light: 'gelb', bestLevel: 'T2' });
  });

  it("reads a page of entries' linked documents with their facts in one statement, whatever the number of entries", async () => {
    const dealer = await signInAs(server, 'dealer');
    const ENTRIES = 'query($id: ID!) { vehicle(id: $id) { entries { edges { node { effectiveTrustLevel linkedDocumentIds } } } } }';
    const levelsOf = async (vehicleId: string) => {
      const { response, statements } = await measuredGql(server, ENTRIES, { id: vehicleId }, dealer.token);
      return { nodes: response.data.vehicle.entries.edges.map(({ node }: { node: object }) => node), statements };
    };
    const vehicleWith = async (evidenced: number, plain: number) => {
      const vehicleId = (await createVehicle(server, dealer.token, { physicalServiceBook: false })).id;
      const documents = [];
      for (let i = 0; i < evidenced; i++) {
        documents.push(await insertDocument(server, vehicleId, dealer.userId));
        await addEntry(server, dealer.token, vehicleId, { date: `2024-01-0${i + 1}`, documentIds: [documents[i]] });
      }
      for (let i = 0; i < plain; i++) await addEntry(server, dealer.token, vehicleId, { date: `2023-01-0${i + 1}` });
      return { vehicleId, documents };
    };
    const one = await vehicleWith(1, 0);
    const five = await vehicleWith(3, 2);
    const small = await levelsOf(one.vehicleId);
    const large = await levelsOf(five.vehicleId);
    expect(small.nodes).toEqual([{ effectiveTrustLevel: 'T3', linkedDocumentIds: one.documents }]);
    expect(large.nodes).toEqual([
      ...[2, 1, 0].map((i) => ({ effectiveTrustLevel: 'T3', linkedDocumentIds: [five.documents[i]] })),
      { effectiveTrustLevel: 'T1', linkedDocumentIds: [] },
      { effectiveTrustLevel: 'T1', linkedDocumentIds: [] },
    ]);
    // The actor, the vehicle, the page and its linked documents: both fields share the one read.
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBe(4);
  });
});
