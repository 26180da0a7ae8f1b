import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ServiceEntryRepository } from './entry.repository.ts';

export const ENTRY_TYPES = ['service', 'inspection', 'repair', 'modification', 'tires', 'accident', 'restoration', 'other'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
export const PERFORMED_BY = [
  'Fachwerkstatt',
  'Händler',
  'Autohaus',
  'Reifenservice',
  'Tuning-Fachbetrieb',
  'Sonstiges',
  'Gesetzliches (TÜV/Gutachten/Wertgutachten)',
  'Eigenleistung',
] as const;
export type PerformedBy = (typeof PERFORMED_BY)[number];
export const TRUST_LEVELS = ['T1', 'T2', 'T3'] as const;
export type TrustLevel = (typeof TRUST_LEVELS)[number];

/**
 * One version of a timeline entry. Entries are append-only: a revision is a new row in the same
 * group with version n+1 that supersedes the previous one; only the newest has isLatest.
 */
const ServiceEntrySchema = defineEntity({
  name: 'ServiceEntry',
  tableName: 'service_entries',
  repository: () => ServiceEntryRepository,
  uniques: [{ properties: ['groupId', 'version'] }],
  // A vehicle's latest entries in timeline order: a page reads just its rows from the index.
  indexes: [{ properties: ['vehicle', 'isLatest', 'date', 'firstRecordedAt', 'groupId'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    /** Shared by all versions of one entry (the id of its first version). */
    groupId: p.string().index(),
    version: p.integer(),
    supersedes: p.string().nullable(),
    isLatest: p.boolean(),
    /** Calendar date of the work, "YYYY-MM-DD". */
    date: p.string(),
    type: p.enum(ENTRY_TYPES),
    /** One of PERFORMED_BY (validated by the service; the labels contain characters a CHECK list mangles). */
    performedBy: p.string(),
    odometerKm: p.integer(),
    /** "Tacho getauscht": the odometer was replaced and `odometerKm` is the new one's reading (SPEC §20). */
    odometerReplaced: p.boolean().default(false),
    note: p.text().nullable(),
    /** Cost in cents (two decimals, never floating point). */
    costCents: p.integer().nullable(),
    declaredTrustLevel: p.enum(TRUST_LEVELS).nullable(),
    withdrawn: p.boolean().default(false),
    withdrawalReason: p.text().nullable(),
    /** Accepted by the owner from a workshop's proposal (SPEC §18); a later revision is the owner's own and false. */
    confirmedByWorkshop: p.boolean().default(false),
    /** Created by a CSV import (SPEC §23); a later revision is the owner's own and false. */
    imported: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /**
     * When the entry's first version was recorded (copied to every version): the timeline orders
     * by it after the date, so a revision keeps the entry's place and a client paging the
     * timeline neither skips nor repeats an entry revised between two pages. Always set; nullable
     * only because SQLite adds a NOT NULL column to a filled table only by rebuilding it (which
     * would drop its public-view triggers).
     */
    firstRecordedAt: p.datetime().nullable().onCreate(() => new Date()),
  },
});

export class ServiceEntry extends ServiceEntrySchema.class {}
ServiceEntrySchema.setClass(ServiceEntry);
