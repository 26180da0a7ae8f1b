import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { requires } from '../auth/policy.ts';
import type { Scopes } from '../auth/scopes.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ServiceEntryRef, ServiceEntryTypeEnum } from '../entries/entry.schema.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import {
  PROPOSED_ENTRY_STATUSES,
  WORKSHOP_ITEM_KINDS,
  WORKSHOP_ITEM_SEVERITIES,
  WORKSHOP_ITEM_STATUSES,
  WORKSHOP_SESSION_STATUSES,
  WORKSHOP_VEHICLE_ACCESS,
  type ProposedServiceEntry,
  type WorkshopBoardSnapshot,
  type WorkshopItem,
  type WorkshopNote,
  type WorkshopSession,
} from './workshop.entity.ts';
import { itemsOf, latestSnapshotOf, notesOf, proposalOf, snapshotItems, type WorkshopBoard } from './workshop-loaders.ts';
import {
  acceptProposedEntry,
  addWorkshopItems,
  addWorkshopNote,
  closeWorkshopSession,
  declineProposedEntry,
  isProposalOwner,
  openWorkshopSession,
  pendingProposals,
  proposalById,
  publishWorkshopBoard,
  sessionOfItem,
  sessionOrganisation,
  updateWorkshopItem,
  workshopBoardStream,
  workshopOrganisationOf,
  workshopSession,
  workshopSessionsPage,
} from './workshop.service.ts';

const WorkshopItemKindEnum = builder.enumType('WorkshopItemKind', { values: WORKSHOP_ITEM_KINDS });
const WorkshopItemSeverityEnum = builder.enumType('WorkshopItemSeverity', { values: WORKSHOP_ITEM_SEVERITIES });
const WorkshopItemStatusEnum = builder.enumType('WorkshopItemStatus', { values: WORKSHOP_ITEM_STATUSES });
const WorkshopSessionStatusEnum = builder.enumType('WorkshopSessionStatus', { values: WORKSHOP_SESSION_STATUSES });
const WorkshopVehicleAccessEnum = builder.enumType('WorkshopVehicleAccess', { values: WORKSHOP_VEHICLE_ACCESS });
const ProposedEntryStatusEnum = builder.enumType('ProposedEntryStatus', { values: PROPOSED_ENTRY_STATUSES });

/** Scopes of a workshop root field: a member of a workshop organisation (SPEC §18); everyone else FORBIDDEN. */
async function workshopScopes(context: Context): Promise<Partial<Scopes>> {
  if (!context.actor) return requires({ consented: true });
  // Non-members still meet the consent gate first; `roles: []` then refuses everyone.
  return (await workshopOrganisationOf(context)) ? requires({ consented: true }) : requires({ consented: true, roles: [] });
}

/** Scopes of an operation on one session: its organisation's members only; unknown ids answer the same. */
async function sessionScopes(context: Context, sessionId: string | null): Promise<Partial<Scopes>> {
  if (!context.actor) return requires({ consented: true });
  const organisation = await workshopOrganisationOf(context);
  const owner = organisation && sessionId ? await sessionOrganisation(context, sessionId) : null;
  return organisation && owner === organisation.key ? requires({ consented: true }) : requires({ consented: true, roles: [] });
}

const IDEMPOTENCY_KEY_DESCRIPTION = '1–255 printable ASCII characters. A replay answers the first result again; the same key with other input is CONFLICT idempotency_key_reused.';

const WorkshopVehicleRef = builder
  .objectRef<Pick<WorkshopSession, 'access' | 'vehicle' | 'vehicleMake' | 'vehicleModel' | 'vehicleYear' | 'trustLight'>>('WorkshopVehicle')
  .implement({
    description: 'What the session shows of its vehicle: the public page’s make, model, year and trust light as at intake.',
    authScopes: requires({ consented: true }),
    fields: (t) => ({
      make: t.exposeString('vehicleMake'),
      model: t.exposeString('vehicleModel'),
      year: t.exposeInt('vehicleYear', { nullable: true }),
      vehicleId: t.id({ nullable: true, description: 'Null for SHARE_TOKEN sessions.', resolve: (session) => (session.access === 'OWN_OR_ORG' ? session.vehicle : null) }),
      trustLight: t.exposeString('trustLight', { nullable: true, description: 'gruen, gelb, orange or rot.' }),
    }),
  });

