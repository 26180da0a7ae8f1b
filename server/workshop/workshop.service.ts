import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { Repeater } from '@repeaterjs/repeater';
import type { AuditEntry } from '../audit/audit.ts';
import { recordDenial } from '../auth/policy.ts';
import { credentialsFrom, resolveActor, type HeaderSource } from '../auth/resolve-actor.ts';
import { VipBusiness, VipBusinessStaff } from '../businesses/vip-business.entity.ts';
import { LoaderKey } from '../db/loaders.ts';
import { Document } from '../documents/document.entity.ts';
import { assertValidEntry, MAX_NOTE_LENGTH } from '../entries/entry-rules.ts';
import { addServiceEntry } from '../entries/entry.service.ts';
import { ServiceEntry, type EntryType, type PerformedBy } from '../entries/service-entry.entity.ts';
import { badInput, conflict, DomainError, forbidden, notFound, rateLimited } from '../errors.ts';
import { checkedIdempotencyKey, claimIdempotencyKey, keyScopeOf, releaseIdempotencyKey, requestHashOf, storeResultIn } from '../idempotency/idempotency.service.ts';
import { actorOf, createRequestScope, type RequestScope } from '../request-scope.ts';
import { sharedVehicleView } from '../sharing/sharing.service.ts';
import { characterCount } from '../text.ts';
import { trustInputFor } from '../trust/trust-inputs.ts';
import { trustSummary } from '../trust/trust.ts';
import { vehicleById } from '../vehicles/vehicle-access.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { emitWebhookEvent } from '../webhooks/webhooks.service.ts';
import { loadSessionParts, type WorkshopBoard } from './workshop-loaders.ts';
import {
  ProposedServiceEntry,
  WorkshopBoardSnapshot,
  WorkshopItem,
  WorkshopNote,
  WorkshopSession,
  type WorkshopItemKind,
  type WorkshopItemSeverity,
  type WorkshopItemStatus,
  type WorkshopSessionStatus,
} from './workshop.entity.ts';

export const MAX_NOTE_CHARS = 20_000;
export const MAX_TITLE_CHARS = 160;
export const MAX_ITEMS_PER_CALL = 200;
export const MAX_ITEMS_PER_SESSION = 500;
export const MAX_BOARD_IDS = 500;
export const MAX_EVIDENCE_PER_ITEM = 20;
/** Live boards one account may have open at once, per instance. */
export const MAX_BOARDS_PER_ACTOR = 5;
/** How often a live board asks the database whether its session changed (one indexed read). */
export const BOARD_POLL_MS = 700;
/** How often a live board checks that its credentials still hold (sign-out, expiry, revoked token), besides before every board. */
export const BOARD_CREDENTIALS_CHECK_MS = 30_000;

/** Who a workshop is (SPEC §18): a VIP business for its owner and staff, else the dealer's (or admin's) own account. */
export interface WorkshopOrganisation {
  /** `business:<id>` or `account:<userId>`: what sessions belong to. */
  key: string;
  name: string;
  /** The performer a proposed entry names (SPEC §5 list). */
  performedBy: PerformedBy;
  /** Whose vehicles (and their documents) the organisation acts on as own or org. */
  vehicleOwnerId: string;
}

const organisationLoader = new LoaderKey<string, WorkshopOrganisation | null>('workshop:organisation');

/** Roles that are a workshop on their own account (VIP businesses' owners and staff are one through the business). */
const ACCOUNT_WORKSHOP_ROLES = ['dealer', 'admin', 'superadmin'] as const;

/** The actor's workshop organisation, or null when the actor is none (then every workshop field is FORBIDDEN). Once per request. */
export function workshopOrganisationOf(scope: RequestScope): Promise<WorkshopOrganisation | null> {
  const actor = scope.actor;
  if (!actor || actor.role === 'moderator') return Promise.resolve(null);
  return scope.loaders
    .get(organisationLoader, (userIds) =>
      Promise.all(
        userIds.map(async (userId) => {
          const staffRows = await scope.em.getRepository(VipBusinessStaff).ofUsers([userId]);
          const business = await scope.em.getRepository(VipBusiness).approvedOfMember(userId, staffRows.map((row) => row.business));
          if (business) return { key: `business:${business.id}`, name: business.name, performedBy: 'Fachwerkstatt' as const, vehicleOwnerId: business.owner };
          if (!(ACCOUNT_WORKSHOP_ROLES as readonly string[]).includes(actor.role)) return null;
          const dealer = actor.role === 'dealer';
          return { key: `account:${userId}`, name: dealer ? 'Händler' : 'LifeTimeCircle', performedBy: dealer ? ('Händler' as const) : ('Sonstiges' as const), vehicleOwnerId: userId };
        }),
      ),
    )
    .load(actor.userId);
}

