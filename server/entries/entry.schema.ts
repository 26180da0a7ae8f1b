import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { CONSENTED, denialFor, requires } from '../auth/policy.ts';
import type { Scopes } from '../auth/scopes.ts';
import { documentById } from '../documents/document-access.ts';
import { DocumentRef } from '../documents/document.schema.ts';
import type { Document } from '../documents/document.entity.ts';
import { notFound } from '../errors.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { isAdminRole } from '../identity/roles.ts';
import { effectiveLevel } from '../trust/trust.ts';
import { vehicleAccess, vehicleById } from '../vehicles/vehicle-access.ts';
import { VehicleRef } from '../vehicles/vehicle.schema.ts';
import { entryVehicleOf, latestEntriesPageOf, linkedDocumentsOf, type ServiceEntryRecord } from './entry-loaders.ts';
import { formatCost, parseCost } from './entry-rules.ts';
import { addServiceEntry, entryHistory, reviseServiceEntry, withdrawServiceEntry } from './entry.service.ts';
import { ENTRY_TYPES, TRUST_LEVELS, type PerformedBy } from './service-entry.entity.ts';

/**
 * GraphQL enum names cannot hold spaces, umlauts or brackets, so each performer gets a safe name
 * while its value (what is stored and what `performedByLabel` shows) is the exact German label.
 */
const PERFORMED_BY_NAMES: Record<string, PerformedBy> = {
  FACHWERKSTATT: 'Fachwerkstatt',
  HAENDLER: 'Händler',
  AUTOHAUS: 'Autohaus',
  REIFENSERVICE: 'Reifenservice',
  TUNING_FACHBETRIEB: 'Tuning-Fachbetrieb',
  SONSTIGES: 'Sonstiges',
  GESETZLICHES: 'Gesetzliches (TÜV/Gutachten/Wertgutachten)',
  EIGENLEISTUNG: 'Eigenleistung',
};

export const ServiceEntryTypeEnum = builder.enumType('ServiceEntryType', { values: ENTRY_TYPES });
export const TrustLevelEnum = builder.enumType('TrustLevel', { values: TRUST_LEVELS });
export const PerformedByEnum = builder.enumType('PerformedBy', {
  values: Object.fromEntries(Object.entries(PERFORMED_BY_NAMES).map(([name, label]) => [name, { value: label, description: label }])) as Record<
    string,
    { value: PerformedBy; description: string }
  >,
});

