import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { EntryDocument } from '../entries/entry-document.entity.ts';
import { errorOf, measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { Document } from './document.entity.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { Consent } from '../consent/consent.entity.ts';
import { stepUp } from '../../test/step-up.ts';
import { storedBytes, storedKeys } from '../../test/stored-documents.ts';
import { EICAR_SIGNATURE, htmlFile, jpegFile, pdfFile, pngFile, scannedDocument, upload, uploadScanned } from './test-files.ts';

const MAX_BYTES = 64 * 1024;

let server: TestServer;
let owner: { token: string; userId: string };
let other: { token: string; userId: string };
let admin: { token: string; userId: string };
let vehicleId: string;

beforeAll(async () => {
  server = await startServer({ LTC_UPLOAD_MAX_BYTES: String(MAX_BYTES) });
  owner = await signInAs(server, 'user');
  other = await signInAs(server, 'user');
  admin = await signInAs(server, 'admin');
  vehicleId = (await createVehicle(server, owner.token)).id;
});
afterAll(async () => server.close());

const listDir = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
/** Uploads in progress are staged in the storage folder whatever the backend. */
const tempFiles = () => listDir(path.join(server.storageDir, 'documents', 'tmp'));
const documentRows = () => server.app.services.orm.em.fork().count(Document, {});
const download = (id: string, token?: string) =>
  fetch(`${server.url}/documents/${id}/download`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const auditActions = async (documentId: string) =>
  (await server.app.services.orm.em.fork().find(AuditEvent, { targetId: documentId }, { orderBy: { at: 'asc' } })).map((event) => event.action);

const DOCUMENT = 'query($id: ID!) { document(id: $id) { id approvalStatus validEvidence downloadUrl } }';
const APPROVE = 'mutation($id: ID!) { approveDocument(id: $id) { id approvalStatus reviewedAt reviewedById } }';
const SCAN = 'mutation($id: ID!, $s: DocumentScanStatus!) { setDocumentScanResult(id: $id, scanStatus: $s) { id scanStatus approvalStatus } }';
const PII = 'mutation($id: ID!, $p: DocumentPiiStatus!) { setDocumentPiiStatus(id: $id, piiStatus: $p) { id piiStatus } }';
const REJECT = 'mutation($id: ID!, $r: String!) { rejectDocument(id: $id, reason: $r) { id approvalStatus rejectionReason reviewedById } }';

describe('uploadDocument', () => {
  it('stores a PNG named .pdf as PNG, hashed and quarantined; answers PENDING, then the scan job finds it clean', async () => {
    const png = pngFile();
    const result = await upload(server, owner.token, vehicleId, png, 'rechnung.pdf');
    expect(result.errors).toBeUndefined();
    const expected = {
      contentType: 'image/png',
      sizeBytes: png.length,
      sha256: createHash('sha256').update(png).digest('hex'),
      filename: 'rechnung.pdf',
      approvalStatus: 'QUARANTINED',
      piiStatus: 'OK',
      validEvidence: false,
      downloadUrl: null,
    };
    expect(result.data.uploadDocument).toMatchObject({ ...expected, scanStatus: 'PENDING' });
    const doc = await scannedDocument(server, owner.token, vehicleId, result.data.uploadDocument.id);
    expect(doc).toMatchObject({ ...expected, scanStatus: 'CLEAN' });
    const row = await server.app.services.orm.em.fork().findOneOrFail(Document, { id: doc.id });
    expect(await storedBytes(server, row.storageKey!)).toEqual(png);
    expect(row.storageKey).toMatch(/^[a-f0-9]{64}$/);
    expect(await auditActions(doc.id)).toEqual(['UPLOAD_RECEIVED', 'UPLOAD_SCANNED_CLEAN']);
  });

  it('accepts PDF and JPEG by their magic bytes, whatever the client claims', async () => {
    const pdf = await upload(server, owner.token, vehicleId, pdfFile(), 'scan.png', { clientType: 'image/png' });
    expect(pdf.data.uploadDocument.contentType).toBe('application/pdf');
    const jpeg = await upload(server, owner.token, vehicleId, jpegFile(), 'foto', { clientType: 'text/plain' });
    expect(jpeg.data.uploadDocument.contentType).toBe('image/jpeg');
  });

  it('refuses an HTML file named .pdf and leaves no file and no row', async () => {
    const filesBefore = (await storedKeys(server)).length;
    const rowsBefore = await documentRows();
    const result = await upload(server, owner.token, vehicleId, htmlFile(), 'rechnung.pdf', { clientType: 'application/pdf' });
    expect(errorOf(result as any)).toEqual({ code: 'BAD_USER_INPUT', reason: 'unsupported_file_type' });
    expect((await storedKeys(server)).length).toBe(filesBefore);
    expect(tempFiles()).toEqual([]);
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('rejects a file with the EICAR signature automatically', async () => {
    const result = await uploadScanned(server, owner.token, vehicleId, pdfFile('Rechnung', EICAR_SIGNATURE), 'virus.pdf');
    const doc = result.data.uploadDocument;
    expect(doc).toMatchObject({ scanStatus: 'INFECTED', approvalStatus: 'REJECTED', rejectionReason: 'infected_auto_reject', validEvidence: false });
    expect(await auditActions(doc.id)).toEqual(['UPLOAD_RECEIVED', 'UPLOAD_SCANNED_INFECTED', 'UPLOAD_REJECTED']);
    const approve = await server.gql(APPROVE, { id: doc.id }, { token: admin.token });
    expect(errorOf(approve)).toEqual({ code: 'CONFLICT', reason: 'document_not_quarantined' });
  });

  it('refuses an oversize upload (declared length) and leaves nothing on disk or in the table', async () => {
    const filesBefore = (await storedKeys(server)).length;
    const rowsBefore = await documentRows();
    const big = Buffer.concat([pngFile(), Buffer.alloc(MAX_BYTES + 1)]);
    const result = await upload(server, owner.token, vehicleId, big, 'gross.png');
    expect(result.status).toBe(413);
    expect(errorOf(result as any)).toEqual({ code: 'BAD_USER_INPUT', reason: 'file_too_large' });
    expect((await storedKeys(server)).length).toBe(filesBefore);
    expect(tempFiles()).toEqual([]);
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('refuses an oversize upload sent without a length (chunked): the parser stops at the limit', async () => {
    const rowsBefore = await documentRows();
    const filesBefore = (await storedKeys(server)).length;
    const boundary = 'ltcboundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({ query: 'mutation($v: ID!, $f: Upload!) { uploadDocument(vehicleId: $v, file: $f) { id } }', variables: { v: vehicleId, f: null } }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}` +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="gross.png"\r\nContent-Type: image/png\r\n\r\n`,
    );
    const parts = [head, pngFile(), ...Array.from({ length: 8 }, () => Buffer.alloc(16 * 1024)), Buffer.from(`\r\n--${boundary}--\r\n`)];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'x-ltc-csrf': '1', authorization: `Bearer ${owner.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const result = (await response.json()) as any;
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', reason: 'file_too_large' });
    expect((await storedKeys(server)).length).toBe(filesBefore);
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('an upload the client aborts halfway leaves no file and no row', async () => {
    const rowsBefore = await documentRows();
    const filesBefore = (await storedKeys(server)).length;
    const boundary = 'ltcabort';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
        JSON.stringify({ query: 'mutation($v: ID!, $f: Upload!) { uploadDocument(vehicleId: $v, file: $f) { id } }', variables: { v: vehicleId, f: null } }) +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}` +
        `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="halb.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const controller = new AbortController();
    let sent!: () => void;
    const halfSent = new Promise<void>((resolve) => (sent = resolve));
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(Buffer.concat([head, pdfFile()]));
        sent();
      },
    });
    const request = fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'x-ltc-csrf': '1', authorization: `Bearer ${owner.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit);
    await halfSent;
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(request).rejects.toThrow();
    // Give the server a moment to notice the closed connection, then look.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await storedKeys(server)).length).toBe(filesBefore);
    expect(tempFiles()).toEqual([]);
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('accepts a file of exactly the limit', async () => {
    const png = pngFile();
    const exact = Buffer.concat([png, Buffer.alloc(MAX_BYTES - png.length)]);
    const result = await upload(server, owner.token, vehicleId, exact, 'genau.png');
    expect(result.data?.uploadDocument.sizeBytes).toBe(MAX_BYTES);
  });

  it('keeps only a sanitised name: never a path, never in logs or audit', async () => {
    const secretName = 'Max Mustermann Rechnung.pdf';
    const result = await upload(server, owner.token, vehicleId, pdfFile(), `../../etc/${secretName}`);
    expect(result.data.uploadDocument.filename).toBe(secretName);
    const events = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: result.data.uploadDocument.id });
    expect(JSON.stringify(events)).not.toContain('Mustermann');
    expect(server.logs.join('\n')).not.toContain('Mustermann');
  });

  it('links entries of the same vehicle and refuses entries of another vehicle', async () => {
    const entryId = (await addEntry(server, owner.token, vehicleId)).id;
    const linked = await upload(server, owner.token, vehicleId, pdfFile(), 'beleg.pdf', { entryIds: [entryId] });
    const links = await server.app.services.orm.em.fork().find(EntryDocument, { document: linked.data.uploadDocument.id });
    expect(links.map((link) => link.entry)).toEqual([entryId]);

    const otherVehicle = await createVehicle(server, other.token);
    const foreignEntry = (await addEntry(server, other.token, otherVehicle.id)).id;
    const rowsBefore = await documentRows();
    const refused = await upload(server, owner.token, vehicleId, pdfFile(), 'beleg.pdf', { entryIds: [foreignEntry] });
    expect(errorOf(refused as any)).toEqual({ code: 'BAD_USER_INPUT', reason: 'entry_not_in_vehicle' });
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('links only the newest version of an entry', async () => {
    const first = await addEntry(server, owner.token, vehicleId);
    const revised = await server.gql(
      'mutation($id: ID!, $input: ReviseServiceEntryInput!) { reviseServiceEntry(entryId: $id, input: $input) { id } }',
      { id: first.id, input: { odometerKm: 43000 } },
      { token: owner.token },
    );
    const rowsBefore = await documentRows();
    const outdated = await upload(server, owner.token, vehicleId, pdfFile(), 'beleg.pdf', { entryIds: [first.id] });
    expect(errorOf(outdated as any)).toEqual({ code: 'CONFLICT', reason: 'entry_version_outdated' });
    expect(await documentRows()).toBe(rowsBefore);
    const linked = await upload(server, owner.token, vehicleId, pdfFile(), 'beleg.pdf', { entryIds: [revised.data.reviseServiceEntry.id] });
    expect(linked.data.uploadDocument.id).toBeTruthy();
  });

  it('denies anonymous, moderators, other owners and actors without consent', async () => {
    const rowsBefore = await documentRows();
    const anonymous = await upload(server, undefined, vehicleId, pdfFile(), 'a.pdf');
    expect(errorOf(anonymous as any)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf((await upload(server, moderator.token, vehicleId, pdfFile(), 'a.pdf')) as any)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf((await upload(server, other.token, vehicleId, pdfFile(), 'a.pdf')) as any)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const missing = await upload(server, other.token, crypto.randomUUID(), pdfFile(), 'a.pdf');
    expect(errorOf(missing as any)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    // An owner whose consent is gone (as after a new terms version): the rows are removed directly.
    const noConsent = await signInAs(server, 'user');
    const ownVehicle = await createVehicle(server, noConsent.token);
    await server.app.services.orm.em.fork().nativeDelete(Consent, { user: noConsent.userId });
    expect(errorOf((await upload(server, noConsent.token, ownVehicle.id, pdfFile(), 'a.pdf')) as any)).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    expect(await documentRows()).toBe(rowsBefore);
  });

  it('refuses an anonymous upload before reading its body', async () => {
    // The body never ends: only a server that answers without reading it can respond at all.
    const body = new ReadableStream<Uint8Array>({
      start(stream) {
        stream.enqueue(Buffer.from('--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n'));
      },
    });
    const controller = new AbortController();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'x-ltc-csrf': '1', 'content-type': 'multipart/form-data; boundary=x' },
      body,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit);
    expect(errorOf((await response.json()) as any)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    controller.abort();
  });

  it('requires a CSRF header for multipart requests: ours, Yoga\'s or Apollo\'s standard ones', async () => {
    const result = await upload(server, owner.token, vehicleId, pdfFile(), 'a.pdf', { headers: { 'x-ltc-csrf': '' } });
    expect(result.status).toBe(400);
    expect(errorOf(result as any).reason).toBe('csrf_check_failed');
    for (const header of ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight']) {
      const accepted = await upload(server, owner.token, vehicleId, pdfFile(), 'a.pdf', { headers: { 'x-ltc-csrf': '', [header]: '1' } });
      expect(accepted.errors).toBeUndefined();
      expect(accepted.data.uploadDocument.scanStatus).toBe('PENDING');
    }
  });
});

describe('review, reading and downloading', () => {
  it('walks a document from quarantine to valid evidence; the bytes come back unchanged', async () => {
    const pdf = pdfFile('Inspektion 60000 km');
    const uploaded = (await uploadScanned(server, owner.token, vehicleId, pdf, 'inspektion.pdf')).data.uploadDocument;
    const id = uploaded.id;

    // Quarantined: the owner sees the status but cannot read or download the content.
    expect(errorOf(await server.gql(DOCUMENT, { id }, { token: owner.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await download(id, owner.token)).status).toBe(403);
    // Another user never reads it, exactly as for an unknown id.
    expect(errorOf(await server.gql(DOCUMENT, { id }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(DOCUMENT, { id: crypto.randomUUID() }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    // An admin reads and downloads for review.
    const adminView = await server.gql(DOCUMENT, { id }, { token: admin.token });
    expect(adminView.data.document).toMatchObject({ id, approvalStatus: 'QUARANTINED', downloadUrl: `${server.app.services.config.publicBaseUrl}/documents/${id}/download` });
    const adminDownload = await download(id, admin.token);
    expect(adminDownload.status).toBe(200);
    expect(Buffer.from(await adminDownload.arrayBuffer())).toEqual(pdf);

    // Approval needs CLEAN and PII OK.
    await server.gql(SCAN, { id, s: 'ERROR' }, { token: admin.token });
    expect(errorOf(await server.gql(APPROVE, { id }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'not_scanned_clean' });
    await server.gql(SCAN, { id, s: 'CLEAN' }, { token: admin.token });
    await server.gql(PII, { id, p: 'SUSPECTED' }, { token: admin.token });
    expect(errorOf(await server.gql(APPROVE, { id }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'pii_not_cleared' });
    await server.gql(PII, { id, p: 'OK' }, { token: admin.token });
    const approved = await server.gql(APPROVE, { id }, { token: admin.token });
    expect(approved.data.approveDocument).toMatchObject({ approvalStatus: 'APPROVED', reviewedById: admin.userId });
    expect(approved.data.approveDocument.reviewedAt).toBeTruthy();

    // Valid evidence: the owner reads and downloads the same bytes, as an attachment.
    expect((await server.gql(DOCUMENT, { id }, { token: owner.token })).data.document).toMatchObject({ validEvidence: true });
    const ownerDownload = await download(id, owner.token);
    expect(ownerDownload.status).toBe(200);
    expect(ownerDownload.headers.get('content-type')).toBe('application/pdf');
    expect(ownerDownload.headers.get('content-disposition')).toBe(`attachment; filename="inspektion.pdf"; filename*=UTF-8''inspektion.pdf`);
    expect(ownerDownload.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ownerDownload.arrayBuffer())).toEqual(pdf);
    // Still never for another user.
    expect((await download(id, other.token)).status).toBe(403);

    await server.app.services.pendingWrites.drain();
    expect(await auditActions(id)).toEqual([
      'UPLOAD_RECEIVED',
      'UPLOAD_SCANNED_CLEAN',
      // document(id) by the owner and by another user, and the owner's download, all name the document.
      'ACCESS_DENIED',
      'ACCESS_DENIED',
      'ACCESS_DENIED',
      'DOCUMENT_DOWNLOADED',
      'UPLOAD_SCAN_FAILED',
      'UPLOAD_SCANNED_CLEAN',
      'PII_STATUS_CHANGED',
      'PII_STATUS_CHANGED',
      'UPLOAD_APPROVED',
      'DOCUMENT_DOWNLOADED',
      'ACCESS_DENIED',
    ]);
  });

  it('a PII finding after approval withdraws the evidence again', async () => {
    const id = (await uploadScanned(server, owner.token, vehicleId, pngFile(), 'foto.png')).data.uploadDocument.id;
    await server.gql(APPROVE, { id }, { token: admin.token });
    expect((await download(id, owner.token)).status).toBe(200);
    await server.gql(PII, { id, p: 'CONFIRMED' }, { token: admin.token });
    expect((await download(id, owner.token)).status).toBe(403);
    expect((await download(id, admin.token)).status).toBe(200);
  });

  it('downloads a PNG uploaded as .pdf with the stored type and a .png name', async () => {
    const png = pngFile();
    const id = (await uploadScanned(server, owner.token, vehicleId, png, 'beleg.pdf')).data.uploadDocument.id;
    const response = await download(id, admin.token);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toContain('filename="beleg.png"');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);
  });

  it('rejects with a reason that the owner sees; rejection is final', async () => {
    const id = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'unleserlich.pdf')).data.uploadDocument.id;
    const rejected = await server.gql(REJECT, { id, r: 'Beleg ist unleserlich' }, { token: admin.token });
    expect(rejected.data.rejectDocument).toMatchObject({ approvalStatus: 'REJECTED', rejectionReason: 'Beleg ist unleserlich', reviewedById: admin.userId });
    expect(errorOf(await server.gql(APPROVE, { id }, { token: admin.token }))).toEqual({ code: 'CONFLICT', reason: 'document_not_quarantined' });
    expect(errorOf(await server.gql(REJECT, { id, r: ' ' }, { token: admin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_rejection_reason' });
    const events = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: id, action: 'UPLOAD_REJECTED' });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('unleserlich');
  });

  it('review operations are admin only', async () => {
    const id = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'x.pdf')).data.uploadDocument.id;
    const moderator = await signInAs(server, 'moderator');
    const noConsentAdmin = await signInAs(server, 'admin', { consent: false });
    for (const [query, variables] of [
      [APPROVE, { id }],
      [SCAN, { id, s: 'CLEAN' }],
      [PII, { id, p: 'OK' }],
      [REJECT, { id, r: 'nein' }],
      ['{ quarantineQueue { edges { node { id } } } }', {}],
    ] as const) {
      expect(errorOf(await server.gql(query, variables, { token: owner.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(errorOf(await server.gql(query, variables, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(query, variables))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect(errorOf(await server.gql(query, variables, { token: noConsentAdmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    }
    const row = await server.app.services.orm.em.fork().findOneOrFail(Document, { id });
    expect(row.approvalStatus).toBe('QUARANTINED');
  });

  it('who uploaded and reviewed is for admins: owners get null without an error, strangers still no document', async () => {
    // Also inside a successful upload answer, so a client never uploads twice over a field error.
    const uploaded = await upload(server, owner.token, vehicleId, pdfFile(), 'beleg.pdf', { headers: { 'x-request-id': 'hidden-fields-upload' } });
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data.uploadDocument).toMatchObject({ approvalStatus: 'QUARANTINED', uploadedById: null, reviewedById: null });

    const reviewed = await insertDocument(server, vehicleId, owner.userId, { approvalStatus: 'QUARANTINED', scanStatus: 'CLEAN' });
    expect((await server.gql(APPROVE, { id: reviewed }, { token: admin.token })).data.approveDocument.reviewedById).toBe(admin.userId);
    const WHO = 'query($id: ID!) { document(id: $id) { id uploadedById reviewedById } }';
    const LIST = 'query($id: ID!) { vehicle(id: $id) { documents { edges { node { id uploadedById reviewedById } } } } }';

    const own = await server.gql(WHO, { id: reviewed }, { token: owner.token, headers: { 'x-request-id': 'hidden-fields-read' } });
    expect(own).toMatchObject({ data: { document: { id: reviewed, uploadedById: null, reviewedById: null } } });
    expect(own.errors).toBeUndefined();
    const list = await server.gql(LIST, { id: vehicleId }, { token: owner.token, headers: { 'x-request-id': 'hidden-fields-list' } });
    expect(list.errors).toBeUndefined();
    const rows = list.data.vehicle.documents.edges.map((edge: { node: unknown }) => edge.node);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) expect(row).toMatchObject({ uploadedById: null, reviewedById: null });

    expect((await server.gql(WHO, { id: reviewed }, { token: admin.token })).data.document).toEqual({ id: reviewed, uploadedById: owner.userId, reviewedById: admin.userId });
    // Deny by default for objects the caller may not see at all: an error and no data.
    const stranger = await server.gql(WHO, { id: reviewed }, { token: other.token });
    expect(errorOf(stranger)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(stranger.data.document).toBeNull();
    const strangerList = await server.gql(LIST, { id: vehicleId }, { token: other.token });
    expect(errorOf(strangerList)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(strangerList.data.vehicle).toBeNull();

    // Reading one's own object is no denied attempt: nothing in the audit trail says so.
    await server.app.services.pendingWrites.drain();
    const denials = await server.app.services.orm.em.fork().find(AuditEvent, { requestId: { $in: ['hidden-fields-upload', 'hidden-fields-read', 'hidden-fields-list'] }, result: 'denied' });
    expect(denials).toEqual([]);
  });

  it('download denials: anonymous 401, moderator and no consent 403, unknown id like foreign', async () => {
    const id = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'y.pdf')).data.uploadDocument.id;
    await server.gql(APPROVE, { id }, { token: admin.token });
    expect((await download(id)).status).toBe(401);
    const moderator = await signInAs(server, 'moderator');
    expect(await (await download(id, moderator.token)).json()).toEqual({ error: { code: 'FORBIDDEN', reason: 'moderator_confined' } });
    const noConsent = await signInAs(server, 'user', { consent: false });
    expect(await (await download(id, noConsent.token)).json()).toEqual({ error: { code: 'FORBIDDEN', reason: 'consent_required' } });
    const foreign = await download(id, other.token);
    const unknown = await download(crypto.randomUUID(), other.token);
    expect([foreign.status, unknown.status]).toEqual([403, 403]);
    expect(await unknown.json()).toEqual(await foreign.json());
  });
});

describe('lists', () => {
  it('quarantineQueue pages through the quarantined documents, oldest first, with filters', async () => {
    const queueOwner = await signInAs(server, 'user');
    const queueVehicle = (await createVehicle(server, queueOwner.token)).id;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await uploadScanned(server, queueOwner.token, queueVehicle, pngFile(), `q${i}.png`)).data.uploadDocument.id);
    await server.gql(PII, { id: ids[1], p: 'SUSPECTED' }, { token: admin.token });

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.gql(
        'query($after: String) { quarantineQueue(first: 2, after: $after) { edges { node { id vehicleId } } pageInfo { hasNextPage endCursor } } }',
        { after },
        { token: admin.token },
      );
      seen.push(...page.data.quarantineQueue.edges.map((edge: any) => edge.node.id));
      if (!page.data.quarantineQueue.pageInfo.hasNextPage) break;
      after = page.data.quarantineQueue.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => ids.includes(id))).toEqual(ids);

    const suspected = await server.gql('{ quarantineQueue(filter: { piiStatus: SUSPECTED }) { edges { node { id } } } }', {}, { token: admin.token });
    expect(suspected.data.quarantineQueue.edges.map((edge: any) => edge.node.id)).toContain(ids[1]);
    expect(suspected.data.quarantineQueue.edges.map((edge: any) => edge.node.id)).not.toContain(ids[0]);
  });

  it("vehicle.documents shows the owner's uploads with status, newest first, without content", async () => {
    const listOwner = await signInAs(server, 'user');
    const listVehicle = (await createVehicle(server, listOwner.token)).id;
    const first = (await uploadScanned(server, listOwner.token, listVehicle, pngFile(), 'a.png')).data.uploadDocument.id;
    const second = (await uploadScanned(server, listOwner.token, listVehicle, pdfFile('x', EICAR_SIGNATURE), 'b.pdf')).data.uploadDocument.id;
    const query = 'query($v: ID!) { vehicle(id: $v) { documents { edges { node { id filename approvalStatus scanStatus rejectionReason downloadUrl } } } } }';
    const list = await server.gql(query, { v: listVehicle }, { token: listOwner.token });
    expect(list.data.vehicle.documents.edges.map((edge: any) => edge.node)).toEqual([
      { id: second, filename: 'b.pdf', approvalStatus: 'REJECTED', scanStatus: 'INFECTED', rejectionReason: 'infected_auto_reject', downloadUrl: null },
      { id: first, filename: 'a.png', approvalStatus: 'QUARANTINED', scanStatus: 'CLEAN', rejectionReason: null, downloadUrl: null },
    ]);
    expect(errorOf(await server.gql(query, { v: listVehicle }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(query, { v: listVehicle }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('vehicle.documents is batched: the SQL statement count does not grow with the number of vehicles', async () => {
    const query = '{ myVehicles(first: 20) { edges { node { id documents { edges { node { id validEvidence downloadUrl } } } } } } }';
    const statementsFor = async (vehicles: number) => {
      const vip = await signInAs(server, 'vip');
      for (let i = 0; i < vehicles; i++) {
        const id = (await createVehicle(server, vip.token)).id;
        await uploadScanned(server, vip.token, id, pngFile(), 'a.png');
        const approved = (await uploadScanned(server, vip.token, id, pdfFile(), 'b.pdf')).data.uploadDocument.id;
        await server.gql(APPROVE, { id: approved }, { token: admin.token });
      }
      // The counter is the ORM's, so the scan queue's work after the uploads can land in one
      // window: the fewest of three runs of the same query is the query's own count.
      const counts: number[] = [];
      for (let run = 0; run < 3; run++) {
        const { response, statements } = await measuredGql(server, query, {}, vip.token);
        counts.push(statements);
        const nodes = response.data.myVehicles.edges.flatMap((edge: any) => edge.node.documents.edges.map((doc: any) => doc.node));
        expect(nodes).toHaveLength(vehicles * 2);
        expect(nodes.filter((doc: any) => doc.downloadUrl !== null)).toHaveLength(vehicles);
      }
      return Math.min(...counts);
    };
    const few = await statementsFor(2);
    const many = await statementsFor(6);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('org staff of an approved VIP business', () => {
  it("act on the owner's documents like the owner: upload, status, valid evidence only", async () => {
    const superadmin = await signInAs(server, 'superadmin');
    const vip = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const vipVehicle = (await createVehicle(server, vip.token)).id;
    const created = await server.gql('mutation($o: ID!) { createVipBusiness(ownerId: $o, name: "Autohaus Beispiel") { id } }', { o: vip.userId }, { token: admin.token });
    const businessId = created.data.createVipBusiness.id;
    await server.gql('mutation($id: ID!, $s: String) { approveVipBusiness(businessId: $id, stepUpToken: $s) { id } }', { id: businessId, s: await stepUp(server, superadmin, 'vip_business_approve') }, { token: superadmin.token });
    const added = await server.gql('mutation($id: ID!, $u: ID!, $s: String) { addVipBusinessStaff(businessId: $id, userId: $u, stepUpToken: $s) { id } }', { id: businessId, u: staff.userId, s: await stepUp(server, superadmin, 'vip_business_staff') }, { token: superadmin.token });
    expect(added.errors).toBeUndefined();

    const uploaded = await uploadScanned(server, staff.token, vipVehicle, pdfFile(), 'werkstatt.pdf');
    const id = uploaded.data.uploadDocument.id;
    const received = await server.app.services.orm.em.fork().findOneOrFail(AuditEvent, { targetId: id, action: 'UPLOAD_RECEIVED' });
    expect(received.scope).toBe('org');
    expect((await download(id, staff.token)).status).toBe(403);
    await server.gql(APPROVE, { id }, { token: admin.token });
    expect((await download(id, staff.token)).status).toBe(200);
    expect((await download(id, vip.token)).status).toBe(200);
    // Not the documents of anyone else's vehicle.
    const foreign = (await uploadScanned(server, owner.token, vehicleId, pdfFile(), 'fremd.pdf')).data.uploadDocument.id;
    await server.gql(APPROVE, { id: foreign }, { token: admin.token });
    expect((await download(foreign, staff.token)).status).toBe(403);
  });
});