const sessionOrganisationLoader = new LoaderKey<string, string | null>('workshop:sessionOrganisation');
const itemSessionLoader = new LoaderKey<string, string | null>('workshop:itemSession');
const proposalLoader = new LoaderKey<string, ProposedServiceEntry | null>('workshop:proposalById');

/** The organisation a session belongs to (null when unknown), batched: the object-level checks ask it. */
export function sessionOrganisation(scope: RequestScope, sessionId: string): Promise<string | null> {
  return scope.loaders
    .get(sessionOrganisationLoader, async (ids) => {
      const byId = new Map((await scope.em.getRepository(WorkshopSession).organisationsOf(ids)).map((row) => [row.id, row.organisation]));
      return ids.map((id) => byId.get(id) ?? null);
    })
    .load(sessionId);
}

/** The session an item belongs to (null when unknown). */
export function sessionOfItem(scope: RequestScope, itemId: string): Promise<string | null> {
  return scope.loaders
    .get(itemSessionLoader, async (ids) => {
      const byId = new Map((await scope.em.getRepository(WorkshopItem).byIds(ids)).map((item) => [item.id, item.session]));
      return ids.map((id) => byId.get(id) ?? null);
    })
    .load(itemId);
}

export function proposalById(scope: RequestScope, id: string): Promise<ProposedServiceEntry | null> {
  return scope.loaders
    .get(proposalLoader, async (ids) => {
      const byId = new Map((await scope.em.getRepository(ProposedServiceEntry).find({ id: { $in: [...ids] } })).map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    })
    .load(id);
}

/** Whether the actor is the one the proposal is for: the owner of its vehicle when proposed. */
export const isProposalOwner = (scope: RequestScope, proposal: Pick<ProposedServiceEntry, 'owner'>): boolean => scope.actor?.userId === proposal.owner;

async function organisationOf(scope: RequestScope): Promise<WorkshopOrganisation> {
  const organisation = await workshopOrganisationOf(scope);
  // The field's scopes already required one; a missing organisation here is a bug caught as a refusal.
  if (!organisation) throw forbidden();
  return organisation;
}

// ---------------------------------------------------------------------------------------------
// Idempotency: every workshop mutation takes a key; the first result is kept in `idempotency_keys`
// (the table the Idempotency-Key header uses, under the scope `workshop:<operation>:<caller>`).

/** What a result is kept as: the ids of what the mutation returned (replays answer those objects). */
type KeptResult = { ids: string[] };

/** How long a second request with a key still running waits for the first one's result. */
const IN_PROGRESS_WAIT_MS = 10_000;
const IN_PROGRESS_POLL_MS = 100;

/**
 * Runs a workshop mutation once per key (docs/DECISIONS.md "Workshop idempotency"): the key is
 * claimed in the database before anything runs (one claim wins on every instance); the effect, its
 * audit event and the result are committed in one transaction; a replay (also after a restart or
 * on another instance) answers the kept result, re-read by id. The same key with other input is
 * CONFLICT idempotency_key_reused. A request whose key is still running waits for that result.
 * A failure keeps nothing: a retry runs again.
 */
async function idempotent<T, P = undefined>(
  scope: RequestScope,
  operation: string,
  key: string,
  input: unknown,
  run: (tem: EntityManager, prepared: P) => Promise<{ result: T; ids: string[] }>,
  replay: (ids: string[]) => Promise<T>,
  prepare: () => Promise<P> = async () => undefined as P,
): Promise<T> {
  const actor = actorOf(scope);
  const { services } = scope;
  checkedIdempotencyKey(key, 'idempotencyKey');
  if (!(await services.rateLimiter.hit('workshop_actor', actor.userId, services.config.rateLimits.workshopPerActor))) throw rateLimited();
  const keyScope = `workshop:${operation}:${keyScopeOf(actor)}`;
  const requestHash = requestHashOf({ operationName: operation, variables: { input: input as Record<string, unknown> } });
  const deadline = Date.now() + IN_PROGRESS_WAIT_MS;
  for (;;) {
    let keyed;
    try {
      keyed = await claimIdempotencyKey(scope.em, services.keyring, keyScope, key, requestHash);
    } catch (error) {
      if (error instanceof DomainError && error.reason === 'idempotency_key_in_progress' && Date.now() < deadline) {
        await sleep(IN_PROGRESS_POLL_MS);
        continue;
      }
      throw error;
    }
    if (keyed.outcome === 'replay') return replay((JSON.parse(keyed.answer.body) as KeptResult).ids);
    try {
      // Reads through the request's loaders happen here, not in the transaction: on SQLite a
      // transaction holds the one connection, and a read outside it would wait for itself.
      const prepared = await prepare();
      return await scope.em.transactional(async (tem) => {
        const { result, ids } = await run(tem, prepared);
        await storeResultIn(tem, services.keyring, keyed, JSON.stringify({ ids } satisfies KeptResult));
        return result;
      });
    } catch (error) {
      await releaseIdempotencyKey(scope.em, keyed);
      throw error;
    }
  }
}

/** The session, locked until the transaction ends, and open: every change after close is CONFLICT session_closed. */
async function openSessionForChange(tem: EntityManager, organisation: WorkshopOrganisation, sessionId: string): Promise<WorkshopSession> {
  const session = await tem.getRepository(WorkshopSession).lockForUpdate(sessionId);
  // The scopes checked the organisation; this guards the gap between that read and the lock.
  if (!session || session.organisation !== organisation.key) throw forbidden();
  if (session.status === 'CLOSED') throw conflict('session_closed', 'The workshop session is closed');
  return session;
}

/** Counts a change of the session: the live boards (on every instance) re-read when it moved. */
function touch(session: WorkshopSession): void {
  session.version += 1;
}

const sessionAudit = (action: AuditEntry['action'], session: WorkshopSession, metadata: Record<string, unknown> = {}): AuditEntry => ({
  action,
  targetType: 'workshop_session',
  targetId: session.id,
  scope: session.access === 'SHARE_TOKEN' ? 'shared' : 'org',
  metadata: { via: session.access, ...(session.access === 'OWN_OR_ORG' ? { vehicleId: session.vehicle } : {}), ...metadata },
});

// ---------------------------------------------------------------------------------------------
// Reads

export async function workshopSession(scope: RequestScope, id: string): Promise<WorkshopSession> {
  const organisation = await organisationOf(scope);
  const session = await scope.em.getRepository(WorkshopSession).byId(id);
  if (!session || session.organisation !== organisation.key) throw forbidden();
  return session;
}

export async function workshopSessionsPage(scope: RequestScope, status: WorkshopSessionStatus | null, page: ResolveCursorConnectionArgs): Promise<WorkshopSession[]> {
  const organisation = await organisationOf(scope);
  return scope.em.getRepository(WorkshopSession).pageOfOrganisation(organisation.key, status, page);
}

/** The actor's pending proposals, for vehicles the actor still owns. */
export async function pendingProposals(scope: RequestScope): Promise<ProposedServiceEntry[]> {
  const actor = actorOf(scope);
  const proposals = await scope.em.getRepository(ProposedServiceEntry).pendingForOwner(actor.userId);
  const vehicles = await vehicleById(scope).loadMany(proposals.map((proposal) => proposal.vehicle));
  return proposals.filter((_proposal, index) => {
    const vehicle = vehicles[index];
    return vehicle && !(vehicle instanceof Error) && vehicle.owner === actor.userId;
  });
}

// ---------------------------------------------------------------------------------------------
// Mutations

export interface VehicleChoice {
  vehicleId: string | null;
  shareToken: string | null;
}

/**
 * Opens a session for an own or org vehicle, or for a customer's vehicle by its live share token
 * (then the session keeps exactly what the public page showed). Unknown and foreign vehicles are
 * the same FORBIDDEN; unknown, rotated and disabled tokens the same NOT_FOUND.
 */
export async function openWorkshopSession(scope: RequestScope, key: string, choice: VehicleChoice): Promise<WorkshopSession> {
  const actor = actorOf(scope);
  const organisation = await organisationOf(scope);
  if ((choice.vehicleId === null) === (choice.shareToken === null)) throw badInput('workshop_vehicle_required', 'Send exactly one of vehicleId and shareToken');
  return idempotent(
    scope,
    'openWorkshopSession',
    key,
    choice,
    async (tem, target) => {
      const session = tem.create(WorkshopSession, {
        organisation: organisation.key,
        organisationName: organisation.name,
        performedBy: organisation.performedBy,
        openedBy: actor.userId,
        vehicle: target.vehicleId,
        access: choice.vehicleId !== null ? 'OWN_OR_ORG' : 'SHARE_TOKEN',
        vehicleMake: target.view.make,
        vehicleModel: target.view.model,
        vehicleYear: target.view.buildYear,
        trustLight: target.view.light,
      });
      await tem.flush();
      await scope.audit(sessionAudit('WORKSHOP_SESSION_OPENED', session), tem);
      return { result: session, ids: [session.id] };
    },
    ([id]) => replayed(scope, WorkshopSession, id!),
    () => (choice.vehicleId !== null ? ownOrOrgVehicle(scope, organisation, choice.vehicleId) : vehicleOfShareToken(scope, choice.shareToken!)),
  );
}

/** The public page's fields of an own or org vehicle (the session shows no more whichever way it was opened). */
async function ownOrOrgVehicle(scope: RequestScope, organisation: WorkshopOrganisation, vehicleId: string) {
  const vehicle = await vehicleById(scope).load(vehicleId);
  if (!vehicle || vehicle.owner !== organisation.vehicleOwnerId) {
    const denial = forbidden();
    recordDenial(scope, denial, { targetType: 'vehicle', targetId: vehicle ? vehicleId : undefined, operationName: 'openWorkshopSession' });
    throw denial;
  }
  const summary = trustSummary(await trustInputFor(scope, vehicle), { vip: false });
  return { vehicleId, view: { make: vehicle.make, model: vehicle.model, buildYear: vehicle.buildYear ?? null, light: summary.light } };
}

async function vehicleOfShareToken(scope: RequestScope, token: string) {
  const shared = await sharedVehicleView(scope, token);
  if (!shared) throw notFound('share_token_not_available', 'The share token is not available');
  return shared;
}

export async function addWorkshopNote(scope: RequestScope, key: string, sessionId: string, text: string): Promise<WorkshopNote> {
  const actor = actorOf(scope);
  const organisation = await organisationOf(scope);
  if (text.length === 0 || characterCount(text) > MAX_NOTE_CHARS) throw badInput('invalid_workshop_note', `A note has 1 to ${MAX_NOTE_CHARS} characters`);
  return idempotent(
    scope,
    'addWorkshopNote',
    key,
    { sessionId, text },
    async (tem) => {
      const session = await openSessionForChange(tem, organisation, sessionId);
      const note = tem.create(WorkshopNote, { session: session.id, text, createdBy: actor.userId });
      touch(session);
      await tem.flush();
      // The text is never logged or audited (SPEC §18).
      await scope.audit(sessionAudit('WORKSHOP_NOTE_ADDED', session), tem);
      return { result: note, ids: [note.id] };
    },
    ([id]) => replayed(scope, WorkshopNote, id!),
  );
}

export interface NewWorkshopItem {
  kind: WorkshopItemKind;
  title: string;
  details: string | null;
  severity: WorkshopItemSeverity;
  evidenceDocumentIds: string[];
}

function validTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed.length === 0 || characterCount(trimmed) > MAX_TITLE_CHARS) throw badInput('invalid_title', `A title has 1 to ${MAX_TITLE_CHARS} characters`);
  return trimmed;
}

