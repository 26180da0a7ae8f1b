import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { VipBusiness } from './vip-business.entity.ts';

export class VipBusinessRepository extends BaseRepository<VipBusiness> {
  /** Every business, newest first, one page. */
  page(page: ResolveCursorConnectionArgs): Promise<VipBusiness[]> {
    return this.findPage({}, page, { timeField: 'createdAt', order: 'newest-first' });
  }
}
