import { BaseRepository } from '../db/base.repository.ts';
import type { ChainLink } from './chain-link.entity.ts';

export class ChainLinkRepository extends BaseRepository<ChainLink> {
  /** The vehicle's newest link (its head), or null. */
  async headOf(vehicleId: string): Promise<Pick<ChainLink, 'sequence' | 'hash'> | null> {
    const [row] = await this.rows<Pick<ChainLink, 'sequence' | 'hash'>>(
      this.createQueryBuilder('l').select(['sequence', 'hash']).where({ vehicle: vehicleId }).orderBy({ sequence: 'desc' }).limit(1),
    );
    return row ?? null;
  }

  /** The heads of these vehicles: one row per vehicle that has a chain, in one statement. */
  headsOf(vehicleIds: readonly string[]): Promise<Pick<ChainLink, 'vehicle' | 'hash'>[]> {
    return this.templateRows('headsOf', vehicleIds, (ids) =>
      this.createQueryBuilder('l')
        .select(['vehicle', 'hash'])
        .where({ vehicle: { $in: [...ids] } })
        .andWhere('l.sequence = (select max(m.sequence) from chain_links m where m.vehicle_id = l.vehicle_id)'),
    );
  }

  /** Every link of the vehicle in chain order. */
  allOfVehicle(vehicleId: string): Promise<ChainLink[]> {
    return this.find({ vehicle: vehicleId }, { orderBy: { sequence: 'asc' } });
  }
}
