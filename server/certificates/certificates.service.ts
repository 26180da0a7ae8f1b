import { vehicleChainHead } from '../chain/chain.service.ts';
import { randomToken } from '../crypto/keyring.ts';
import { groupBy, LoaderKey } from '../db/loaders.ts';
import { isValidEvidence } from '../documents/document.entity.ts';
import { conflict, notFound, rateLimited } from '../errors.ts';
import { actorOf, createRequestScope, type RequestScope } from '../request-scope.ts';
import { trustInputFor } from '../trust/trust-inputs.ts';
import { effectiveLevel, trustSummary, type DocumentFacts } from '../trust/trust.ts';
import type { VehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { Certificate } from './certificate.entity.ts';
import { canonicalJson, type ChainValue } from '../chain/chain-hash.ts';
import { certificateSigningKey, signPayload } from './certificate-signing.ts';

/** SPEC §22: a certificate is valid for 90 days from its issue. */
export const CERTIFICATE_VALID_DAYS = 90;
const DAY_MS = 86_400_000;
/** 18 random bytes = 144 bits, 24 URL-safe characters: the public check URL cannot be guessed. */
const ID_BYTES = 18;
/** Anything else is not an id we issued: answered "not available" without a lookup. */
const ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;
export const CERTIFICATE_FORMAT = 'ltc-nachweis-zertifikat/1';

export const CERTIFICATE_STATES = ['gueltig', 'ersetzt', 'widerrufen', 'abgelaufen'] as const;
export type CertificateState = (typeof CERTIFICATE_STATES)[number];

/** One entry as the certificate shows it (the latest version; withdrawn entries are left out). */
export interface CertificateEntry {
  date: string;
  odometerKm: number | null;
  type: string;
  performedBy: string;
  effectiveLevel: string;
  /** SHA-256 (hex) of each linked valid evidence document, sorted. */
  evidenceSha256: string[];
}

/** Exactly what is signed (canonical JSON) and what the PDF shows. */
export interface CertificatePayload {
  format: typeof CERTIFICATE_FORMAT;
  certificateId: string;
  vehicle: { make: string; model: string; buildYear: number | null; vinMasked: string };
  trust: { light: string; hint: string; verificationLevel: string; historyStatus: string; evidenceStatus: string; accidentStatusLabel: string; disclaimer: string };
  entries: CertificateEntry[];
  chainFingerprint: string;
  issuedAt: string;
  validUntil: string;
  keyId: string;
}

/** What the public check `/v/<id>` may show (SPEC §22), nothing else. */
export interface PublicCertificateView {
  state: CertificateState;
  chainFingerprint: string;
  make: string;
  model: string;
  issuedAt: Date;
}

type StateFacts = Pick<Certificate, 'sequence' | 'revokedAt' | 'validUntil'>;

/**
 * The state of a certificate at `now`. A revocation is the owner's word and wins; a newer
 * certificate of the vehicle replaces it next (also when that one was revoked later: a buyer is
 * sent to the newest); otherwise it expires after its validity.
 */
export function certificateState(certificate: StateFacts, newestSequence: number, now: Date): CertificateState {
  if (certificate.revokedAt) return 'widerrufen';
  if (certificate.sequence < newestSequence) return 'ersetzt';
  if (certificate.validUntil.getTime() <= now.getTime()) return 'abgelaufen';
  return 'gueltig';
}

/** A certificate with its state, for the owner's list. */
export interface OwnCertificate {
  certificate: Certificate;
  state: CertificateState;
}

/**
 * Generates a certificate of the vehicle's history as it is now: the snapshot is built, signed
 * and stored with the next sequence number in one transaction, with the vehicle row locked, so
 * two at once are numbered one after the other (and the unique key refuses a clash anyway).
 * Rate-limited per account. Audited without the certificate's id (it is the public URL's secret).
 */
export async function generateCertificate(scope: RequestScope, access: VehicleAccess, vehicleId: string, now = new Date()): Promise<Certificate> {
  const { services } = scope;
  const actor = actorOf(scope);
  const allowed = await services.rateLimiter.hit('certificate_actor', actor.userId, services.config.rateLimits.certificatePerActor);
  if (!allowed) throw rateLimited();
  return scope.em.transactional(async (tem) => {
    const vehicle = await tem.getRepository(Vehicle).lockForUpdate(vehicleId);
    if (!vehicle) throw notFound('vehicle_not_found');
    const chainFingerprint = await vehicleChainHead(tem, vehicleId);
    if (!chainFingerprint) throw conflict('certificate_needs_history', 'The vehicle has no history to certify yet');
    const key = certificateSigningKey(services.keyring);
    const id = randomToken(ID_BYTES);
    const validUntil = new Date(now.getTime() + CERTIFICATE_VALID_DAYS * DAY_MS);
    // The snapshot is read in this transaction (its own loaders on `tem`): on SQLite the
    // transaction holds the one connection, and it must match the chain head read above.
    const inTransaction = createRequestScope(services, { requestId: scope.requestId, ip: scope.ip, actor: scope.actor }, tem);
    const payload = await certificatePayload(inTransaction, vehicle, { certificateId: id, chainFingerprint, issuedAt: now, validUntil, keyId: key.keyId });
    // RFC 8785 canonical JSON, as the hash chain uses: a verifier rebuilds the signed bytes from the parsed payload.
    const text = canonicalJson(payload as unknown as ChainValue);
    const sequence = (await tem.getRepository(Certificate).newestSequence(vehicleId)) + 1;
    const certificate = tem.create(Certificate, {
      id,
      vehicle: vehicleId,
      sequence,
      issuedBy: actor.userId,
      issuedAt: now,
      validUntil,
      revokedAt: null,
      make: vehicle.make,
      model: vehicle.model,
      chainFingerprint,
      payload: text,
      signature: signPayload(key, text),
      keyId: key.keyId,
    });
    await tem.flush();
    await scope.audit(
      { action: 'CERTIFICATE_ISSUED', targetType: 'vehicle', targetId: vehicleId, scope: auditScopeOf(access), metadata: { vehicleId, version: sequence, count: payload.entries.length, expiresAt: validUntil } },
      tem,
    );
    return certificate;
  });
}

/** The snapshot: vehicle facts, trust summary, the entries with their effective levels and evidence hashes. */
async function certificatePayload(
  scope: RequestScope,
  vehicle: Vehicle,
  facts: { certificateId: string; chainFingerprint: string; issuedAt: Date; validUntil: Date; keyId: string },
): Promise<CertificatePayload> {
  const input = await trustInputFor(scope, vehicle);
  const summary = trustSummary(input, { vip: false });
  const documents = new Map<string, DocumentFacts>(input.documents.map((doc) => [doc.id, doc]));
  const evidenceOf = (ids: readonly string[]) =>
    ids
      .map((id) => documents.get(id))
      .filter((doc): doc is DocumentFacts => doc !== undefined && isValidEvidence({ ...doc, deletedAt: doc.deletedAt ?? null }))
      .map((doc) => doc.sha256!)
      .sort();
  const entries = input.entries
    .filter((entry) => !entry.withdrawn)
    .map((entry) => ({
      date: entry.date ?? '',
      odometerKm: entry.odometerKm ?? null,
      type: entry.type ?? '',
      performedBy: entry.performedBy ?? '',
      effectiveLevel: effectiveLevel(entry, vehicle.physicalServiceBook, documents),
      evidenceSha256: evidenceOf(entry.linkedDocumentIds),
    }))
    // Oldest first, as a service book reads.
    .sort((a, b) => a.date.localeCompare(b.date) || (a.odometerKm ?? 0) - (b.odometerKm ?? 0));
  return {
    format: CERTIFICATE_FORMAT,
    certificateId: facts.certificateId,
    vehicle: { make: vehicle.make, model: vehicle.model, buildYear: vehicle.buildYear ?? null, vinMasked: vehicle.vinMasked },
    trust: {
      light: summary.light,
      hint: summary.hint,
      verificationLevel: summary.verificationLevel,
      historyStatus: summary.historyStatus,
      evidenceStatus: summary.evidenceStatus,
      accidentStatusLabel: summary.accidentStatusLabel,
      disclaimer: summary.disclaimer,
    },
    entries,
    chainFingerprint: facts.chainFingerprint,
    issuedAt: facts.issuedAt.toISOString(),
    validUntil: facts.validUntil.toISOString(),
    keyId: facts.keyId,
  };
}

const certificatesByVehicleLoader = new LoaderKey<string, Certificate[]>('certificates:byVehicle');

/** The vehicle's certificates with their states, newest first; one query for all vehicles of a request. */
export async function certificatesOfVehicle(scope: RequestScope, vehicleId: string, now = new Date()): Promise<OwnCertificate[]> {
  const certificates = await scope.loaders
    .get(certificatesByVehicleLoader, async (vehicleIds) => groupBy(vehicleIds, await scope.em.getRepository(Certificate).ofVehicles(vehicleIds), (row) => row.vehicle))
    .load(vehicleId);
  const newest = certificates[0]?.sequence ?? 0;
  return certificates.map((certificate) => ({ certificate, state: certificateState(certificate, newest, now) }));
}

/** A certificate and its state, or null when unknown. */
export async function certificateWithState(scope: RequestScope, id: string, now = new Date()): Promise<OwnCertificate | null> {
  if (!ID_PATTERN.test(id)) return null;
  const repository = scope.em.getRepository(Certificate);
  const certificate = await repository.byId(id);
  if (!certificate) return null;
  return { certificate, state: certificateState(certificate, await repository.newestSequence(certificate.vehicle), now) };
}

/** Revokes a certificate: from then on its public check answers `widerrufen`. */
export async function revokeCertificate(scope: RequestScope, access: VehicleAccess, certificate: Certificate, now = new Date()): Promise<Certificate> {
  return scope.em.transactional(async (tem) => {
    // Conditional on it not being revoked yet: the database decides, whatever ran before.
    if (!(await tem.getRepository(Certificate).revoke(certificate.id, now))) throw conflict('certificate_already_revoked', 'The certificate is already revoked');
    await scope.audit(
      { action: 'CERTIFICATE_REVOKED', targetType: 'vehicle', targetId: certificate.vehicle, scope: auditScopeOf(access), metadata: { vehicleId: certificate.vehicle, version: certificate.sequence } },
      tem,
    );
    certificate.revokedAt = now;
    return certificate;
  });
}

/**
 * The public check's answer for an id, or null ("not available") for unknown and malformed ids
 * alike, like the public page for unknown tokens.
 */
export async function publicCertificateView(scope: RequestScope, id: string, now = new Date()): Promise<PublicCertificateView | null> {
  const found = await certificateWithState(scope, id, now);
  if (!found) return null;
  const { certificate, state } = found;
  return { state, chainFingerprint: certificate.chainFingerprint, make: certificate.make, model: certificate.model, issuedAt: certificate.issuedAt };
}
