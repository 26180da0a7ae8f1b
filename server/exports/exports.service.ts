import type { EntityManager } from '@mikro-orm/sql';
import { exportedChain } from '../chain/chain.service.ts';
import { Consent } from '../consent/consent.entity.ts';
import { randomToken } from '../crypto/keyring.ts';
import { newId } from '../db/ids.ts';
import { Document, isValidEvidence } from '../documents/document.entity.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { badInput, DomainError, forbidden, notFound } from '../errors.ts';
import { User } from '../identity/user.entity.ts';
import { DefectCase, InspectionEvent } from '../inspections/inspection.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { consumeStepUp } from '../step-up/step-up.service.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { workshopSessionsForExport } from '../workshop/workshop.service.ts';
import { ExportGrant, type ExportTargetType } from './export-grant.entity.ts';

export const GRANT_TTL = { min: 30, max: 3600, default: 300 };
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The redacted form of a vehicle: the VIN only as its HMAC, no nickname, notes, withdrawal
 * reasons, filenames or people; documents only as references to valid evidence.
 */
async function redactedVehicle(em: EntityManager, vehicle: Vehicle) {
  const entryRepository = em.getRepository(ServiceEntry);
  // Oldest work first: the latest versions come newest work first.
  const entries = (await entryRepository.latestOfVehicles([vehicle.id])).reverse();
  // Valid evidence only (SPEC §6).
  const documents = (await em.getRepository(Document).allOfVehicle(vehicle.id)).filter(isValidEvidence);
  const evidenceIds = new Set(documents.map((doc) => doc.id));
  const links = entries.length ? await entryRepository.linksOf(entries.map((entry) => entry.id)) : [];
  return {
    vehicle: {
      id: vehicle.id,
      vinHmac: vehicle.vinHmac,
      make: vehicle.make,
      model: vehicle.model,
      buildYear: vehicle.buildYear ?? null,
      vehicleClass: vehicle.vehicleClass ?? null,
      accidentStatus: vehicle.accidentStatus,
      accidentTrustCompleted: vehicle.accidentTrustCompleted,
      physicalServiceBook: vehicle.physicalServiceBook,
      createdAt: vehicle.createdAt,
    },
    entries: entries.map((entry) => ({
      id: entry.id,
      groupId: entry.groupId,
      version: entry.version,
      date: entry.date,
      type: entry.type,
      performedBy: entry.performedBy,
      odometerKm: entry.odometerKm,
      odometerReplaced: entry.odometerReplaced ?? false,
      costCents: entry.costCents ?? null,
      declaredTrustLevel: entry.declaredTrustLevel ?? null,
      withdrawn: entry.withdrawn,
      createdAt: entry.createdAt,
      documentIds: links.filter((link) => link.entry === entry.id && evidenceIds.has(link.document)).map((link) => link.document),
    })),
    documents: documents.map((doc) => ({ id: doc.id, contentType: doc.contentType, sizeBytes: doc.sizeBytes, sha256: doc.sha256, approvalStatus: doc.approvalStatus, createdAt: doc.createdAt })),
    ...(await redactedInspections(em, vehicle.id, evidenceIds)),
    // The hash chain with what recomputes it (`npm run verify:export`, docs/VERIFICATION.md).
    chain: await exportedChain(em, vehicle.id),
  };
}

/**
 * Inspections, defect cases and remediations without free text (titles, summaries, details are
 * typed by people and may name them: docs/DECISIONS.md); documents only as valid evidence.
 */
async function redactedInspections(em: EntityManager, vehicleId: string, evidenceIds: ReadonlySet<string>) {
  const { inspections, inspectionLinks, cases, remediations, remediationLinks } = await inspectionRecords(em, vehicleId);
  const evidenceOf = (links: { document: string }[]) => links.map((link) => link.document).filter((id) => evidenceIds.has(id));
  return {
    inspections: inspections.map((inspection) => ({
      id: inspection.id,
      source: inspection.source,
      result: inspection.result,
      occurredAt: inspection.occurredAt,
      odometerKm: inspection.odometerKm ?? null,
      createdAt: inspection.createdAt,
      documentIds: evidenceOf(inspectionLinks.filter((link) => link.inspection === inspection.id)),
    })),
    defectCases: cases.map((defectCase) => ({
      id: defectCase.id,
      inspectionId: defectCase.inspection,
      status: defectCase.status,
      openedAt: defectCase.openedAt,
      closedAt: defectCase.closedAt ?? null,
    })),
    remediations: remediations.map((remediation) => ({
      id: remediation.id,
      defectCaseId: remediation.defectCase,
      result: remediation.result,
      occurredAt: remediation.occurredAt,
      odometerKm: remediation.odometerKm ?? null,
      createdAt: remediation.createdAt,
      documentIds: evidenceOf(remediationLinks.filter((link) => link.remediation === remediation.id)),
    })),
  };
}

