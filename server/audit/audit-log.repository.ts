import type { FilterQuery } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { AuditEvent } from './audit-event.entity.ts';

export class AuditEventRepository extends BaseRepository<AuditEvent> {
  /** Events matching every condition, newest first, one page. */
  page(conditions: readonly FilterQuery<AuditEvent>[], page: ResolveCursorConnectionArgs): Promise<AuditEvent[]> {
    return this.findPage(conditions.length > 0 ? { $and: [...conditions] } : {}, page, { timeField: 'at', order: 'newest-first' });
  }
}
