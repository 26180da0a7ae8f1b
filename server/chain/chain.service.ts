import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import type { DocumentStore } from '../documents/storage.ts';
import type { ServiceEntry } from '../entries/service-entry.entity.ts';
import type { DefectCase, InspectionEvent, Remediation } from '../inspections/inspection.entity.ts';
import type { RequestScope } from '../request-scope.ts';
import { vehicleAccess } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import {
  defectCaseRecord,
  entryDocumentRecord,
  entryVersionRecord,
  genesisHash,
  inspectionRecord,
  linkHash,
  remediationRecord,
  type ChainBreak,
  type ChainRecord,
  type ChainRecordType,
  type ExportedChainLink,
} from './chain-hash.ts';
import { ChainLink, documentsOf, type LinkedDocument } from './chain-link.entity.ts';

/** The vehicle's chain head (hex SHA-256) = fingerprint of its whole history; null without any link. */
export async function vehicleChainHead(em: EntityManager, vehicleId: string): Promise<string | null> {
  return (await em.getRepository(ChainLink).headOf(vehicleId))?.hash ?? null;
}

/** The vehicles whose rows each open transaction has locked (keyed by the ORM's transaction context). */
const lockedVehicles = new WeakMap<object, Set<string>>();

/**
 * Locks the vehicle's row until the caller's transaction ends (PostgreSQL; SQLite runs
 * transactions one after another), so two writes to one vehicle take turns reading the chain's
 * head. A write path calls it first, before it inserts rows that reference the vehicle: those take
 * a key-share lock on it, and two transactions that each hold one would wait for each other here.
 * A transaction that holds the lock already does not read the row again (a savepoint has its own
 * context, so a lock it took and rolled back is not remembered for the outer transaction).
 */
export async function lockVehicleChain(em: EntityManager, vehicleId: string): Promise<void> {
  const transaction = em.getTransactionContext();
  const locked = transaction && lockedVehicles.get(transaction);
  if (locked?.has(vehicleId)) return;
  await em.getRepository(Vehicle).lockRow(vehicleId);
  if (transaction) lockedVehicles.set(transaction, (locked ?? new Set()).add(vehicleId));
}

/**
 * Appends a link to the vehicle's chain in the caller's transaction, under the vehicle's lock
 * (taken here too, should the caller not have); the unique (vehicle, sequence) is the database's
 * last word should anything get past it.
 */
async function appendLink(em: EntityManager, vehicleId: string, recordType: ChainRecordType, recordId: string, record: ChainRecord, documentIds: readonly string[]): Promise<ChainLink> {
  await lockVehicleChain(em, vehicleId);
  const head = await em.getRepository(ChainLink).headOf(vehicleId);
  const documents = await documentsWithHashes(em, documentIds);
  const link = em.create(ChainLink, {
    vehicle: vehicleId,
    sequence: (head?.sequence ?? 0) + 1,
    recordType,
    recordId,
    documents: JSON.stringify(documents),
    hash: linkHash(head?.hash ?? genesisHash(vehicleId), record, documents.map((doc) => doc.sha256)),
  });
  await em.flush();
  return link;
}

