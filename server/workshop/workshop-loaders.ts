import { groupBy, LoaderKey } from '../db/loaders.ts';
import type { RequestScope } from '../request-scope.ts';
import { ProposedServiceEntry, WorkshopBoardSnapshot, WorkshopItem, WorkshopNote, type WorkshopSession } from './workshop.entity.ts';

const notesBySessionLoader = new LoaderKey<string, WorkshopNote[]>('workshop:notesBySession');
const itemsBySessionLoader = new LoaderKey<string, WorkshopItem[]>('workshop:itemsBySession');
const latestSnapshotBySessionLoader = new LoaderKey<string, WorkshopBoardSnapshot | null>('workshop:latestSnapshotBySession');
const proposalBySessionLoader = new LoaderKey<string, ProposedServiceEntry | null>('workshop:proposalBySession');

/** What the live board shows. */
export interface WorkshopBoard {
  session: WorkshopSession;
}

/** A session's parts read together for one board event (a fresh read, not the request's loaders). */
export interface SessionParts {
  notes: WorkshopNote[];
  items: WorkshopItem[];
  snapshot: WorkshopBoardSnapshot | null;
  proposal: ProposedServiceEntry | null;
}

/**
 * Parts of sessions (and of their snapshots) read for a board event. A subscription keeps one
 * request scope for all its events, whose loaders would answer the first read forever: each event
 * reads its own session object and parts, and the fields below find them here.
 */
const preloaded = new WeakMap<object, SessionParts>();

/** Reads a session's parts in `scope` (a fresh one per board event) and attaches them to the session. */
export async function loadSessionParts(scope: RequestScope, session: WorkshopSession): Promise<WorkshopSession> {
  const [notes, items, snapshot, proposal] = await Promise.all([
    scope.em.getRepository(WorkshopNote).ofSessions([session.id]),
    scope.em.getRepository(WorkshopItem).ofSessions([session.id]),
    scope.em.getRepository(WorkshopBoardSnapshot).latestOf([session.id]).then((rows) => rows[0] ?? null),
    scope.em.getRepository(ProposedServiceEntry).ofSessions([session.id]).then((rows) => rows[0] ?? null),
  ]);
  const parts = { notes, items, snapshot, proposal };
  preloaded.set(session, parts);
  if (snapshot) preloaded.set(snapshot, parts);
  return session;
}

export function notesOf(scope: RequestScope, session: WorkshopSession): Promise<WorkshopNote[]> {
  const parts = preloaded.get(session);
  if (parts) return Promise.resolve(parts.notes);
  return scope.loaders
    .get(notesBySessionLoader, async (ids) => groupBy(ids, await scope.em.getRepository(WorkshopNote).ofSessions(ids), (note) => note.session))
    .load(session.id);
}

const itemsBySession = (scope: RequestScope) =>
  scope.loaders.get(itemsBySessionLoader, async (ids) => groupBy(ids, await scope.em.getRepository(WorkshopItem).ofSessions(ids), (item) => item.session));

export function itemsOf(scope: RequestScope, session: WorkshopSession): Promise<WorkshopItem[]> {
  const parts = preloaded.get(session);
  return parts ? Promise.resolve(parts.items) : itemsBySession(scope).load(session.id);
}

export function latestSnapshotOf(scope: RequestScope, session: WorkshopSession): Promise<WorkshopBoardSnapshot | null> {
  const parts = preloaded.get(session);
  if (parts) return Promise.resolve(parts.snapshot);
  return scope.loaders
    .get(latestSnapshotBySessionLoader, async (ids) => {
      const bySession = new Map((await scope.em.getRepository(WorkshopBoardSnapshot).latestOf(ids)).map((snapshot) => [snapshot.session, snapshot]));
      return ids.map((id) => bySession.get(id) ?? null);
    })
    .load(session.id);
}

export function proposalOf(scope: RequestScope, session: WorkshopSession): Promise<ProposedServiceEntry | null> {
  const parts = preloaded.get(session);
  if (parts) return Promise.resolve(parts.proposal);
  return scope.loaders
    .get(proposalBySessionLoader, async (ids) => {
      const bySession = new Map((await scope.em.getRepository(ProposedServiceEntry).ofSessions(ids)).map((proposal) => [proposal.session, proposal]));
      return ids.map((id) => bySession.get(id) ?? null);
    })
    .load(session.id);
}

/** A snapshot's items in the published order (items of its session only, by construction). */
export async function snapshotItems(scope: RequestScope, snapshot: WorkshopBoardSnapshot): Promise<WorkshopItem[]> {
  const items = preloaded.get(snapshot)?.items ?? (await itemsBySession(scope).load(snapshot.session));
  const byId = new Map(items.map((item) => [item.id, item]));
  return snapshot.itemIds.flatMap((id) => byId.get(id) ?? []);
}
