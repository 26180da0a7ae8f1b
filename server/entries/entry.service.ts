import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AuditAction } from '../audit/audit-actions.ts';
import { chainEntryVersion, lockVehicleChain } from '../chain/chain.service.ts';
import { newId } from '../db/ids.ts';
import { Document } from '../documents/document.entity.ts';
import { badInput, conflict, forbidden } from '../errors.ts';
import type { VehicleAccess } from '../vehicles/vehicle-access.ts';
import type { WebhookEvent } from '../webhooks/webhook-events.ts';
import { auditScopeOf } from '../vehicles/vehicle.service.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';
import { EntryDocument } from './entry-document.entity.ts';
import { assertValidEntry, validWithdrawalReason, type EntryFields } from './entry-rules.ts';
import { ServiceEntry } from './service-entry.entity.ts';

/** A new entry: every required field, optionally documents of the same vehicle. */
export type NewEntry = EntryFields & { documentIds?: readonly string[] | null };
/** A revision: only what changes; null clears note, cost and declared level; documentIds replaces the links. */
export type EntryChanges = { [K in keyof EntryFields]?: EntryFields[K] | null } & { documentIds?: readonly string[] | null };

/** How an entry is added: in the caller's transaction (`em`), and whether a workshop confirmed it (an accepted proposal, SPEC §18). */
export interface AddEntryOptions {
  em?: EntityManager;
  confirmedByWorkshop?: boolean;
}

export async function addServiceEntry(scope: RequestScope, access: VehicleAccess, vehicleId: string, input: NewEntry, options: AddEntryOptions = {}): Promise<ServiceEntry> {
  const fields = pickFields(input);
  assertValidEntry(fields);
  const actor = actorOf(scope);
  return (options.em ?? scope.em).transactional(async (tem) => {
    await lockVehicleChain(tem, vehicleId);
    const documentIds = await linkableDocuments(tem, vehicleId, input.documentIds ?? []);
    const id = newId();
    const now = new Date();
    const entry = tem.create(ServiceEntry, {
      ...fields,
      id,
      vehicle: vehicleId,
      groupId: id,
      version: 1,
      supersedes: null,
      isLatest: true,
      confirmedByWorkshop: options.confirmedByWorkshop ?? false,
      createdBy: actor.userId,
      createdAt: now,
      firstRecordedAt: now,
    });
    for (const document of documentIds) tem.create(EntryDocument, { entry: id, document });
    await tem.flush();
    await chainEntryVersion(tem, entry, documentIds);
    await scope.audit(entryAudit('ENTRY_CREATED', access, entry), tem);
    await emitWebhookEvent(tem, 'entry.added', entryEvent(entry));
    return entry;
  });
}

/** Appends version n+1 to the entry's group. Only the newest version can be revised. */
export async function reviseServiceEntry(scope: RequestScope, access: VehicleAccess, entryId: string, changes: EntryChanges): Promise<ServiceEntry> {
  return appendVersion(scope, access, entryId, (previous) => {
    const fields = { ...fieldsOf(previous), ...pickFields(changes) };
    assertValidEntry(fields);
    return { fields, documentIds: changes.documentIds ?? undefined, action: 'ENTRY_VERSION_CREATED', event: 'entry.revised' };
  });
}

/** Withdrawal is a revision that keeps every field and records the reason; nothing is deleted. */
export async function withdrawServiceEntry(scope: RequestScope, access: VehicleAccess, entryId: string, reason: string): Promise<ServiceEntry> {
  const withdrawalReason = validWithdrawalReason(reason);
  return appendVersion(scope, access, entryId, (previous) => ({
    fields: { ...fieldsOf(previous), withdrawn: true, withdrawalReason },
    action: 'ENTRY_WITHDRAWN',
    event: 'entry.withdrawn',
  }));
}

/** All versions of the entry's group, oldest first (any version's id names the group). */
export async function entryHistory(scope: RequestScope, entryId: string, page: ResolveCursorConnectionArgs): Promise<ServiceEntry[]> {
  const entries = scope.em.getRepository(ServiceEntry);
  const entry = await entries.groupOf(entryId);
  if (!entry) throw forbidden();
  return entries.pageOfGroup(entry.groupId, page);
}