/** The documents' recorded SHA-256s (computed from their bytes when stored), by id. */
async function documentsWithHashes(em: EntityManager, documentIds: readonly string[]): Promise<LinkedDocument[]> {
  const docs = await em.getRepository(ChainLink).documentsByIds(documentIds);
  return docs.map((doc) => ({ id: doc.id, sha256: doc.sha256 })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

export const chainEntryVersion = (em: EntityManager, entry: ServiceEntry, documentIds: readonly string[]) =>
  appendLink(em, entry.vehicle, 'entry_version', entry.id, entryVersionRecord(entry), documentIds);

/** A document an upload links to an existing entry version: its own link, the version's stays as it was. */
export const chainEntryDocument = (em: EntityManager, vehicleId: string, entryId: string, documentId: string) =>
  appendLink(em, vehicleId, 'entry_document', entryId, entryDocumentRecord(vehicleId, entryId, [documentId]), [documentId]);

export const chainInspection = (em: EntityManager, inspection: InspectionEvent, documentIds: readonly string[]) =>
  appendLink(em, inspection.vehicle, 'inspection', inspection.id, inspectionRecord(inspection), documentIds);

export const chainDefectCase = (em: EntityManager, defectCase: DefectCase) =>
  appendLink(em, defectCase.vehicle, 'defect_case', defectCase.id, defectCaseRecord(defectCase), []);

/** A remediation, after it closed its case if it did (the closing is part of its record). */
export const chainRemediation = (em: EntityManager, remediation: Remediation, documentIds: readonly string[], closedAt: Date | null) =>
  appendLink(em, remediation.vehicle, 'remediation', remediation.id, remediationRecord(remediation, closedAt ? { status: 'DONE', closedAt } : null), documentIds);

export type ChainVerification =
  | { status: 'intact'; linkCount: number; head: string | null; brokenLink: null }
  | { status: 'broken'; linkCount: number; head: string | null; brokenLink: ChainBreak };

/** Everything a vehicle's chain covers, as stored now. */
async function chainedRecords(em: EntityManager, vehicleId: string) {
  const { entries, inspections, cases, remediations, documentLinks } = await em.getRepository(ChainLink).recordsOfVehicle(vehicleId);
  const liveLinks = new Map<string, Set<string>>();
  for (const link of documentLinks) liveLinks.set(link.record, (liveLinks.get(link.record) ?? new Set()).add(link.document));
  const casesById = new Map(cases.map((c) => [c.id, c]));
  const records = new Map<string, ChainRecord>();
  for (const entry of entries) records.set(`entry_version:${entry.id}`, entryVersionRecord(entry));
  for (const inspection of inspections) records.set(`inspection:${inspection.id}`, inspectionRecord(inspection));
  for (const defectCase of cases) records.set(`defect_case:${defectCase.id}`, defectCaseRecord(defectCase));
  for (const remediation of remediations) {
    const defectCase = casesById.get(remediation.defectCase);
    const closed = defectCase && defectCase.closedBy === remediation.id ? { status: defectCase.status, closedAt: defectCase.closedAt ?? null } : null;
    records.set(`remediation:${remediation.id}`, remediationRecord(remediation, closed));
  }
  return { records, liveLinks };
}

/** The link's record as the stored rows give it now (an entry_document link's is rebuilt from the link). */
function currentRecord(vehicleId: string, link: ChainLink, records: Map<string, ChainRecord>): ChainRecord | undefined {
  if (link.recordType === 'entry_document') {
    return records.has(`entry_version:${link.recordId}`) ? entryDocumentRecord(vehicleId, link.recordId, documentsOf(link).map((doc) => doc.id)) : undefined;
  }
  return records.get(`${link.recordType}:${link.recordId}`);
}

/**
 * Recomputes the vehicle's chain from what is stored now: each record's fields, each document's
 * bytes in the document store (a purged document's recorded hash, its bytes are gone by law),
 * and which documents each record links. Answers `intact` or the first broken link.
 */
export async function verifyVehicleChain(em: EntityManager, documentStore: DocumentStore, vehicleId: string): Promise<ChainVerification> {
  const links = await em.getRepository(ChainLink).allOfVehicle(vehicleId);
  const { records, liveLinks } = await chainedRecords(em, vehicleId);
  const documentIds = [...new Set(links.flatMap((link) => documentsOf(link).map((doc) => doc.id)))];
  const documents = new Map((await em.getRepository(ChainLink).documentsByIds(documentIds)).map((doc) => [doc.id, doc]));
  const actualHashes = new Map<string, string>();
  const actualHash = async (recorded: LinkedDocument): Promise<string> => {
    const doc = documents.get(recorded.id);
    if (doc?.purgedAt) return recorded.sha256;
    if (!doc?.storageKey) return 'missing';
    if (!actualHashes.has(doc.id)) actualHashes.set(doc.id, await storedBytesHash(documentStore, doc.storageKey));
    return actualHashes.get(doc.id)!;
  };
  // Which documents the links say each record has: a record's live links must be exactly these.
  const chainedLinks = new Map<string, Set<string>>();
  for (const link of links) {
    const set = chainedLinks.get(link.recordId) ?? new Set<string>();
    for (const doc of documentsOf(link)) if (!documents.get(doc.id)?.purgedAt) set.add(doc.id);
    chainedLinks.set(link.recordId, set);
  }
  const sameSet = (a: Set<string> | undefined, b: Set<string> | undefined) => (a?.size ?? 0) === (b?.size ?? 0) && [...(a ?? [])].every((id) => b?.has(id));
  const head = links.at(-1)?.hash ?? null;
  const broken = (brokenLink: ChainBreak): ChainVerification => ({ status: 'broken', linkCount: links.length, head, brokenLink });

  let previous = genesisHash(vehicleId);
  const covered = new Set<string>();
  for (const [index, link] of links.entries()) {
    const at = { sequence: link.sequence, recordType: link.recordType, recordId: link.recordId, storedHash: link.hash };
    if (link.sequence !== index + 1) return broken({ ...at, expectedHash: null, reason: 'sequence_gap' });
    const record = currentRecord(vehicleId, link, records);
    if (!record) return broken({ ...at, expectedHash: null, reason: 'record_missing' });
    covered.add(`${link.recordType === 'entry_document' ? 'entry_version' : link.recordType}:${link.recordId}`);
    const documentHashes = await Promise.all(documentsOf(link).map(actualHash));
    const expected = linkHash(previous, record, documentHashes);
    if (expected !== link.hash) return broken({ ...at, expectedHash: expected, reason: 'hash_mismatch' });
    if (!sameSet(liveLinks.get(link.recordId), chainedLinks.get(link.recordId))) return broken({ ...at, expectedHash: expected, reason: 'documents_differ' });
    previous = link.hash;
  }
  for (const key of records.keys()) {
    const [recordType, recordId] = key.split(':') as [string, string];
    if (!covered.has(key)) return broken({ sequence: links.length + 1, recordType, recordId, expectedHash: null, storedHash: null, reason: 'not_in_chain' });
  }
  return { status: 'intact', linkCount: links.length, head, brokenLink: null };
}

async function storedBytesHash(documentStore: DocumentStore, storageKey: string): Promise<string> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of await documentStore.open(storageKey)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return 'missing';
  }
}

