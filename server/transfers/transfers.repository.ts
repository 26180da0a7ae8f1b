import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { OwnershipTransfer } from './transfer.entity.ts';

export class OwnershipTransferRepository extends BaseRepository<OwnershipTransfer> {
  /** The transfer for any of the token's HMAC candidates (one per key version). */
  byTokenHmac(candidates: readonly string[]): Promise<OwnershipTransfer | null> {
    return this.findOne({ tokenHmac: { $in: [...candidates] } });
  }

  /** The vehicle's open transfer, if any (possibly past its time, not yet marked expired). */
  openForVehicle(vehicleId: string): Promise<OwnershipTransfer | null> {
    return this.findOne({ openForVehicle: vehicleId });
  }

  /** Initiator and redeemer of each of these transfers, for the object-level scopes. */
  participantsOf(transferIds: readonly string[]): Promise<Pick<OwnershipTransfer, 'id' | 'initiator' | 'redeemedBy'>[]> {
    return this.find({ id: { $in: [...transferIds] } }, { fields: ['id', 'initiator', 'redeemedBy'] });
  }

  /** Transfers the user started or redeemed, newest first, one page. */
  pageOfParticipant(userId: string, page: ResolveCursorConnectionArgs, vehicleId?: string | null): Promise<OwnershipTransfer[]> {
    const participant = { $or: [{ initiator: userId }, { redeemedBy: userId }] };
    return this.findPage(vehicleId ? { $and: [participant, { vehicle: vehicleId }] } : participant, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /**
   * Marks an open transfer redeemed, in one conditional update: of concurrent redeems exactly one
   * claims it (on PostgreSQL the others wait for the row lock, then find it no longer open).
   */
  async claimForRedeem(transferId: string, redeemerId: string, redeemedAt: Date): Promise<boolean> {
    const claimed = await this.nativeUpdate({ id: transferId, state: 'created' }, { state: 'redeemed', openForVehicle: null, redeemedBy: redeemerId, redeemedAt });
    return claimed === 1;
  }
}