const WorkshopNoteRef = builder.objectRef<WorkshopNote>('WorkshopNote').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    text: t.exposeString('text'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const WorkshopItemRef = builder.objectRef<WorkshopItem>('WorkshopItem').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: WorkshopItemKindEnum, resolve: (item) => item.kind }),
    title: t.exposeString('title'),
    details: t.exposeString('details', { nullable: true }),
    severity: t.field({ type: WorkshopItemSeverityEnum, resolve: (item) => item.severity }),
    status: t.field({ type: WorkshopItemStatusEnum, resolve: (item) => item.status }),
    evidenceDocumentIds: t.idList({ resolve: (item) => item.evidenceDocumentIds }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const WorkshopBoardSnapshotRef = builder.objectRef<WorkshopBoardSnapshot>('WorkshopBoardSnapshot').implement({
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    itemIds: t.idList({ resolve: (snapshot) => snapshot.itemIds }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    items: t.field({ type: [WorkshopItemRef], description: 'The items in the published order.', resolve: (snapshot, _args, context) => snapshotItems(context, snapshot) }),
  }),
});

/** The owner who decides, and the workshop that proposed (through its session). */
const ProposedServiceEntryRef = builder.objectRef<ProposedServiceEntry>('ProposedServiceEntry').implement({
  authScopes: async (proposal, context) => {
    if (isProposalOwner(context, proposal)) return requires({ consented: true });
    const organisation = await workshopOrganisationOf(context);
    return organisation !== null && (await sessionOrganisation(context, proposal.session)) === organisation.key ? requires({ consented: true }) : false;
  },
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ProposedEntryStatusEnum, resolve: (proposal) => proposal.status }),
    vehicleId: t.exposeID('vehicle'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD.' }),
    type: t.field({ type: ServiceEntryTypeEnum, resolve: (proposal) => proposal.type }),
    km: t.exposeInt('odometerKm'),
    note: t.exposeString('note', { nullable: true }),
    itemTitles: t.stringList({ resolve: (proposal) => proposal.itemTitles }),
    workshopName: t.exposeString('workshopName'),
    performedByLabel: t.exposeString('performedBy', { description: 'The German label the entry will carry, e.g. Fachwerkstatt.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const WorkshopSessionRef = builder.objectRef<WorkshopSession>('WorkshopSession').implement({
  authScopes: async (session, context) => {
    const organisation = await workshopOrganisationOf(context);
    return organisation !== null && organisation.key === session.organisation ? requires({ consented: true }) : false;
  },
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: WorkshopSessionStatusEnum, resolve: (session) => session.status }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    access: t.field({
      type: WorkshopVehicleAccessEnum,
      description: "How the vehicle was identified: OWN_OR_ORG (vehicleId) or SHARE_TOKEN (customer's QR).",
      resolve: (session) => session.access,
    }),
    vehicle: t.field({
      type: WorkshopVehicleRef,
      description: 'make, model, year and the public trust light only (for SHARE_TOKEN sessions nothing beyond the public page).',
      resolve: (session) => session,
    }),
    notes: t.field({ type: [WorkshopNoteRef], description: 'Oldest first.', resolve: (session, _args, context) => notesOf(context, session) }),
    items: t.field({ type: [WorkshopItemRef], description: 'In the order they were added.', resolve: (session, _args, context) => itemsOf(context, session) }),
    latestSnapshot: t.field({ type: WorkshopBoardSnapshotRef, nullable: true, resolve: (session, _args, context) => latestSnapshotOf(context, session) }),
    proposedEntry: t.field({ type: ProposedServiceEntryRef, nullable: true, resolve: (session, _args, context) => proposalOf(context, session) }),
  }),
});

const WorkshopBoardRef = builder.objectRef<WorkshopBoard>('WorkshopBoard').implement({
  description: 'What the live workshop board shows.',
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    session: t.field({ type: WorkshopSessionRef, resolve: (board) => board.session }),
    snapshot: t.field({ type: WorkshopBoardSnapshotRef, nullable: true, resolve: (board, _args, context) => latestSnapshotOf(context, board.session) }),
    openItems: t.field({
      type: [WorkshopItemRef],
      description: 'Items not done yet (open, in progress, blocked), in the order they were added.',
      resolve: async (board, _args, context) => (await itemsOf(context, board.session)).filter((item) => item.status !== 'done'),
    }),
  }),
});