async function appendVersion(
  scope: RequestScope,
  access: VehicleAccess,
  entryId: string,
  next: (previous: ServiceEntry) => { fields: Partial<ServiceEntry>; documentIds?: readonly string[]; action: AuditAction; event: WebhookEvent },
): Promise<ServiceEntry> {
  const actor = actorOf(scope);
  return scope.em.transactional(async (tem) => {
    // Locked until the new version is stored: of parallel revisions of one version the first
    // wins, the others then read it superseded and get the conflict below.
    const previous = await tem.getRepository(ServiceEntry).lockForUpdate(entryId);
    if (!previous) throw forbidden();
    // Revising what one saw: a stale version would silently overwrite someone else's revision.
    if (!previous.isLatest) throw conflict('entry_version_outdated', 'A newer version of this entry exists');
    if (previous.withdrawn) throw conflict('entry_withdrawn', 'A withdrawn entry cannot be changed');
    await lockVehicleChain(tem, previous.vehicle);
    const { fields, documentIds, action, event } = next(previous);
    const links = documentIds
      ? await linkableDocuments(tem, previous.vehicle, documentIds)
      : (await tem.getRepository(ServiceEntry).linksOf([previous.id])).map((link) => link.document);
    await tem.getRepository(ServiceEntry).supersede(previous.id);
    const entry = tem.create(ServiceEntry, {
      ...fields,
      id: newId(),
      vehicle: previous.vehicle,
      groupId: previous.groupId,
      version: previous.version + 1,
      supersedes: previous.id,
      isLatest: true,
      firstRecordedAt: previous.firstRecordedAt,
      createdBy: actor.userId,
    } as ServiceEntry);
    for (const document of links) tem.create(EntryDocument, { entry: entry.id, document });
    await tem.flush();
    await chainEntryVersion(tem, entry, links);
    await scope.audit(entryAudit(action, access, entry), tem);
    await emitWebhookEvent(tem, event, entryEvent(entry));
    return entry;
  });
}

/** An entry event's payload data: the version's id, its group (the entry's stable id) and version. */
const entryEvent = (entry: ServiceEntry) => ({ vehicleId: entry.vehicle, entryId: entry.id, groupId: entry.groupId, version: entry.version, withdrawn: entry.withdrawn ?? false });

/** Documents may only be linked to entries (and inspections) of their own vehicle, and not once deleted. */
export async function linkableDocuments(em: EntityManager, vehicleId: string, documentIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(documentIds)];
  if (unique.length === 0) return [];
  const found = await em.getRepository(Document).countLiveOfVehicle(vehicleId, unique);
  if (found !== unique.length) throw badInput('document_not_of_vehicle', 'Linked documents must belong to the same vehicle');
  return unique;
}

function pickFields(source: EntryChanges): EntryFields {
  const picked: Partial<EntryFields> = {};
  for (const key of ['date', 'type', 'performedBy', 'odometerKm', 'odometerReplaced', 'note', 'costCents', 'declaredTrustLevel'] as const) {
    if (source[key] !== undefined) (picked as Record<string, unknown>)[key] = key === 'note' && source.note === '' ? null : (source[key] ?? null);
  }
  return picked as EntryFields;
}

const fieldsOf = (entry: ServiceEntry): EntryFields => ({
  date: entry.date,
  type: entry.type,
  performedBy: entry.performedBy as EntryFields['performedBy'],
  odometerKm: entry.odometerKm,
  odometerReplaced: entry.odometerReplaced ?? false,
  note: entry.note ?? null,
  costCents: entry.costCents ?? null,
  declaredTrustLevel: entry.declaredTrustLevel ?? null,
});

function entryAudit(action: AuditAction, access: VehicleAccess, entry: ServiceEntry) {
  return {
    action,
    targetType: 'service_entry',
    targetId: entry.id,
    scope: auditScopeOf(access),
    metadata: { vehicleId: entry.vehicle, entryId: entry.groupId, version: entry.version, entryType: entry.type },
  };
}