/** Every inspection, case and remediation of a vehicle with their document links, oldest first. */
async function inspectionRecords(em: EntityManager, vehicleId: string) {
  const inspectionRepository = em.getRepository(InspectionEvent);
  const caseRepository = em.getRepository(DefectCase);
  return {
    inspections: await inspectionRepository.allOfVehicle(vehicleId),
    inspectionLinks: await inspectionRepository.linksOfVehicle(vehicleId),
    cases: await caseRepository.allOfVehicle(vehicleId),
    remediations: await caseRepository.remediationsOfVehicle(vehicleId),
    remediationLinks: await caseRepository.remediationLinksOfVehicle(vehicleId),
  };
}

/** An account's consents (oldest first) and vehicles (oldest first), for both account exports. */
async function accountLists(em: EntityManager, userId: string): Promise<{ consents: Consent[]; vehicles: Vehicle[] }> {
  const consents = (await em.getRepository(Consent).ofUser(userId)).reverse();
  return { consents, vehicles: await em.getRepository(Vehicle).allOfOwner(userId) };
}

export async function redactedVehicleExport(scope: RequestScope, vehicleId: string): Promise<string> {
  const { em } = scope;
  const vehicle = await em.getRepository(Vehicle).byId(vehicleId);
  if (!vehicle) throw notFound('vehicle_not_found');
  const payload = { redacted: true, formatVersion: EXPORT_FORMAT_VERSION, kind: 'vehicle', exportedAt: new Date(), ...(await redactedVehicle(em, vehicle)) };
  await scope.audit({
    action: 'EXPORT_REDACTED_SERVED',
    targetType: 'vehicle',
    targetId: vehicleId,
    scope: vehicle.owner === actorOf(scope).userId ? 'own' : undefined,
    metadata: { kind: 'vehicle', count: payload.entries.length },
  });
  return JSON.stringify(payload);
}

/** The redacted form of an account: no email (not even masked), only ids, role, dates and consents. */
export async function redactedAccountExport(scope: RequestScope, userId: string): Promise<string> {
  const { em } = scope;
  const user = await em.getRepository(User).byId(userId);
  if (!user) throw notFound('user_not_found');
  const { consents, vehicles } = await accountLists(em, userId);
  const payload = {
    redacted: true,
    formatVersion: EXPORT_FORMAT_VERSION,
    kind: 'account',
    exportedAt: new Date(),
    account: { id: user.id, role: user.role, createdAt: user.createdAt, lastLoginAt: user.lastLoginAt ?? null },
    consents: consents.map((consent) => ({ document: consent.document, version: consent.version, acceptedAt: consent.acceptedAt, source: consent.source })),
    vehicles: vehicles.map((vehicle) => ({ id: vehicle.id, vinHmac: vehicle.vinHmac, make: vehicle.make, model: vehicle.model, buildYear: vehicle.buildYear ?? null })),
    workshopSessions: await workshopSessionsForExport(em, userId, { redacted: true }),
  };
  await scope.audit({
    action: 'EXPORT_REDACTED_SERVED',
    targetType: 'user',
    targetId: userId,
    scope: userId === actorOf(scope).userId ? 'own' : undefined,
    metadata: { kind: 'account', count: vehicles.length },
  });
  return JSON.stringify(payload);
}

const auditDenied = (scope: RequestScope, error: DomainError, targetType?: string, targetId?: string) =>
  scope.audit({ action: 'EXPORT_DENIED', result: 'denied', reason: error.reason, targetType, targetId });

export interface IssuedGrant {
  grant: ExportGrant;
  /** The secret, shown this once. */
  token: string;
}

/**
 * Issues a full-export grant for one target, spending a step-up token of scope `export_full` in
 * the same transaction. The target need not exist: looking it up here would be an existence oracle.
 */
export async function issueFullExportGrant(
  scope: RequestScope,
  target: { type: ExportTargetType; id: string; ttlSeconds?: number | null; stepUpToken?: string | null },
): Promise<IssuedGrant> {
  const { services, em } = scope;
  const ttlSeconds = target.ttlSeconds ?? GRANT_TTL.default;
  const token = randomToken();
  try {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds < GRANT_TTL.min || ttlSeconds > GRANT_TTL.max) {
      throw badInput('invalid_ttl', `ttlSeconds: ${GRANT_TTL.min} to ${GRANT_TTL.max}`);
    }
    const grant = await em.transactional(async (tem) => {
      await consumeStepUp(scope, tem, target.stepUpToken, 'export_full');
      const grant = tem.create(ExportGrant, {
        id: newId(),
        tokenHmac: services.keyring.hmac('export-token', token),
        targetType: target.type,
        targetId: target.id,
        grantedTo: actorOf(scope).userId,
        ttlSeconds,
        expiresAt: new Date(Date.now() + ttlSeconds * 1000),
      });
      await tem.flush();
      await scope.audit({ action: 'EXPORT_GRANT_ISSUED', targetType: target.type, targetId: target.id, metadata: { grantId: grant.id, ttlSeconds, expiresAt: grant.expiresAt } }, tem);
      return grant;
    });
    return { grant, token };
  } catch (error) {
    if (error instanceof DomainError) await auditDenied(scope, error, target.type, target.id);
    throw error;
  }
}

