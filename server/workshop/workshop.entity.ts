import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { ENTRY_TYPES } from '../entries/service-entry.entity.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ProposedServiceEntryRepository, WorkshopSessionRepository, WorkshopSnapshotRepository, WorkshopItemRepository, WorkshopNoteRepository } from './workshop.repository.ts';

export const WORKSHOP_SESSION_STATUSES = ['OPEN', 'CLOSED'] as const;
export type WorkshopSessionStatus = (typeof WORKSHOP_SESSION_STATUSES)[number];
export const WORKSHOP_VEHICLE_ACCESS = ['OWN_OR_ORG', 'SHARE_TOKEN'] as const;
export type WorkshopVehicleAccess = (typeof WORKSHOP_VEHICLE_ACCESS)[number];
export const WORKSHOP_ITEM_KINDS = ['defect', 'task', 'recommendation'] as const;
export type WorkshopItemKind = (typeof WORKSHOP_ITEM_KINDS)[number];
export const WORKSHOP_ITEM_SEVERITIES = ['low', 'medium', 'high'] as const;
export type WorkshopItemSeverity = (typeof WORKSHOP_ITEM_SEVERITIES)[number];
export const WORKSHOP_ITEM_STATUSES = ['open', 'in_progress', 'done', 'blocked'] as const;
export type WorkshopItemStatus = (typeof WORKSHOP_ITEM_STATUSES)[number];
export const PROPOSED_ENTRY_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type ProposedEntryStatus = (typeof PROPOSED_ENTRY_STATUSES)[number];

/**
 * A workshop intake session (SPEC §18) of one organisation: a VIP business (`business:<id>`) or a
 * dealer's or admin's own account (`account:<userId>`). `version` grows with every change of the
 * session, its notes, items or board: the live board re-reads when it moved (every instance).
 */
const WorkshopSessionSchema = defineEntity({
  name: 'WorkshopSession',
  tableName: 'workshop_sessions',
  repository: () => WorkshopSessionRepository,
  indexes: [{ properties: ['organisation', 'openedAt', 'id'] }, { properties: ['vehicle', 'status'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    organisation: p.string(),
    /** The organisation's name when the session was opened (business name, else the account's kind). */
    organisationName: p.string(),
    /** Performer of a proposed entry: the organisation's kind (SPEC §5 list). */
    performedBy: p.string(),
    openedBy: () => p.manyToOne(User).mapToPk(),
    /** Kept for SHARE_TOKEN sessions too (the proposal goes to the owner), never shown there. */
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    access: p.enum(WORKSHOP_VEHICLE_ACCESS),
    /** What the session shows of the vehicle, as the public page showed it at intake (SPEC §8 fields only). */
    vehicleMake: p.string(),
    vehicleModel: p.string(),
    vehicleYear: p.integer().nullable(),
    trustLight: p.string().nullable(),
    status: p.enum(WORKSHOP_SESSION_STATUSES).default('OPEN'),
    version: p.integer().default(1),
    openedAt: p.datetime().onCreate(() => new Date()),
    closedAt: p.datetime().nullable(),
  },
});
export class WorkshopSession extends WorkshopSessionSchema.class {}
WorkshopSessionSchema.setClass(WorkshopSession);

/** A free-text note (≤ 20 000 characters, never logged or audited). */
const WorkshopNoteSchema = defineEntity({
  name: 'WorkshopNote',
  tableName: 'workshop_notes',
  repository: () => WorkshopNoteRepository,
  indexes: [{ properties: ['session', 'createdAt'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    session: () => p.manyToOne(WorkshopSession).mapToPk(),
    text: p.text(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class WorkshopNote extends WorkshopNoteSchema.class {}
WorkshopNoteSchema.setClass(WorkshopNote);

/** A triage item. `position` keeps the order items were added in (several per call share a time). */
const WorkshopItemSchema = defineEntity({
  name: 'WorkshopItem',
  tableName: 'workshop_items',
  repository: () => WorkshopItemRepository,
  indexes: [{ properties: ['session', 'position'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    session: () => p.manyToOne(WorkshopSession).mapToPk(),
    position: p.integer(),
    kind: p.enum(WORKSHOP_ITEM_KINDS),
    title: p.string().length(160),
    details: p.text().nullable(),
    severity: p.enum(WORKSHOP_ITEM_SEVERITIES),
    status: p.enum(WORKSHOP_ITEM_STATUSES).default('open'),
    /** Ids of documents the organisation may act on, checked when written. */
    evidenceDocumentIds: p.json<string[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});
export class WorkshopItem extends WorkshopItemSchema.class {}
WorkshopItemSchema.setClass(WorkshopItem);

/** A published board: the items in the order shown, and a note. */
const WorkshopSnapshotSchema = defineEntity({
  name: 'WorkshopBoardSnapshot',
  tableName: 'workshop_board_snapshots',
  repository: () => WorkshopSnapshotRepository,
  indexes: [{ properties: ['session', 'createdAt'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    session: () => p.manyToOne(WorkshopSession).mapToPk(),
    itemIds: p.json<string[]>(),
    note: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class WorkshopBoardSnapshot extends WorkshopSnapshotSchema.class {}
WorkshopSnapshotSchema.setClass(WorkshopBoardSnapshot);

/**
 * What a workshop proposes for the owner's timeline when it closes a session (one per session).
 * The owner accepts (an entry is created, `confirmedByWorkshop`) or declines; the workshop has no
 * handle on the entry afterwards.
 */
const ProposedServiceEntrySchema = defineEntity({
  name: 'ProposedServiceEntry',
  tableName: 'proposed_service_entries',
  repository: () => ProposedServiceEntryRepository,
  indexes: [{ properties: ['owner', 'status'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    session: () => p.manyToOne(WorkshopSession).mapToPk().unique(),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    /** The vehicle's owner when proposed; only the vehicle's owner at decision time may decide. */
    owner: () => p.manyToOne(User).mapToPk(),
    status: p.enum(PROPOSED_ENTRY_STATUSES).default('PENDING'),
    date: p.string(),
    type: p.enum(ENTRY_TYPES),
    performedBy: p.string(),
    odometerKm: p.integer(),
    note: p.text().nullable(),
    itemTitles: p.json<string[]>(),
    workshopName: p.string(),
    entry: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    decidedAt: p.datetime().nullable(),
  },
});
export class ProposedServiceEntry extends ProposedServiceEntrySchema.class {}
ProposedServiceEntrySchema.setClass(ProposedServiceEntry);