function validDetails(details: string | null): string | null {
  if (details !== null && characterCount(details) > MAX_NOTE_CHARS) throw badInput('invalid_item_details', `Details have at most ${MAX_NOTE_CHARS} characters`);
  return details === '' ? null : details;
}

/** Evidence must be live documents of vehicles the organisation acts on (its own or org vehicles). */
async function assertEvidence(tem: EntityManager, organisation: WorkshopOrganisation, documentIds: readonly string[]): Promise<void> {
  const unique = [...new Set(documentIds)];
  if (unique.length === 0) return;
  const documents = await tem.getRepository(Document).byIds(unique);
  const vehicleOwners = new Map(
    (await tem.getRepository(Vehicle).find({ id: { $in: documents.map((document) => document.vehicle) } }, { fields: ['id', 'owner'] })).map(
      (vehicle) => [vehicle.id, vehicle.owner],
    ),
  );
  const usable = documents.filter((document) => !document.deletedAt && vehicleOwners.get(document.vehicle) === organisation.vehicleOwnerId);
  if (usable.length !== unique.length) throw badInput('invalid_document', 'Evidence must be documents of vehicles your organisation acts on');
}

export async function addWorkshopItems(scope: RequestScope, key: string, sessionId: string, items: NewWorkshopItem[]): Promise<WorkshopItem[]> {
  const organisation = await organisationOf(scope);
  if (items.length === 0 || items.length > MAX_ITEMS_PER_CALL) throw badInput('invalid_item_count', `Send 1 to ${MAX_ITEMS_PER_CALL} items`);
  const checked = items.map((item) => {
    if (item.evidenceDocumentIds.length > MAX_EVIDENCE_PER_ITEM) throw badInput('too_many_documents', `At most ${MAX_EVIDENCE_PER_ITEM} evidence documents per item`);
    return { ...item, title: validTitle(item.title), details: validDetails(item.details), evidenceDocumentIds: [...new Set(item.evidenceDocumentIds)] };
  });
  return idempotent(
    scope,
    'addWorkshopItems',
    key,
    { sessionId, items },
    async (tem) => {
      const session = await openSessionForChange(tem, organisation, sessionId);
      await assertEvidence(tem, organisation, checked.flatMap((item) => item.evidenceDocumentIds));
      const existing = await tem.getRepository(WorkshopItem).countOf(session.id);
      if (existing + checked.length > MAX_ITEMS_PER_SESSION) throw conflict('workshop_item_limit_reached', `A session holds at most ${MAX_ITEMS_PER_SESSION} items`);
      const now = new Date();
      const created = checked.map((item, index) => tem.create(WorkshopItem, { ...item, session: session.id, position: existing + index, status: 'open', createdAt: now, updatedAt: now }));
      touch(session);
      await tem.flush();
      await scope.audit(sessionAudit('WORKSHOP_ITEMS_ADDED', session, { count: created.length }), tem);
      return { result: created, ids: created.map((item) => item.id) };
    },
    async (ids) => {
      const byId = new Map((await scope.em.getRepository(WorkshopItem).byIds(ids)).map((item) => [item.id, item]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  );
}

export interface WorkshopItemChanges {
  status?: WorkshopItemStatus | null;
  title?: string | null;
  details?: string | null;
  severity?: WorkshopItemSeverity | null;
}

export async function updateWorkshopItem(scope: RequestScope, key: string, itemId: string, changes: WorkshopItemChanges): Promise<WorkshopItem> {
  const organisation = await organisationOf(scope);
  const title = changes.title == null ? undefined : validTitle(changes.title);
  const details = changes.details === undefined ? undefined : validDetails(changes.details);
  return idempotent(
    scope,
    'updateWorkshopItem',
    key,
    { itemId, changes },
    async (tem) => {
      const sessionId = (await tem.getRepository(WorkshopItem).byId(itemId))?.session;
      if (!sessionId) throw forbidden();
      const session = await openSessionForChange(tem, organisation, sessionId);
      const item = (await tem.getRepository(WorkshopItem).lockForUpdate(itemId))!;
      const previousStatus = item.status;
      if (changes.status) item.status = changes.status;
      if (changes.severity) item.severity = changes.severity;
      if (title !== undefined) item.title = title;
      if (details !== undefined) item.details = details;
      item.updatedAt = new Date();
      touch(session);
      await tem.flush();
      await scope.audit(sessionAudit('WORKSHOP_ITEM_UPDATED', session, { previousStatus, newStatus: item.status }), tem);
      return { result: item, ids: [item.id] };
    },
    ([id]) => replayed(scope, WorkshopItem, id!),
  );
}

/** Ids of this session's items, each once, else BAD_USER_INPUT. */
async function itemsOfSession(tem: EntityManager, sessionId: string, itemIds: readonly string[]): Promise<WorkshopItem[]> {
  const items = await tem.getRepository(WorkshopItem).byIds(itemIds);
  const byId = new Map(items.filter((item) => item.session === sessionId).map((item) => [item.id, item]));
  if (new Set(itemIds).size !== itemIds.length || itemIds.some((id) => !byId.has(id))) throw badInput('item_not_in_session', 'Every item id must name a different item of this session');
  return itemIds.map((id) => byId.get(id)!);
}

export async function publishWorkshopBoard(scope: RequestScope, key: string, sessionId: string, itemIds: string[], note: string | null): Promise<WorkshopBoardSnapshot> {
  const organisation = await organisationOf(scope);
  if (itemIds.length > MAX_BOARD_IDS) throw badInput('invalid_item_count', `A board shows at most ${MAX_BOARD_IDS} items`);
  if (note !== null && characterCount(note) > MAX_NOTE_LENGTH) throw badInput('note_too_long', `The board note has at most ${MAX_NOTE_LENGTH} characters`);
  return idempotent(
    scope,
    'publishWorkshopBoard',
    key,
    { sessionId, itemIds, note },
    async (tem) => {
      const session = await openSessionForChange(tem, organisation, sessionId);
      await itemsOfSession(tem, session.id, itemIds);
      const snapshot = tem.create(WorkshopBoardSnapshot, { session: session.id, itemIds, note: note === '' ? null : note });
      touch(session);
      await tem.flush();
      await scope.audit(sessionAudit('WORKSHOP_BOARD_PUBLISHED', session, { count: itemIds.length }), tem);
      return { result: snapshot, ids: [snapshot.id] };
    },
    ([id]) => replayed(scope, WorkshopBoardSnapshot, id!),
  );
}

export interface ProposedEntryInput {
  itemIds: string[];
  date: string;
  type: EntryType;
  km: number;
  note: string | null;
}

/**
 * Closes the session; closing a closed session answers it unchanged. With a proposal, done items
 * of the session become a service entry proposed to the vehicle's owner (SHARE_TOKEN sessions
 * too: the customer owns the vehicle), performed by the workshop's kind.
 */
export async function closeWorkshopSession(scope: RequestScope, key: string, sessionId: string, proposal: ProposedEntryInput | null): Promise<WorkshopSession> {
  const organisation = await organisationOf(scope);
  if (proposal) {
    if (proposal.itemIds.length === 0 || proposal.itemIds.length > MAX_BOARD_IDS) throw badInput('invalid_item_count', `Propose 1 to ${MAX_BOARD_IDS} done items`);
    assertValidEntry({ date: proposal.date, type: proposal.type, performedBy: organisation.performedBy, odometerKm: proposal.km, note: proposal.note || null, costCents: null, declaredTrustLevel: null });
  }
  return idempotent(
    scope,
    'closeWorkshopSession',
    key,
    { sessionId, proposal },
    async (tem) => {
      const session = await tem.getRepository(WorkshopSession).lockForUpdate(sessionId);
      if (!session || session.organisation !== organisation.key) throw forbidden();
      if (session.status === 'CLOSED') return { result: session, ids: [session.id] };
      let proposed: ProposedServiceEntry | null = null;
      if (proposal) {
        const items = await itemsOfSession(tem, session.id, proposal.itemIds);
        if (items.some((item) => item.status !== 'done')) throw badInput('item_not_done', 'Only done items can be proposed');
        const owner = (await vehicleOwner(tem, session.vehicle))!;
        proposed = tem.create(ProposedServiceEntry, {
          session: session.id,
          vehicle: session.vehicle,
          owner,
          date: proposal.date,
          type: proposal.type,
          performedBy: session.performedBy,
          odometerKm: proposal.km,
          note: proposal.note || null,
          itemTitles: items.map((item) => item.title),
          workshopName: session.organisationName,
        });
      }
      session.status = 'CLOSED';
      session.closedAt = new Date();
      touch(session);
      await tem.flush();
      await scope.audit(sessionAudit('WORKSHOP_SESSION_CLOSED', session, { state: proposed ? 'proposed' : 'closed' }), tem);
      await emitWebhookEvent(tem, 'workshop_session.closed', { vehicleId: session.vehicle, sessionId: session.id, proposed: proposed !== null });
      return { result: session, ids: [session.id] };
    },
    ([id]) => replayed(scope, WorkshopSession, id!),
  );
}

/** The vehicle's owner now, read in the transaction. */
const vehicleOwner = async (tem: EntityManager, vehicleId: string): Promise<string | undefined> =>
  (await tem.getRepository(Vehicle).findOne({ id: vehicleId }, { fields: ['id', 'owner'] }))?.owner;

/** The proposal, locked, if the actor owns its vehicle now and it is still pending. */
async function pendingProposalOfOwner(scope: RequestScope, tem: EntityManager, id: string): Promise<ProposedServiceEntry> {
  const actor = actorOf(scope);
  const proposal = await tem.getRepository(ProposedServiceEntry).lockForUpdate(id);
  // A vehicle handed over since: the proposal was for the previous owner, who no longer decides.
  if (!proposal || proposal.owner !== actor.userId || (await vehicleOwner(tem, proposal.vehicle)) !== actor.userId) throw forbidden();
  if (proposal.status !== 'PENDING') throw conflict('proposal_already_decided', 'This proposal was already decided');
  return proposal;
}

const proposalAudit = (action: AuditEntry['action'], proposal: ProposedServiceEntry, entryId?: string): AuditEntry => ({
  action,
  targetType: 'proposed_service_entry',
  targetId: proposal.id,
  scope: 'own',
  metadata: { vehicleId: proposal.vehicle, ...(entryId ? { entryId } : {}) },
});

/** The owner accepts: a real entry (confirmedByWorkshop) in the owner's name; the workshop has no handle on it. */
export async function acceptProposedEntry(scope: RequestScope, key: string, id: string): Promise<ServiceEntry> {
  return idempotent(
    scope,
    'acceptProposedEntry',
    key,
    { id },
    async (tem) => {
      const proposal = await pendingProposalOfOwner(scope, tem, id);
      const entry = await addServiceEntry(
        scope,
        'own',
        proposal.vehicle,
        { date: proposal.date, type: proposal.type, performedBy: proposal.performedBy as PerformedBy, odometerKm: proposal.odometerKm, note: proposal.note ?? null, costCents: null, declaredTrustLevel: null },
        { em: tem, confirmedByWorkshop: true },
      );
      if (!(await tem.getRepository(ProposedServiceEntry).decide(proposal.id, 'ACCEPTED', entry.id, new Date()))) throw conflict('proposal_already_decided');
      await scope.audit(proposalAudit('PROPOSED_ENTRY_ACCEPTED', proposal, entry.id), tem);
      return { result: entry, ids: [entry.id] };
    },
    ([entryId]) => replayed(scope, ServiceEntry, entryId!),
  );
}

export async function declineProposedEntry(scope: RequestScope, key: string, id: string): Promise<ProposedServiceEntry> {
  return idempotent(
    scope,
    'declineProposedEntry',
    key,
    { id },
    async (tem) => {
      const proposal = await pendingProposalOfOwner(scope, tem, id);
      if (!(await tem.getRepository(ProposedServiceEntry).decide(proposal.id, 'DECLINED', null, new Date()))) throw conflict('proposal_already_decided');
      await scope.audit(proposalAudit('PROPOSED_ENTRY_DECLINED', proposal), tem);
      return { result: await tem.refreshOrFail(proposal), ids: [proposal.id] };
    },
    ([proposalId]) => replayed(scope, ProposedServiceEntry, proposalId!),
  );
}

/** A kept result's object as it is now (a replay answers the same object). */
async function replayed<T extends { id: string }>(scope: RequestScope, entity: new () => T, id: string): Promise<T> {
  const found = await scope.em.findOne(entity, { id } as never);
  if (!found) throw forbidden();
  return found;
}

// ---------------------------------------------------------------------------------------------
// The live board

const openBoards = new Map<string, number>();

/**
 * The board of a session as a stream (the `workshopBoard` subscription over SSE): the board at
 * once, then again whenever the session's version moved, read from the database every
 * BOARD_POLL_MS, so a change made through any instance shows within a second. After the session
 * closed the final board is sent and the stream ends; it ends too when the caller is no longer of
 * the session's organisation, or when the request's credentials no longer name the same consented
 * caller (checked before every board and every BOARD_CREDENTIALS_CHECK_MS: a sign-out ends the
 * board). Each event reads with its own scope (fresh entity manager and loaders). At most
 * MAX_BOARDS_PER_ACTOR streams per account and instance.
 */
export function workshopBoardStream(scope: RequestScope, sessionId: string, headers: HeaderSource): AsyncIterable<WorkshopBoard> {
  const actor = actorOf(scope);
  const open = openBoards.get(actor.userId) ?? 0;
  if (open >= MAX_BOARDS_PER_ACTOR) throw rateLimited('too_many_subscriptions');
  openBoards.set(actor.userId, open + 1);
  return new Repeater<WorkshopBoard>(async (push, stop) => {
    let stopped = false;
    void stop.then(() => (stopped = true));
    const { closing } = scope.services;
    const onClosing = () => stop();
    closing.addEventListener('abort', onClosing, { once: true });
    try {
      let seen: number | null = null;
      let credentialsCheckedAt = Date.now();
      const credentialsHold = async (em: EntityManager) => {
        credentialsCheckedAt = Date.now();
        const current = await resolveActor(scope.services, em, credentialsFrom(headers));
        return current !== null && current.userId === actor.userId && current.consentComplete;
      };
      while (!stopped && !closing.aborted) {
        const fresh = createRequestScope(scope.services, { requestId: scope.requestId, ip: scope.ip, actor });
        const version = await fresh.em.getRepository(WorkshopSession).versionOf(sessionId);
        if (version === null) break;
        if (Date.now() - credentialsCheckedAt >= BOARD_CREDENTIALS_CHECK_MS && !(await credentialsHold(fresh.em))) break;
        if (version !== seen) {
          // The first board follows the request's own check; every later one checks again.
          if (seen !== null && !(await credentialsHold(fresh.em))) break;
          seen = version;
          const organisation = await workshopOrganisationOf(fresh);
          const session = await fresh.em.getRepository(WorkshopSession).byId(sessionId);
          if (!session || !organisation || session.organisation !== organisation.key) break;
          await push({ session: await loadSessionParts(fresh, session) });
          if (session.status === 'CLOSED') break;
        }
        await Promise.race([sleep(BOARD_POLL_MS), stop]);
      }
    } finally {
      closing.removeEventListener('abort', onClosing);
      stop();
      const left = (openBoards.get(actor.userId) ?? 1) - 1;
      if (left > 0) openBoards.set(actor.userId, left);
      else openBoards.delete(actor.userId);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Exports (SPEC §10, §18)

/**
 * The workshop sessions of an account's organisations (its own account and the VIP businesses it
 * owns), oldest first, for the account exports. Redacted: no free text at all (notes, titles,
 * details, board and proposal notes are left out; notes only counted).
 */
export async function workshopSessionsForExport(em: EntityManager, userId: string, options: { redacted: boolean }) {
  const businesses = await em.getRepository(VipBusiness).find({ owner: userId }, { fields: ['id'] });
  const sessions = await em.getRepository(WorkshopSession).ofOrganisations([`account:${userId}`, ...businesses.map((business) => `business:${business.id}`)]);
  if (sessions.length === 0) return [];
  const ids = sessions.map((session) => session.id);
  const [notes, items, snapshots, proposals] = await Promise.all([
    em.getRepository(WorkshopNote).ofSessions(ids),
    em.getRepository(WorkshopItem).ofSessions(ids),
    em.getRepository(WorkshopBoardSnapshot).find({ session: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.getRepository(ProposedServiceEntry).ofSessions(ids),
  ]);
  const of = <R extends { session: string }>(rows: R[], id: string) => rows.filter((row) => row.session === id);
  return sessions.map((session) => {
    const proposal = proposals.find((row) => row.session === session.id);
    const common = {
      id: session.id,
      organisation: session.organisation,
      status: session.status,
      access: session.access,
      vehicleId: session.access === 'OWN_OR_ORG' || !options.redacted ? session.vehicle : null,
      openedAt: session.openedAt,
      closedAt: session.closedAt ?? null,
    };
    if (options.redacted) {
      return {
        ...common,
        noteCount: of(notes, session.id).length,
        items: of(items, session.id).map((item) => ({ id: item.id, kind: item.kind, severity: item.severity, status: item.status, evidenceDocumentIds: item.evidenceDocumentIds, createdAt: item.createdAt, updatedAt: item.updatedAt })),
        snapshots: of(snapshots, session.id).map((snapshot) => ({ id: snapshot.id, itemIds: snapshot.itemIds, createdAt: snapshot.createdAt })),
        proposedEntry: proposal ? { id: proposal.id, status: proposal.status, date: proposal.date, type: proposal.type, odometerKm: proposal.odometerKm, entryId: proposal.entry ?? null, createdAt: proposal.createdAt } : null,
      };
    }
    return {
      ...common,
      organisationName: session.organisationName,
      openedBy: session.openedBy,
      vehicle: { make: session.vehicleMake, model: session.vehicleModel, year: session.vehicleYear ?? null, trustLight: session.trustLight ?? null },
      notes: of(notes, session.id).map(({ id, text, createdBy, createdAt }) => ({ id, text, createdBy, createdAt })),
      items: of(items, session.id).map(({ session: _session, ...item }) => item),
      snapshots: of(snapshots, session.id).map(({ session: _session, ...snapshot }) => snapshot),
      proposedEntry: proposal ? (({ session: _session, ...rest }) => rest)(proposal) : null,
    };
  });
}