export interface EncryptedExport {
  targetType: ExportTargetType;
  targetId: string;
  algorithm: 'AES-256-GCM';
  /** Keyring ciphertext "v<key version>.<nonce>.<ciphertext>.<tag>" (base64url parts). */
  payload: string;
}

/**
 * Delivers a full export (SPEC §10). The grant is consumed first, in one conditional update, before
 * the target is looked up: a used token stays used even if the target turns out missing. The
 * token must be the actor's own, unexpired, unused, and bound to exactly this target.
 */
export async function deliverFullExport(
  scope: RequestScope,
  request: { token?: string | null; type: ExportTargetType; id: string },
): Promise<EncryptedExport> {
  const { services, em } = scope;
  const fail = async (error: DomainError): Promise<never> => {
    await auditDenied(scope, error, request.type, request.id);
    throw error;
  };
  if (!request.token) return fail(badInput('missing_export_token', 'An export token is required'));
  const now = new Date();
  const tokenHmacs = services.keyring.hmacCandidates('export-token', request.token);
  const grants = em.getRepository(ExportGrant);
  if (!(await grants.claim(tokenHmacs, actorOf(scope).userId, now))) return fail(forbidden('export_token_invalid'));
  const grant = (await grants.byTokenHmac(tokenHmacs))!;
  if (grant.targetType !== request.type || grant.targetId !== request.id) return fail(forbidden('export_token_invalid'));

  const record = request.type === 'vehicle' ? await fullVehicleRecord(scope, request.id) : await fullAccountRecord(scope, request.id);
  if (!record) return fail(notFound(request.type === 'vehicle' ? 'vehicle_not_found' : 'user_not_found'));
  const payload = services.keyring.encrypt('export-encryption', JSON.stringify({ redacted: false, formatVersion: EXPORT_FORMAT_VERSION, kind: request.type, exportedAt: now, ...record }));
  await scope.audit({ action: 'EXPORT_FULL_SERVED', targetType: request.type, targetId: request.id, metadata: { grantId: grant.id } });
  return { targetType: request.type, targetId: request.id, algorithm: 'AES-256-GCM', payload };
}

/** Everything about a vehicle, VIN and notes included: only ever leaves the server encrypted. */
async function fullVehicleRecord(scope: RequestScope, vehicleId: string) {
  const { services, em } = scope;
  const vehicle = await em.getRepository(Vehicle).byId(vehicleId);
  if (!vehicle) return null;
  const { vinEncrypted, ...vehicleFields } = vehicle;
  // The owner exists: a foreign key.
  const owner = (await em.getRepository(User).byId(vehicle.owner))!;
  const entryRepository = em.getRepository(ServiceEntry);
  const entries = await entryRepository.allVersionsOfVehicle(vehicleId);
  const documents = await em.getRepository(Document).allOfVehicle(vehicleId);
  const links = entries.length ? await entryRepository.linksOf(entries.map((entry) => entry.id)) : [];
  return {
    vehicle: { ...vehicleFields, vin: services.keyring.decrypt('vin-encryption', vinEncrypted) },
    owner: { id: owner.id, role: owner.role, email: services.keyring.decrypt('email-encryption', owner.emailEncrypted) },
    entries: entries.map((entry) => ({ ...entry, documentIds: links.filter((link) => link.entry === entry.id).map((link) => link.document) })),
    documents: documents.map(({ storageKey: _storageKey, ...doc }) => doc),
    ...(await fullInspections(em, vehicleId)),
    chain: await exportedChain(em, vehicleId),
  };
}

async function fullAccountRecord(scope: RequestScope, userId: string) {
  const { services, em } = scope;
  const user = await em.getRepository(User).byId(userId);
  if (!user) return null;
  const { emailEncrypted, emailHmac: _emailHmac, ...userFields } = user;
  const { consents, vehicles } = await accountLists(em, userId);
  return {
    account: { ...userFields, email: services.keyring.decrypt('email-encryption', emailEncrypted) },
    consents,
    vehicles: vehicles.map(({ vinEncrypted, ...vehicle }) => ({ ...vehicle, vin: services.keyring.decrypt('vin-encryption', vinEncrypted) })),
    workshopSessions: await workshopSessionsForExport(em, userId, { redacted: false }),
  };
}

/** Inspections, cases and remediations with every field and all their document links. */
async function fullInspections(em: EntityManager, vehicleId: string) {
  const { inspections, inspectionLinks, cases, remediations, remediationLinks } = await inspectionRecords(em, vehicleId);
  return {
    inspections: inspections.map((inspection) => ({ ...inspection, documentIds: inspectionLinks.filter((link) => link.inspection === inspection.id).map((link) => link.document) })),
    defectCases: cases.map((defectCase) => ({ ...defectCase })),
    remediations: remediations.map((remediation) => ({ ...remediation, documentIds: remediationLinks.filter((link) => link.remediation === remediation.id).map((link) => link.document) })),
  };
}