/** The vehicle's chain as exports carry it: every link with the inputs that recompute its hash. */
export async function exportedChain(em: EntityManager, vehicleId: string): Promise<{ vehicleId: string; genesis: string; links: ExportedChainLink[] }> {
  const links = await em.getRepository(ChainLink).allOfVehicle(vehicleId);
  const { records } = await chainedRecords(em, vehicleId);
  return {
    vehicleId,
    genesis: genesisHash(vehicleId),
    links: links.map((link) => {
      const record = currentRecord(vehicleId, link, records);
      return {
        sequence: link.sequence,
        recordType: link.recordType,
        recordId: link.recordId,
        record: record ?? { type: link.recordType, missing: true },
        documentSha256s: documentsOf(link).map((doc) => doc.sha256).sort(),
        hash: link.hash,
      };
    }),
  };
}

/** verifyChain for the API: the owner in person or an admin (the schema's scope), audited like a download. */
export async function verifyChain(scope: RequestScope, vehicleId: string): Promise<ChainVerification> {
  const access = await vehicleAccess(scope, vehicleId);
  const result = await verifyVehicleChain(scope.em, scope.services.documentStore, vehicleId);
  await scope.audit({
    action: 'CHAIN_VERIFIED',
    targetType: 'vehicle',
    targetId: vehicleId,
    scope: auditScopeOf(access),
    metadata: { vehicleId, count: result.linkCount, state: result.status, ...(result.brokenLink ? { reason: result.brokenLink.reason } : {}) },
  });
  return result;
}
