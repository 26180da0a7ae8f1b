// Several instances behind one database and one document store (issue 15, items 4 and 5): what one
// instance does is in force on the other at once, because everything shared lives in the database
// or the document store, never in a process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../server/audit/audit-event.entity.ts';
import { loadConfig } from '../server/config.ts';
import { Document } from '../server/documents/document.entity.ts';
import { documentRetentionJob } from '../server/documents/retention.ts';
import { pdfFile, scannedDocument, upload, uploadScanned } from '../server/documents/test-files.ts';
import { readPersistedManifest } from '../server/graphql/persisted-operations.ts';
import { LOGIN_REQUEST_MESSAGE } from '../server/identity/login.service.ts';
import type { App } from '../server/app.ts';
import { errorOf, signInAs, type TestServer } from './harness.ts';
import { startTwoInstances, type TwoInstances } from './two-instances.ts';
import { addEntry, createVehicle, insertDocument } from './vehicle-fixtures.ts';

let pair: TwoInstances;
beforeAll(async () => {
  pair = await startTwoInstances();
});
afterAll(async () => pair?.close());

const ME = '{ me { id } }';
const auditCount = (server: TestServer, where: { action: string; targetId?: string; reason?: string }) => server.app.services.orm.em.fork().count(AuditEvent, where);

describe('rate limits shared by both instances', () => {
  const REQUEST = 'mutation($email: String!) { requestLoginCode(email: $email) { challengeId message devCode } }';
  // The limit as shipped (the harness raises it for other tests).
  const { limit } = loadConfig({ LTC_ENV: 'test', LTC_SECRET_KEY: 'k'.repeat(32) }).rateLimits.challengePerIp;

  it(`refuses the ${limit + 1}th code request from one address whichever instance answers, with the same answer`, async () => {
    const limited = await startTwoInstances({ LTC_RATE_CHALLENGE_IP_LIMIT: String(limit) });
    try {
      const emails = Array.from({ length: limit + 2 }, (_, index) => `limit-${process.pid}-${index}@example.org`);
      const answers = [];
      // Alternating: each instance alone sees only half the requests, well within the limit.
      for (const [index, email] of emails.entries()) answers.push(await (index % 2 === 0 ? limited.a : limited.b).gql(REQUEST, { email }));
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.errors).toBeUndefined();
        expect(Object.keys(answer.data.requestLoginCode).sort()).toEqual(['challengeId', 'devCode', 'message']);
        expect(answer.data.requestLoginCode.message).toBe(LOGIN_REQUEST_MESSAGE);
      }
      // The refused requests (one on each instance) sent no mail; the denials are audited.
      const mails = limited.outbox();
      expect(emails.map((email) => mails.filter((mail) => mail.to === email).length)).toEqual([...Array(limit).fill(1), 0, 0]);
      expect(await auditCount(limited.a, { action: 'AUTH_CHALLENGE_FAILED', reason: 'rate_limited' })).toBe(2);
    } finally {
      await limited.close();
    }
  });
});

