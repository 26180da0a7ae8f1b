import type { EntityManager } from '@mikro-orm/sql';
import type { Actor } from '../auth/actor.ts';
import { redact } from '../logging/redact.ts';
import type { AuditAction } from './audit-actions.ts';
import { AuditEvent } from './audit-event.entity.ts';

export type AuditResult = 'success' | 'denied' | 'error';
export type AuditScope = 'own' | 'org' | 'shared' | 'public';

export interface AuditEntry {
  action: AuditAction;
  result?: AuditResult;
  targetType?: string;
  targetId?: string;
  scope?: AuditScope;
  /** Reason code for denials and errors (snake_case, never free text). */
  reason?: string;
  /** Filtered through the redaction allow-list: never email, token, code, VIN, filename or note. */
  metadata?: Record<string, unknown>;
}

export interface AuditOrigin {
  actor: Actor | null;
  requestId?: string;
  /** For events without a signed-in actor that still concern a known account (e.g. a failed login). */
  systemActor?: boolean;
}

/**
 * The one writer of the audit trail. It inserts directly (not through the unit of work), with the
 * entity manager it is given: inside a transaction pass the transaction's manager, so the event
 * commits or rolls back with the change it describes.
 */
export async function writeAudit(em: EntityManager, origin: AuditOrigin, entry: AuditEntry): Promise<void> {
  const { actor } = origin;
  await em.insert(AuditEvent, {
    id: crypto.randomUUID(),
    at: new Date(),
    actorType: actor ? (actor.via === 'api_token' ? 'api_token' : 'user') : origin.systemActor ? 'system' : 'anonymous',
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    scope: entry.scope ?? null,
    result: entry.result ?? 'success',
    reason: entry.reason ?? null,
    requestId: origin.requestId ?? null,
    metadata: entry.metadata ? redact(entry.metadata) : null,
  });
}
