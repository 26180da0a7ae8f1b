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
  indexes: [{ properties: ['vehicle', 'isLatest', 'date', 'createdAt', 'id'] }],
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
    note: p.text().nullable(),
    /** Cost in cents (two decimals, never floating point). */
    costCents: p.integer().nullable(),
    declaredTrustLevel: p.enum(TRUST_LEVELS).nullable(),
    withdrawn: p.boolean().default(false),
    withdrawalReason: p.text().nullable(),
    /** Accepted by the owner from a workshop's proposal (SPEC §18); a later revision is the owner's own and false. */
    confirmedByWorkshop: p.boolean().default(false),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ServiceEntry extends ServiceEntrySchema.class {}
ServiceEntrySchema.setClass(ServiceEntry);
