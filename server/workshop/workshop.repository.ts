import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { ProposedServiceEntry, WorkshopBoardSnapshot, WorkshopItem, WorkshopNote, WorkshopSession, WorkshopSessionStatus } from './workshop.entity.ts';

export class WorkshopSessionRepository extends BaseRepository<WorkshopSession> {
  /** The organisation's sessions (of one status, if given), newest first, one page. */
  pageOfOrganisation(organisation: string, status: WorkshopSessionStatus | null, page: ResolveCursorConnectionArgs): Promise<WorkshopSession[]> {
    return this.findPage(status ? { organisation, status } : { organisation }, page, { timeField: 'openedAt', order: 'newest-first' });
  }

  /** Organisation of each of these sessions (unknown ids are missing), for the object-level checks. */
  organisationsOf(ids: readonly string[]): Promise<Pick<WorkshopSession, 'id' | 'organisation'>[]> {
    return this.find({ id: { $in: [...ids] } }, { fields: ['id', 'organisation'] });
  }

  /** The session's change counter, read from the database (the live board polls it; one indexed read). */
  async versionOf(id: string): Promise<number | null> {
    const row = await this.findOne({ id }, { fields: ['id', 'version'], refresh: true, disableIdentityMap: true });
    return row?.version ?? null;
  }

  /** Every session of these organisations, oldest first (exports). */
  ofOrganisations(organisations: readonly string[]): Promise<WorkshopSession[]> {
    return this.find({ organisation: { $in: [...organisations] } }, { orderBy: { openedAt: 'asc', id: 'asc' } });
  }

  /**
   * Whether the organisation (`workshopOrganisationOf` in workshop.service.ts) has an open session
   * for the vehicle: the inspections' access check asks it.
   */
  async hasOpenForVehicle(organisation: string, vehicleId: string): Promise<boolean> {
    return (await this.count({ organisation, vehicle: vehicleId, status: 'OPEN' })) > 0;
  }
}

export class WorkshopNoteRepository extends BaseRepository<WorkshopNote> {
  /** Notes of these sessions, oldest first. */
  ofSessions(sessionIds: readonly string[]): Promise<WorkshopNote[]> {
    return this.find({ session: { $in: [...sessionIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

export class WorkshopItemRepository extends BaseRepository<WorkshopItem> {
  /** Items of these sessions, in the order they were added. */
  ofSessions(sessionIds: readonly string[]): Promise<WorkshopItem[]> {
    return this.find({ session: { $in: [...sessionIds] } }, { orderBy: { position: 'asc' } });
  }

  /** How many items the session has (the next position), read inside the session's lock. */
  countOf(sessionId: string): Promise<number> {
    return this.count({ session: sessionId });
  }

  /** Items by id (any session: the caller checks which session each belongs to). */
  byIds(ids: readonly string[]): Promise<WorkshopItem[]> {
    return this.find({ id: { $in: [...ids] } });
  }
}

export class WorkshopSnapshotRepository extends BaseRepository<WorkshopBoardSnapshot> {
  /**
   * The newest snapshot of each of these sessions: one row per session read from the index, however
   * often a board was published (a live board re-reads it on every change).
   */
  async latestOf(sessionIds: readonly string[]): Promise<WorkshopBoardSnapshot[]> {
    const newest = { limit: 1, inverted: false, before: undefined, after: undefined };
    const rows = await this.pagesPerParent('latestOf', 'session', ['id', 'session', 'createdAt'], sessionIds, {}, newest, { timeField: 'createdAt', order: 'newest-first' });
    // Then the entities by id: the ORM maps the JSON item list.
    return rows.length === 0 ? [] : this.find({ id: { $in: rows.map((row) => row.id as string) } });
  }
}

export class ProposedServiceEntryRepository extends BaseRepository<ProposedServiceEntry> {
  /** Pending proposals for vehicles this account owns, newest first. */
  pendingForOwner(ownerId: string): Promise<ProposedServiceEntry[]> {
    return this.find({ owner: ownerId, status: 'PENDING' }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** The proposal of each of these sessions. */
  ofSessions(sessionIds: readonly string[]): Promise<ProposedServiceEntry[]> {
    return this.find({ session: { $in: [...sessionIds] } });
  }

  /** Decides a pending proposal in one conditional update: of two concurrent decisions one wins. */
  async decide(id: string, status: 'ACCEPTED' | 'DECLINED', entryId: string | null, at: Date): Promise<boolean> {
    return (await this.nativeUpdate({ id, status: 'PENDING' }, { status, entry: entryId, decidedAt: at })) === 1;
  }
}
