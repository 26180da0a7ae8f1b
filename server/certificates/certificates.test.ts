import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, fakeVin, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { vehicleChainHead } from '../chain/chain.service.ts';
import { Document } from '../documents/document.entity.ts';
import { schema } from '../schema.ts';
import { Certificate } from './certificate.entity.ts';
import { canonicalJson, type ChainValue } from '../chain/chain-hash.ts';
import { verifyPayload, type CertificatePublicJwk } from './certificate-signing.ts';
import { certificateState, type CertificatePayload } from './certificates.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_PUBLIC_BASE_URL: 'https://heft.example.org' });
});
afterAll(async () => server?.close());

const FIELDS = 'id vehicleId state issuedAt validUntil revokedAt chainFingerprint entryCount checkUrl signedPayload signature keyId';
const GENERATE = `mutation($id: ID!) { generateCertificate(vehicleId: $id) { ${FIELDS} } }`;
const REVOKE = `mutation($id: String!) { revokeCertificate(id: $id) { ${FIELDS} } }`;
const LIST = 'query($id: ID!) { vehicle(id: $id) { certificates { id state revokedAt } } }';
const PDF = 'query($id: ID!) { vehicle(id: $id) { certificates { id pdfBase64 } } }';
const PUBLIC_FIELDS = ['state', 'chainFingerprint', 'make', 'model', 'issuedAt'];
const PUBLIC = `query($id: String!) { publicCertificate(id: $id) { ${PUBLIC_FIELDS.join(' ')} } }`;
const DAY_MS = 86_400_000;

const em = () => server.app.services.orm.em.fork();

/** A vehicle with two entries, one of them with valid evidence. */
async function vehicleWithHistory(target = server) {
  const owner = await signInAs(target, 'user');
  const vin = fakeVin();
  const { id } = await createVehicle(target, owner.token, { vin, make: 'Mercedes-Benz', model: 'W123 „Strich-Acht“', buildYear: 1981, physicalServiceBook: true });
  const documentId = await insertDocument(target, id, owner.userId);
  await addEntry(target, owner.token, id, { date: '2024-04-02', odometerKm: 180_000, documentIds: [documentId] });
  await addEntry(target, owner.token, id, { date: '2025-05-06', odometerKm: 192_500, type: 'repair' });
  return { owner, vehicleId: id, vin, documentId };
}

async function generate(token: string, vehicleId: string, target = server) {
  const answer = await target.gql(GENERATE, { id: vehicleId }, { token });
  expect(answer.errors).toBeUndefined();
  return answer.data.generateCertificate;
}