describe('sessions across instances', () => {
  it('a session from A works on B at once; logout on B ends it on A at once', async () => {
    const { token, userId } = await signInAs(pair.a, 'user');
    expect((await pair.b.gql(ME, {}, { token })).data.me.id).toBe(userId);
    expect((await pair.a.gql(ME, {}, { token })).data.me.id).toBe(userId);
    expect((await pair.b.gql('mutation { logout }', {}, { token })).data.logout).toBe(true);
    expect(errorOf(await pair.a.gql(ME, {}, { token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await pair.b.gql(ME, {}, { token }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });
});

describe('the cached public page across instances', () => {
  const PUBLIC = 'query($token: String!) { publicVehicle(token: $token) { light accidentStatusLabel } }';
  const ENABLE = 'mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }';
  const SET_ACCIDENT = 'mutation($id: ID!, $status: AccidentStatus!) { updateVehicle(id: $id, input: { accidentStatus: $status }) { id } }';
  // Exactly what the web app sends for /q/<token>: a GET with the persisted hash, answered by the
  // edge cache (server/sharing/public-page-edge-cache.ts) while its entry is current.
  const [hash] = Object.entries(readPersistedManifest()).find(([, text]) => text.startsWith('query PublicVehicle('))!;
  const webPage = async (server: TestServer, token: string) => {
    const search = new URLSearchParams({ operationName: 'PublicVehicle', variables: JSON.stringify({ token }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
    const response = await fetch(`${server.url}/graphql?${search}`, { headers: { accept: 'application/graphql-response+json, application/json', 'x-ltc-csrf': '1' } });
    return (await response.json()).data.publicVehicle as { light: string; accidentStatusLabel: string };
  };
  const graphqlPage = async (server: TestServer, token: string) => (await server.gql(PUBLIC, { token })).data.publicVehicle as { light: string; accidentStatusLabel: string };
  /** How this instance answered public page requests so far: from the edge cache, the resolver's cache, or fresh. */
  const answeredBy = async (server: TestServer) => {
    const { values } = await server.app.services.metrics.publicPageCache.get();
    const count = (result: string, by: string) => values.find((value) => value.labels.result === result && value.labels.answered_by === by)?.value ?? 0;
    return { shortcut: count('hit', 'shortcut'), resolverHit: count('hit', 'resolver'), fresh: count('miss', 'resolver') };
  };

  it('a change through A ends the page B has cached at once, on the web app’s request and on GraphQL', async () => {
    const { a, b } = pair;
    const owner = await signInAs(a, 'user');
    const { id } = await createVehicle(a, owner.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true });
    await addEntry(a, owner.token, id, { documentIds: [await insertDocument(a, id, owner.userId)] });
    const token = (await a.gql(ENABLE, { id }, { token: owner.token })).data.enablePublicShare.url.split('/q/')[1] as string;
    const green = { light: 'gruen', accidentStatusLabel: 'Unfallfrei' };
    const orange = { light: 'orange', accidentStatusLabel: 'Unbekannt' };

    // Both instances fill their caches and answer from them.
    for (const server of [a, b]) {
      expect(await webPage(server, token)).toMatchObject(green);
      const before = await answeredBy(server);
      expect(await webPage(server, token)).toMatchObject(green);
      expect(await graphqlPage(server, token)).toEqual(green);
      expect(await answeredBy(server)).toEqual({ ...before, shortcut: before.shortcut + 1, resolverHit: before.resolverHit + 1 });
    }

    // A change through A: B's next web request is answered fresh, with the new light.
    await a.gql(SET_ACCIDENT, { id, status: 'unbekannt' }, { token: owner.token });
    let before = await answeredBy(b);
    expect(await webPage(b, token)).toMatchObject(orange);
    expect(await answeredBy(b)).toEqual({ ...before, fresh: before.fresh + 1 });

    // And back through A: B's next GraphQL query is answered fresh too.
    await a.gql(SET_ACCIDENT, { id, status: 'unfallfrei' }, { token: owner.token });
    before = await answeredBy(b);
    expect(await graphqlPage(b, token)).toEqual(green);
    expect(await answeredBy(b)).toEqual({ ...before, fresh: before.fresh + 1 });
    expect(await webPage(a, token)).toMatchObject(green);
  });
});

describe('trust summaries cached per instance', () => {
  const TRUST = 'query($id: ID!) { vehicle(id: $id) { trustSummary { light reasons { code } } } }';
  const summary = async (server: TestServer, token: string, id: string) => (await server.gql(TRUST, { id }, { token })).data.vehicle.trustSummary;

  it('a new entry or document decision through A changes the summary B has cached at once', async () => {
    const { a, b } = pair;
    const owner = await signInAs(a, 'user');
    const { id } = await createVehicle(a, owner.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true });
    const empty = await summary(b, owner.token, id);
    expect(empty.reasons.map((reason: { code: string }) => reason.code)).toContain('public_evidence_incomplete');
    expect(await summary(b, owner.token, id)).toEqual(empty);

    const documentId = await insertDocument(a, id, owner.userId, { approvalStatus: 'QUARANTINED' });
    await addEntry(a, owner.token, id, { documentIds: [documentId] });
    const waiting = await summary(b, owner.token, id);
    expect(waiting.reasons.map((reason: { code: string }) => reason.code)).toEqual(expect.arrayContaining(['document_quarantined_not_approved']));
    expect(waiting.reasons.map((reason: { code: string }) => reason.code)).not.toContain('public_evidence_incomplete');

    // Approved by another writer (the review flow on A): B answers green at once.
    await a.app.services.orm.em.fork().nativeUpdate(Document, { id: documentId }, { approvalStatus: 'APPROVED' });
    expect(await summary(b, owner.token, id)).toEqual({ light: 'gruen', reasons: [] });
  });
});

describe('transfers across instances', () => {
  const CREATE = 'mutation($v: ID!) { createTransfer(vehicleId: $v) { token transfer { id } } }';
  const REDEEM = 'mutation($token: String!) { redeemTransfer(token: $token) { id state } }';

  it('of two concurrent redeems of one token, one through A and one through B, exactly one wins', async () => {
    const { a, b } = pair;
    const seller = await signInAs(a, 'user');
    const { id: vehicleId } = await createVehicle(a, seller.token);
    const created = (await a.gql(CREATE, { v: vehicleId }, { token: seller.token })).data.createTransfer;
    const buyers = [await signInAs(a, 'user'), await signInAs(b, 'user')];
    const results = await Promise.all([a.gql(REDEEM, { token: created.token }, { token: buyers[0]!.token }), b.gql(REDEEM, { token: created.token }, { token: buyers[1]!.token })]);
    const winners = results.filter((result) => result.data?.redeemTransfer?.state === 'redeemed');
    expect(winners).toHaveLength(1);
    const loser = results.find((result) => result !== winners[0])!;
    expect(errorOf(loser)).toEqual({ code: 'CONFLICT', reason: 'transfer_not_redeemable' });
    const winner = buyers[results.indexOf(winners[0]!)]!;
    // The winner owns the vehicle, seen from either instance; the seller lost it on both.
    for (const server of [a, b]) {
      expect((await server.gql('query($id: ID!) { vehicle(id: $id) { id } }', { id: vehicleId }, { token: winner.token })).data.vehicle.id).toBe(vehicleId);
      expect(errorOf(await server.gql('query($id: ID!) { vehicle(id: $id) { id } }', { id: vehicleId }, { token: seller.token })).code).toBe('FORBIDDEN');
    }
    expect(await auditCount(a, { action: 'HANDOVER_COMPLETED', targetId: created.transfer.id })).toBe(1);
  });
});

describe('documents across instances', () => {
  it('a document uploaded through A is downloaded through B, the same bytes', async () => {
    const { a, b } = pair;
    const owner = await signInAs(a, 'user');
    const admin = await signInAs(b, 'admin');
    const { id: vehicleId } = await createVehicle(a, owner.token);
    const pdf = pdfFile('Inspektion über zwei Instanzen');
    const { id } = (await uploadScanned(a, owner.token, vehicleId, pdf, 'inspektion.pdf')).data.uploadDocument;
    expect((await b.gql('mutation($id: ID!) { approveDocument(id: $id) { approvalStatus } }', { id }, { token: admin.token })).data.approveDocument.approvalStatus).toBe('APPROVED');
    const download = await fetch(`${b.url}/documents/${id}/download`, { headers: { authorization: `Bearer ${owner.token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
  });
});

describe('scheduled jobs across instances', () => {
  /** This instance's runs of a job by result, from its metrics (`ltc_job_runs_total`). */
  const runsOf = async (app: App, job: string) => {
    const { values } = await app.services.metrics.registry.getSingleMetric('ltc_job_runs_total')!.get();
    const count = (result: string) => values.find((value) => value.labels.job === job && value.labels.result === result)?.value ?? 0;
    return { success: count('success'), skipped: count('skipped'), failure: count('failure') };
  };

  it('two instances started at once run the retention sweep once, and scan an upload once', async () => {
    const fresh = await startTwoInstances();
    try {
      const apps = [fresh.a.app, fresh.b.app];
      // Each instance ticks the sweep as it starts: one runs it, the other finds it taken or done.
      const total = async () => (await Promise.all(apps.map((app) => runsOf(app, 'document_retention')))).reduce((sum, runs) => ({ success: sum.success + runs.success, skipped: sum.skipped + runs.skipped, failure: sum.failure + runs.failure }));
      const ticks = async () => Object.values(await total()).reduce((sum, count) => sum + count, 0);
      await expect.poll(ticks, { timeout: 15_000 }).toBe(2);
      expect(await total()).toEqual({ success: 1, skipped: 1, failure: 0 });
      // Not due again within the period, on either instance.
      expect(await Promise.all(apps.map((app) => app.services.jobs.runIfDue(documentRetentionJob(app.services))))).toEqual([false, false]);

      // An upload through A while B looks at the queue too: one verdict, recorded once.
      const owner = await signInAs(fresh.a, 'user');
      const { id: vehicleId } = await createVehicle(fresh.a, owner.token);
      const uploaded = (await upload(fresh.a, owner.token, vehicleId, pdfFile(), 'rechnung.pdf')).data.uploadDocument;
      fresh.b.app.services.documentScans.wake();
      expect((await scannedDocument(fresh.a, owner.token, vehicleId, uploaded.id)).scanStatus).toBe('CLEAN');
      // Passes still in progress on either instance finish before counting.
      await Promise.all(apps.map((app) => app.services.documentScans.stop()));
      expect(await auditCount(fresh.a, { action: 'UPLOAD_SCANNED_CLEAN', targetId: uploaded.id })).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
