import { defineEntity, p } from '@mikro-orm/sql';
import { ADDON_KEYS } from '../addons/addon-config.entity.ts';
import { newId } from '../db/ids.ts';
import { Document } from '../documents/document.entity.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { TrustFolderRepository } from './trust-folders.repository.ts';

/** A themed evidence folder of a vehicle (restauration, oldtimer, unfall), unlocked by the add-on of the same key. */
const TrustFolderSchema = defineEntity({
  name: 'TrustFolder',
  tableName: 'trust_folders',
  repository: () => TrustFolderRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk().index(),
    /** The vehicle's owner when the folder was created; the folder stays with the vehicle. */
    owner: () => p.manyToOne(User).mapToPk(),
    addonKey: p.enum(ADDON_KEYS),
    title: p.string(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    /** Soft delete by the owner or an admin: the folder leaves every list, its rows stay. */
    deletedAt: p.datetime().nullable(),
  },
});
export class TrustFolder extends TrustFolderSchema.class {}
TrustFolderSchema.setClass(TrustFolder);

/** One stage of the work (e.g. Karosserie, Lack, Motor). */
const TrustFolderStageSchema = defineEntity({
  name: 'TrustFolderStage',
  tableName: 'trust_folder_stages',
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    folder: () => p.manyToOne(TrustFolder).mapToPk().index(),
    name: p.string(),
    /** Calendar date of the work, "YYYY-MM-DD". */
    date: p.string(),
    performedBy: p.string(),
    costCents: p.integer().nullable(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class TrustFolderStage extends TrustFolderStageSchema.class {}
TrustFolderStageSchema.setClass(TrustFolderStage);

export const STAGE_DOCUMENT_ROLES = ['evidence', 'before', 'after'] as const;
export type StageDocumentRole = (typeof STAGE_DOCUMENT_ROLES)[number];

/** A document of the vehicle linked to a stage: evidence, or a before/after picture. */
const TrustFolderStageDocumentSchema = defineEntity({
  name: 'TrustFolderStageDocument',
  tableName: 'trust_folder_stage_documents',
  primaryKeys: ['stage', 'document', 'role'],
  properties: {
    stage: () => p.manyToOne(TrustFolderStage).mapToPk().primary(),
    document: () => p.manyToOne(Document).mapToPk().primary(),
    role: p.enum(STAGE_DOCUMENT_ROLES).primary(),
  },
});
export class TrustFolderStageDocument extends TrustFolderStageDocumentSchema.class {}
TrustFolderStageDocumentSchema.setClass(TrustFolderStageDocument);