const WorkshopItemInput = builder.inputType('WorkshopItemInput', {
  fields: (t) => ({
    kind: t.field({ type: WorkshopItemKindEnum, required: true }),
    title: t.string({ required: true, description: '1 to 160 characters.' }),
    details: t.string({ description: 'At most 20 000 characters.' }),
    severity: t.field({ type: WorkshopItemSeverityEnum, required: true }),
    evidenceDocumentIds: t.idList({ description: 'Documents of vehicles the organisation may act on (at most 20).' }),
  }),
});

const WorkshopItemUpdateInput = builder.inputType('WorkshopItemUpdateInput', {
  description: 'Only what changes. Null clears details.',
  fields: (t) => ({
    status: t.field({ type: WorkshopItemStatusEnum }),
    title: t.string(),
    details: t.string(),
    severity: t.field({ type: WorkshopItemSeverityEnum }),
  }),
});

const ProposedEntryInput = builder.inputType('ProposedEntryInput', {
  description: "A service entry proposed to the vehicle's owner from done items of the session.",
  fields: (t) => ({
    itemIds: t.idList({ required: true, description: 'Done items of this session (1 to 500).' }),
    date: t.string({ required: true, description: 'YYYY-MM-DD, not in the future.' }),
    type: t.field({ type: ServiceEntryTypeEnum, required: true }),
    km: t.int({ required: true, description: 'Odometer in km (integer ≥ 0), required for a timeline entry.' }),
    note: t.string({ description: 'At most 4000 characters.' }),
  }),
});

const keyArg = { required: true, description: IDEMPOTENCY_KEY_DESCRIPTION } as const;

builder.queryField('workshopSession', (t) =>
  t.field({
    type: WorkshopSessionRef,
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.id)),
    resolve: (_root, args, context) => workshopSession(context, String(args.id)),
  }),
);

builder.queryField('workshopSessions', (t) =>
  t.connection({
    type: WorkshopSessionRef,
    description: "The sessions of the caller's organisation, newest first.",
    args: { status: t.arg({ type: WorkshopSessionStatusEnum }) },
    authScopes: (_root, _args, context) => workshopScopes(context),
    resolve: (_root, args, context) =>
      resolveCursorConnection(
        { args, defaultSize: 20, maxSize: 100, toCursor: (session: WorkshopSession) => keysetCursor(session.openedAt, session.id) },
        (page: ResolveCursorConnectionArgs) => workshopSessionsPage(context, args.status ?? null, page),
      ),
  }, { name: 'WorkshopSessionConnection' }, { name: 'WorkshopSessionEdge' }),
);

builder.queryField('proposedServiceEntries', (t) =>
  t.field({
    type: [ProposedServiceEntryRef],
    description: "The owner's pending proposals (on own vehicles), newest first.",
    authScopes: requires({ consented: true }),
    resolve: (_root, _args, context) => pendingProposals(context),
  }),
);

builder.mutationField('openWorkshopSession', (t) =>
  t.field({
    type: WorkshopSessionRef,
    description: 'Opens an intake session for an own or org vehicle (vehicleId) or a customer’s vehicle by its public share token (shareToken): exactly one of them.',
    args: { idempotencyKey: t.arg.string(keyArg), vehicleId: t.arg.id(), shareToken: t.arg.string() },
    authScopes: (_root, _args, context) => workshopScopes(context),
    resolve: (_root, args, context) =>
      openWorkshopSession(context, args.idempotencyKey, { vehicleId: args.vehicleId == null ? null : String(args.vehicleId), shareToken: args.shareToken ?? null }),
  }),
);

builder.mutationField('addWorkshopNote', (t) =>
  t.field({
    type: WorkshopNoteRef,
    description: 'A note of at most 20 000 characters (never logged or audited).',
    args: { idempotencyKey: t.arg.string(keyArg), sessionId: t.arg.id({ required: true }), text: t.arg.string({ required: true }) },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.sessionId)),
    resolve: (_root, args, context) => addWorkshopNote(context, args.idempotencyKey, String(args.sessionId), args.text),
  }),
);

