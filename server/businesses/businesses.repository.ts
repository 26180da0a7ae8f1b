import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { VipBusiness, VipBusinessStaff } from './vip-business.entity.ts';

export class VipBusinessRepository extends BaseRepository<VipBusiness> {
  /** Every business, newest first, one page. */
  page(page: ResolveCursorConnectionArgs): Promise<VipBusiness[]> {
    return this.findPage({}, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /** The approved business an account owns, else one of those it serves on the staff of (`staffOf`: their ids), if any. */
  async approvedOfMember(userId: string, staffOf: readonly string[]): Promise<VipBusiness | null> {
    const found = await this.find({ approvedAt: { $ne: null }, $or: [{ owner: userId }, { id: { $in: [...staffOf] } }] }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return found.find((business) => business.owner === userId) ?? found[0] ?? null;
  }

  /** The approved businesses among these ids, with their owners. */
  approvedOwners(businessIds: readonly string[]): Promise<Pick<VipBusiness, 'id' | 'owner'>[]> {
    return this.find({ id: { $in: [...businessIds] }, approvedAt: { $ne: null } }, { fields: ['id', 'owner'] });
  }
}

export class VipBusinessStaffRepository extends BaseRepository<VipBusinessStaff> {
  /** The accounts on a business's staff. */
  async userIdsOf(businessId: string): Promise<string[]> {
    return (await this.find({ business: businessId }, { fields: ['id', 'user'] })).map((row) => row.user);
  }

  /** The staff rows of these businesses, longest-serving first. */
  ofBusinesses(businessIds: readonly string[]): Promise<VipBusinessStaff[]> {
    return this.find({ business: { $in: [...businessIds] } }, { orderBy: { addedAt: 'asc' } });
  }

  /** The staff rows of these accounts (which business each serves). */
  ofUsers(userIds: readonly string[]): Promise<Pick<VipBusinessStaff, 'id' | 'user' | 'business'>[]> {
    return this.find({ user: { $in: [...userIds] } }, { fields: ['id', 'user', 'business'] });
  }

  /** Removes an account from a business's staff; false when it was not on it. */
  async remove(businessId: string, userId: string): Promise<boolean> {
    return (await this.nativeDelete({ business: businessId, user: userId })) > 0;
  }
}
