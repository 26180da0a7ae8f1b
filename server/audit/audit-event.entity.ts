import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { AuditEventRepository } from './audit-log.repository.ts';

export const AUDIT_RESULTS = ['success', 'denied', 'error'] as const;
export const AUDIT_SCOPES = ['own', 'org', 'shared', 'public'] as const;
export const ACTOR_TYPES = ['anonymous', 'user', 'api_token', 'system'] as const;

const AuditEventSchema = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_events',
  repository: () => AuditEventRepository,
  indexes: [{ properties: ['action', 'at'] }, { properties: ['actorId', 'at'] }, { properties: ['targetType', 'targetId'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    at: p.datetime().index().onCreate(() => new Date()),
    actorType: p.enum(ACTOR_TYPES),
    /** Plain id, not a foreign key: the trail outlives purged rows. */
    actorId: p.string().nullable(),
    actorRole: p.string().nullable(),
    action: p.string(),
    targetType: p.string().nullable(),
    targetId: p.string().nullable(),
    scope: p.enum(AUDIT_SCOPES).nullable(),
    result: p.enum(AUDIT_RESULTS),
    reason: p.string().nullable(),
    requestId: p.string().nullable(),
    metadata: p.json<Record<string, unknown>>().nullable(),
  },
});

export class AuditEvent extends AuditEventSchema.class {}
AuditEventSchema.setClass(AuditEvent);