builder.mutationField('addWorkshopItems', (t) =>
  t.field({
    type: [WorkshopItemRef],
    description: '1 to 200 triage items.',
    args: { idempotencyKey: t.arg.string(keyArg), sessionId: t.arg.id({ required: true }), items: t.arg({ type: [WorkshopItemInput], required: true }) },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.sessionId)),
    resolve: (_root, args, context) =>
      addWorkshopItems(
        context,
        args.idempotencyKey,
        String(args.sessionId),
        args.items.map((item) => ({ ...item, details: item.details ?? null, evidenceDocumentIds: (item.evidenceDocumentIds ?? []).map(String) })),
      ),
  }),
);

builder.mutationField('updateWorkshopItem', (t) =>
  t.field({
    type: WorkshopItemRef,
    args: { idempotencyKey: t.arg.string(keyArg), itemId: t.arg.id({ required: true }), input: t.arg({ type: WorkshopItemUpdateInput, required: true }) },
    authScopes: async (_root, args, context) => sessionScopes(context, context.actor ? await sessionOfItem(context, String(args.itemId)) : null),
    resolve: (_root, args, context) => updateWorkshopItem(context, args.idempotencyKey, String(args.itemId), args.input),
  }),
);

builder.mutationField('publishWorkshopBoard', (t) =>
  t.field({
    type: WorkshopBoardSnapshotRef,
    description: 'Publishes the board: items of this session in the order shown (at most 500) and a note.',
    args: { idempotencyKey: t.arg.string(keyArg), sessionId: t.arg.id({ required: true }), itemIds: t.arg.idList({ required: true }), note: t.arg.string() },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.sessionId)),
    resolve: (_root, args, context) => publishWorkshopBoard(context, args.idempotencyKey, String(args.sessionId), args.itemIds.map(String), args.note ?? null),
  }),
);

builder.mutationField('closeWorkshopSession', (t) =>
  t.field({
    type: WorkshopSessionRef,
    description: "Closes the session (closing a closed one returns it). With proposeEntry, done items become a service entry proposed to the vehicle's owner.",
    args: { idempotencyKey: t.arg.string(keyArg), sessionId: t.arg.id({ required: true }), proposeEntry: t.arg({ type: ProposedEntryInput }) },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.sessionId)),
    resolve: (_root, args, context) =>
      closeWorkshopSession(
        context,
        args.idempotencyKey,
        String(args.sessionId),
        args.proposeEntry ? { ...args.proposeEntry, itemIds: args.proposeEntry.itemIds.map(String), note: args.proposeEntry.note ?? null } : null,
      ),
  }),
);

/** Scopes of a decision on a proposal: the vehicle's owner only; anything else (or unknown) FORBIDDEN. */
const proposalScopes = async (context: Context, id: string): Promise<Partial<Scopes>> => {
  if (!context.actor) return requires({ consented: true });
  const proposal = await proposalById(context, id);
  return proposal && isProposalOwner(context, proposal) ? requires({ consented: true }) : requires({ consented: true, roles: [] });
};

builder.mutationField('acceptProposedEntry', (t) =>
  t.field({
    type: ServiceEntryRef,
    description: 'The owner accepts: the proposal becomes a service entry marked confirmedByWorkshop.',
    args: { idempotencyKey: t.arg.string(keyArg), id: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => proposalScopes(context, String(args.id)),
    resolve: (_root, args, context) => acceptProposedEntry(context, args.idempotencyKey, String(args.id)),
  }),
);

builder.mutationField('declineProposedEntry', (t) =>
  t.field({
    type: ProposedServiceEntryRef,
    args: { idempotencyKey: t.arg.string(keyArg), id: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => proposalScopes(context, String(args.id)),
    resolve: (_root, args, context) => declineProposedEntry(context, args.idempotencyKey, String(args.id)),
  }),
);

builder.subscriptionField('workshopBoard', (t) =>
  t.field({
    type: WorkshopBoardRef,
    description: 'Current board at once, then again within 2 s of every change; works across instances (re-reads from the database). The last event after the session closed ends the stream.',
    args: { sessionId: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => sessionScopes(context, String(args.sessionId)),
    subscribe: (_root, args, context) => workshopBoardStream(context, String(args.sessionId), context.request.headers),
    resolve: (board: WorkshopBoard) => board,
  }),
);
