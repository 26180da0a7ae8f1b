import type { FilterQuery } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { badInput } from '../errors.ts';
import type { RequestScope } from '../request-scope.ts';
import type { AuditResult } from './audit.ts';
import { AuditEvent } from './audit-event.entity.ts';

export interface AuditLogFilter {
  actions?: readonly string[] | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  result?: AuditResult | null;
  /** Inclusive lower bound. */
  from?: Date | null;
  /** Exclusive upper bound. */
  to?: Date | null;
}

/** The audit trail for admins, newest first, every filter optional and combined with AND. */
export function listAuditEvents(scope: RequestScope, filter: AuditLogFilter, page: ResolveCursorConnectionArgs): Promise<AuditEvent[]> {
  if (filter.from && filter.to && filter.from >= filter.to) throw badInput('invalid_time_range', '`from` must be before `to`');
  if (filter.actions && filter.actions.length > 50) throw badInput('too_many_actions', 'At most 50 actions per filter');
  const where: FilterQuery<AuditEvent>[] = [];
  if (filter.actions?.length) where.push({ action: { $in: [...filter.actions] } });
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.targetType) where.push({ targetType: filter.targetType });
  if (filter.targetId) where.push({ targetId: filter.targetId });
  if (filter.result) where.push({ result: filter.result });
  if (filter.from) where.push({ at: { $gte: filter.from } });
  if (filter.to) where.push({ at: { $lt: filter.to } });
  return scope.em.getRepository(AuditEvent).page(where, page);
}
