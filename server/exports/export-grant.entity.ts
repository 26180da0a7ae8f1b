import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ExportGrantRepository } from './exports.repository.ts';

export const EXPORT_TARGET_TYPES = ['vehicle', 'account'] as const;
export type ExportTargetType = (typeof EXPORT_TARGET_TYPES)[number];

/** A one-use permission for one full export of one target (SPEC §10). */
const ExportGrantSchema = defineEntity({
  name: 'ExportGrant',
  tableName: 'export_grants',
  repository: () => ExportGrantRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    /** Versioned HMAC of the grant token; the token is shown once. */
    tokenHmac: p.string().unique(),
    targetType: p.enum(EXPORT_TARGET_TYPES),
    targetId: p.string(),
    grantedTo: () => p.manyToOne(User).mapToPk().index(),
    ttlSeconds: p.integer(),
    expiresAt: p.datetime(),
    consumedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ExportGrant extends ExportGrantSchema.class {}
ExportGrantSchema.setClass(ExportGrant);