/** One version of a timeline entry. */
export const ServiceEntryRef = builder.objectRef<ServiceEntryRecord>('ServiceEntry').implement({
  authScopes: (entry) => requires({ consented: true, ownsVehicle: entry.vehicle }),
  fields: (t) => ({
    id: t.exposeID('id', { description: 'This version.' }),
    groupId: t.exposeID('groupId', { description: 'Shared by all versions of the entry.' }),
    vehicleId: t.exposeID('vehicle'),
    version: t.exposeInt('version'),
    supersedesId: t.exposeID('supersedes', { nullable: true }),
    isLatest: t.exposeBoolean('isLatest'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD.' }),
    type: t.field({ type: ServiceEntryTypeEnum, resolve: (entry) => entry.type }),
    performedBy: t.field({ type: PerformedByEnum, resolve: (entry) => entry.performedBy as PerformedBy }),
    performedByLabel: t.exposeString('performedBy', { description: 'The German label, e.g. Händler.' }),
    odometerKm: t.exposeInt('odometerKm'),
    odometerReplaced: t.boolean({
      description: '"Tacho getauscht": the odometer was replaced; odometerKm is the new one\'s reading, and earlier readings do not count against it.',
      resolve: (entry) => entry.odometerReplaced ?? false,
    }),
    note: t.exposeString('note', { nullable: true }),
    cost: t.string({ nullable: true, description: 'Euros with two decimals, e.g. "1249.90".', resolve: (entry) => (entry.costCents == null ? null : formatCost(entry.costCents)) }),
    declaredTrustLevel: t.field({
      type: TrustLevelEnum,
      nullable: true,
      description: "The owner's claim, kept as given; the trust engine counts effectiveTrustLevel.",
      resolve: (entry) => entry.declaredTrustLevel ?? null,
    }),
    effectiveTrustLevel: t.field({
      type: TrustLevelEnum,
      description: 'Computed from the facts: T3 with linked valid evidence, else T2 with a physical service book, else T1. The declared level never changes it.',
      resolve: async (entry, _args, context) => {
        const [vehicle, linked] = await Promise.all([vehicleById(context).load(entry.vehicle), linkedDocumentsOf(context).load(entry.id)]);
        // Evidence counts from the entry's own vehicle only, as in the trust engine's input.
        const ownDocuments = new Map(linked.filter((document) => document.vehicle === entry.vehicle).map((document) => [document.id, document]));
        return effectiveLevel({ linkedDocumentIds: linked.map((document) => document.id) }, Boolean(vehicle?.physicalServiceBook), ownDocuments);
      },
    }),
    withdrawn: t.exposeBoolean('withdrawn'),
    confirmedByWorkshop: t.boolean({
      description: "Accepted by the owner from a workshop's proposal (the workshop confirmed the work); a revision is the owner's own and false.",
      resolve: (entry) => Boolean(entry.confirmedByWorkshop),
    }),
    withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
    imported: t.boolean({
      description: 'Created by a CSV import (importEntriesCsv); a revision is the owner\'s own and false.',
      resolve: (entry) => Boolean(entry.imported),
    }),
    linkedDocumentIds: t.idList({ resolve: async (entry, _args, context) => (await linkedDocumentsOf(context).load(entry.id)).map((document) => document.id) }),
    documents: t.field({
      type: [DocumentRef],
      description: 'The linked documents with their review status (content only where downloadUrl is set).',
      resolve: async (entry, _args, context) => {
        const documents = await documentById(context).loadMany((await linkedDocumentsOf(context).load(entry.id)).map((document) => document.id));
        return documents.filter((document): document is Document => document !== null && !(document instanceof Error));
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/**
 * Keyset cursor of a timeline entry: when the entry was first recorded and its group (the
 * repository reads its date). Every row has `firstRecordedAt` (the column is nullable for SQLite's sake only).
 */
const timelineCursor = (entry: Pick<ServiceEntryRecord, 'firstRecordedAt' | 'createdAt' | 'groupId'>): string => keysetCursor(entry.firstRecordedAt ?? entry.createdAt, entry.groupId);
/** Keyset cursor of an entry version in its history: its recorded time and id (the repository reads its version). */
const versionCursor = (entry: Pick<ServiceEntryRecord, 'createdAt' | 'id'>): string => keysetCursor(entry.createdAt, entry.id);

builder.objectField(VehicleRef, 'entries', (t) =>
  t.connection({
    type: ServiceEntryRef,
    description: 'The latest version of every entry (withdrawn ones included), newest work first.',
    resolve: (vehicle, args, context) =>
      resolveCursorConnection({ args, toCursor: timelineCursor, defaultSize: 50, maxSize: 200 }, (page: ResolveCursorConnectionArgs) =>
        latestEntriesPageOf(context, page).load(vehicle.id),
      ),
  }),
);

/**
 * Scopes of an operation on an entry: those of its vehicle. Unknown entries fail like foreign
 * ones, except for admins, who may see every entry and learn NOT_FOUND.
 */
async function entryScopes(context: Context, entryId: string): Promise<Partial<Scopes>> {
  const actor = context.actor;
  // Anonymous, moderators and missing consent fail before anything is looked up.
  if (!actor || denialFor(actor, CONSENTED)) return requires({ consented: true });
  const vehicleId = await entryVehicleOf(context).load(entryId);
  if (!vehicleId && isAdminRole(actor.role)) throw notFound('entry_not_found');
  return requires({ consented: true, ownsVehicle: vehicleId ?? '' });
}

const accessToEntry = async (context: Context, entryId: string) => vehicleAccess(context, (await entryVehicleOf(context).load(entryId)) ?? '');

const AddServiceEntryInput = builder.inputType('AddServiceEntryInput', {
  fields: (t) => ({
    vehicleId: t.id({ required: true }),
    date: t.string({ required: true, description: 'YYYY-MM-DD, from 1886-01-01, not in the future.' }),
    type: t.field({ type: ServiceEntryTypeEnum, required: true }),
    performedBy: t.field({ type: PerformedByEnum, required: true }),
    odometerKm: t.int({ required: true }),
    odometerReplaced: t.boolean({ defaultValue: false, description: '"Tacho getauscht": odometerKm is the reading of a replaced odometer.' }),
    note: t.string({ description: 'At most 4000 characters.' }),
    cost: t.string({ description: 'Euros ≥ 0 with at most two decimals, e.g. "1249.90".' }),
    declaredTrustLevel: t.field({ type: TrustLevelEnum }),
    documentIds: t.idList({ description: 'Documents of the same vehicle.' }),
  }),
});

const ReviseServiceEntryInput = builder.inputType('ReviseServiceEntryInput', {
  description: 'Only what changes. Null clears note, cost and declared level; documentIds replaces the links (else they carry over).',
  fields: (t) => ({
    date: t.string(),
    type: t.field({ type: ServiceEntryTypeEnum }),
    performedBy: t.field({ type: PerformedByEnum }),
    odometerKm: t.int(),
    odometerReplaced: t.boolean(),
    note: t.string(),
    cost: t.string(),
    declaredTrustLevel: t.field({ type: TrustLevelEnum }),
    documentIds: t.idList(),
  }),
});

const costCents = (cost: string | null | undefined) => (cost === undefined ? undefined : cost === null || cost.trim() === '' ? null : parseCost(cost));
const ids = (list: readonly (string | number)[] | null | undefined) => list?.map(String);

builder.mutationField('addServiceEntry', (t) =>
  t.field({
    type: ServiceEntryRef,
    args: { input: t.arg({ type: AddServiceEntryInput, required: true }) },
    authScopes: (_root, { input }) => requires({ consented: true, ownsVehicle: String(input.vehicleId) }),
    resolve: async (_root, { input }, context) => {
      const vehicleId = String(input.vehicleId);
      return addServiceEntry(context, await vehicleAccess(context, vehicleId), vehicleId, {
        date: input.date,
        type: input.type,
        performedBy: input.performedBy,
        odometerKm: input.odometerKm,
        odometerReplaced: input.odometerReplaced ?? false,
        note: input.note ?? null,
        costCents: costCents(input.cost) ?? null,
        declaredTrustLevel: input.declaredTrustLevel ?? null,
        documentIds: ids(input.documentIds),
      });
    },
  }),
);

builder.mutationField('reviseServiceEntry', (t) =>
  t.field({
    type: ServiceEntryRef,
    description: 'Appends a new version; entryId must be the latest version (else CONFLICT entry_version_outdated).',
    args: { entryId: t.arg.id({ required: true }), input: t.arg({ type: ReviseServiceEntryInput, required: true }) },
    authScopes: (_root, args, context) => entryScopes(context, String(args.entryId)),
    resolve: async (_root, { entryId, input }, context) =>
      reviseServiceEntry(context, await accessToEntry(context, String(entryId)), String(entryId), {
        date: input.date,
        type: input.type,
        performedBy: input.performedBy,
        odometerKm: input.odometerKm,
        // Not null: "not replaced" is false, and an absent field keeps the previous version's.
        odometerReplaced: input.odometerReplaced ?? undefined,
        note: input.note,
        costCents: costCents(input.cost),
        declaredTrustLevel: input.declaredTrustLevel,
        documentIds: ids(input.documentIds),
      }),
  }),
);

builder.mutationField('withdrawServiceEntry', (t) =>
  t.field({
    type: ServiceEntryRef,
    description: 'Withdrawal is a new version with a reason; nothing is deleted.',
    args: { entryId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    authScopes: (_root, args, context) => entryScopes(context, String(args.entryId)),
    resolve: async (_root, { entryId, reason }, context) =>
      withdrawServiceEntry(context, await accessToEntry(context, String(entryId)), String(entryId), reason),
  }),
);

builder.queryField('serviceEntryHistory', (t) =>
  t.connection({
    type: ServiceEntryRef,
    nullable: true,
    description: 'Every version of the entry, oldest first; any version id names the entry.',
    args: { entryId: t.arg.id({ required: true }) },
    authScopes: (_root, args, context) => entryScopes(context, String(args.entryId)),
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: versionCursor, defaultSize: 50, maxSize: 200 }, (page: ResolveCursorConnectionArgs) =>
        entryHistory(context, String(args.entryId), page),
      ),
  }),
);