describe('certificates (SPEC §22)', () => {
  it('the owner generates a certificate: signed snapshot with masked VIN, entries, evidence hashes and the chain fingerprint; verifiable with the published key', async () => {
    const { owner, vehicleId, vin, documentId } = await vehicleWithHistory();
    const certificate = await generate(owner.token, vehicleId);

    expect(certificate.state).toBe('gueltig');
    expect(certificate.id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(certificate.checkUrl).toBe(`https://heft.example.org/v/${certificate.id}`);
    expect(new Date(certificate.validUntil).getTime() - new Date(certificate.issuedAt).getTime()).toBe(90 * DAY_MS);
    expect(certificate.chainFingerprint).toBe(await vehicleChainHead(em(), vehicleId));
    expect(certificate.entryCount).toBe(2);

    const payload = JSON.parse(certificate.signedPayload) as CertificatePayload;
    expect(canonicalJson(payload as unknown as ChainValue)).toBe(certificate.signedPayload);
    expect(payload.certificateId).toBe(certificate.id);
    expect(payload.vehicle).toEqual({ make: 'Mercedes-Benz', model: 'W123 „Strich-Acht“', buildYear: 1981, vinMasked: `${vin.slice(0, 3)}***${vin.slice(-4)}` });
    expect(certificate.signedPayload).not.toContain(vin);
    expect(payload.trust.disclaimer).toMatch(/keine Aussage über den technischen Zustand/);
    const { sha256 } = await em().findOneOrFail(Document, { id: documentId });
    expect(payload.entries).toEqual([
      { date: '2024-04-02', odometerKm: 180_000, type: 'service', performedBy: 'Fachwerkstatt', effectiveLevel: 'T3', evidenceSha256: [sha256] },
      expect.objectContaining({ date: '2025-05-06', odometerKm: 192_500, type: 'repair', effectiveLevel: 'T2', evidenceSha256: [] }),
    ]);
    expect(payload.chainFingerprint).toBe(certificate.chainFingerprint);

    // The published key verifies the signature; any change to the signed text breaks it.
    const response = await fetch(`${server.url}/.well-known/ltc-certificate-key`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/jwk-set+json');
    const { keys } = (await response.json()) as { keys: CertificatePublicJwk[] };
    const key = keys.find((candidate) => candidate.kid === certificate.keyId)!;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(Object.keys(key).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    expect(verifyPayload(key, certificate.signedPayload, certificate.signature)).toBe(true);
    const tampered = canonicalJson({ ...payload, entries: payload.entries.map((entry) => ({ ...entry, odometerKm: (entry.odometerKm ?? 0) - 50_000 })) } as unknown as ChainValue);
    expect(verifyPayload(key, tampered, certificate.signature)).toBe(false);

    // The PDF is a PDF, drawn from the signed record.
    const pdf = await server.gql(PDF, { id: vehicleId }, { token: owner.token });
    expect(pdf.errors).toBeUndefined();
    const bytes = Buffer.from(pdf.data.vehicle.certificates[0].pdfBase64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
  });

  it('after a secret rotation the old key stays published and the new certificates use the new one', async () => {
    const { owner, vehicleId } = await vehicleWithHistory();
    const before = await generate(owner.token, vehicleId);
    server = await server.restart({ LTC_SECRET_KEY: 'b'.repeat(64), LTC_SECRET_KEY_VERSION: '2', LTC_SECRET_KEY_V1: server.app.services.config.secretKey });
    const after = await generate(owner.token, vehicleId);
    expect(after.keyId).not.toBe(before.keyId);
    const { keys } = (await (await fetch(`${server.url}/.well-known/ltc-certificate-key`)).json()) as { keys: CertificatePublicJwk[] };
    expect(keys.map((key) => key.kid)).toEqual([after.keyId, before.keyId]);
    for (const certificate of [before, after]) {
      expect(verifyPayload(keys.find((key) => key.kid === certificate.keyId)!, certificate.signedPayload, certificate.signature)).toBe(true);
    }
  });

  it('states: a newer certificate replaces the older, revoked ones answer widerrufen, and after 90 days abgelaufen', async () => {
    const { owner, vehicleId } = await vehicleWithHistory();
    const first = await generate(owner.token, vehicleId);
    const second = await generate(owner.token, vehicleId);
    const publicState = async (id: string) => (await server.gql(PUBLIC, { id })).data.publicCertificate?.state;

    expect(await publicState(first.id)).toBe('ersetzt');
    expect(await publicState(second.id)).toBe('gueltig');
    const listed = await server.gql(LIST, { id: vehicleId }, { token: owner.token });
    expect(listed.data.vehicle.certificates.map((c: { id: string; state: string }) => [c.id, c.state])).toEqual([
      [second.id, 'gueltig'],
      [first.id, 'ersetzt'],
    ]);

    const revoked = await server.gql(REVOKE, { id: second.id }, { token: owner.token });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data.revokeCertificate.state).toBe('widerrufen');
    expect(revoked.data.revokeCertificate.revokedAt).not.toBeNull();
    expect(await publicState(second.id)).toBe('widerrufen');
    // The older one stays replaced: a buyer is sent to the newest.
    expect(await publicState(first.id)).toBe('ersetzt');
    expect(errorOf(await server.gql(REVOKE, { id: second.id }, { token: owner.token }))).toEqual({ code: 'CONFLICT', reason: 'certificate_already_revoked' });

    // 90 days on (the validity moved into the past: a fixture of time, not of the API).
    const third = await generate(owner.token, vehicleId);
    await em().nativeUpdate(Certificate, { id: third.id }, { issuedAt: new Date(Date.now() - 91 * DAY_MS), validUntil: new Date(Date.now() - DAY_MS) });
    expect(await publicState(third.id)).toBe('abgelaufen');
  });

  it('the state rule with an injected clock: valid until the last moment, then expired; revocation and replacement win', () => {
    const issuedAt = new Date('2026-01-10T12:00:00Z');
    const validUntil = new Date(issuedAt.getTime() + 90 * DAY_MS);
    const certificate = { sequence: 1, revokedAt: null, validUntil };
    expect(certificateState(certificate, 1, new Date(validUntil.getTime() - 1))).toBe('gueltig');
    expect(certificateState(certificate, 1, validUntil)).toBe('abgelaufen');
    expect(certificateState(certificate, 2, new Date(issuedAt.getTime() + DAY_MS))).toBe('ersetzt');
    expect(certificateState({ ...certificate, revokedAt: issuedAt }, 2, new Date(validUntil.getTime() + DAY_MS))).toBe('widerrufen');
  });

  it('the public check shows only state, fingerprint, make, model and issue date; unknown and malformed ids are "not available" alike', async () => {
    const type = schema.getType('PublicCertificate');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual([...PUBLIC_FIELDS].sort());

    const { owner, vehicleId } = await vehicleWithHistory();
    const certificate = await generate(owner.token, vehicleId);
    const answer = await server.gql(PUBLIC, { id: certificate.id });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.publicCertificate).toEqual({ state: 'gueltig', chainFingerprint: certificate.chainFingerprint, make: 'Mercedes-Benz', model: 'W123 „Strich-Acht“', issuedAt: certificate.issuedAt });

    for (const id of ['A'.repeat(24), 'kurz', `${certificate.id}x`, '../../etc']) {
      const unknown = await server.gql(PUBLIC, { id });
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data.publicCertificate).toBeNull();
    }
  });

  it('others are refused: a stranger can neither generate, list nor revoke; a vehicle without history gets none', async () => {
    const { owner, vehicleId } = await vehicleWithHistory();
    const certificate = await generate(owner.token, vehicleId);
    const stranger = await signInAs(server, 'user');

    expect(errorOf(await server.gql(GENERATE, { id: vehicleId }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(GENERATE, { id: vehicleId })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await server.gql(LIST, { id: vehicleId }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(REVOKE, { id: certificate.id }, { token: stranger.token })).code).toBe('FORBIDDEN');
    // An unknown id is refused exactly like a foreign one.
    expect(errorOf(await server.gql(REVOKE, { id: 'B'.repeat(24) }, { token: stranger.token })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(REVOKE, { id: certificate.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await server.gql(PUBLIC, { id: certificate.id })).data.publicCertificate.state).toBe('gueltig');

    const empty = await createVehicle(server, stranger.token, {});
    expect(errorOf(await server.gql(GENERATE, { id: empty.id }, { token: stranger.token }))).toEqual({ code: 'CONFLICT', reason: 'certificate_needs_history' });
  });

  it('issuing and revoking are audited with the vehicle and the certificate number, never the VIN or the certificate id', async () => {
    const { owner, vehicleId, vin } = await vehicleWithHistory();
    const certificate = await generate(owner.token, vehicleId);
    await server.gql(REVOKE, { id: certificate.id }, { token: owner.token });
    const events = await em().find(AuditEvent, { action: { $in: ['CERTIFICATE_ISSUED', 'CERTIFICATE_REVOKED'] }, targetId: vehicleId }, { orderBy: { at: 'asc' } });
    expect(events.map((event) => [event.action, event.actorId, event.targetType, event.scope, event.metadata?.version])).toEqual([
      ['CERTIFICATE_ISSUED', owner.userId, 'vehicle', 'own', 1],
      ['CERTIFICATE_REVOKED', owner.userId, 'vehicle', 'own', 1],
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toContain(vin);
    expect(text).not.toContain(vin.slice(-4) + '"');
    expect(text).not.toContain(certificate.id);
  });
});

describe('certificate rate limits', () => {
  it('generation is limited per account, the public check per IP like the public page', async () => {
    const limited = await startServer({ LTC_RATE_CERTIFICATE_LIMIT: '2', LTC_RATE_PUBLIC_IP_LIMIT: '3' });
    try {
      const { owner, vehicleId } = await vehicleWithHistory(limited);
      const certificate = await generate(owner.token, vehicleId, limited);
      await generate(owner.token, vehicleId, limited);
      expect(errorOf(await limited.gql(GENERATE, { id: vehicleId }, { token: owner.token }))).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
      expect(await limited.app.services.orm.em.fork().count(Certificate, { vehicle: vehicleId })).toBe(2);

      for (let hit = 0; hit < 3; hit++) expect((await limited.gql(PUBLIC, { id: certificate.id })).data.publicCertificate.state).toBe('ersetzt');
      expect(errorOf(await limited.gql(PUBLIC, { id: certificate.id }))).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
    } finally {
      await limited.close();
    }
  });
});
