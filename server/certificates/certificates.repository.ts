import { BaseRepository } from '../db/base.repository.ts';
import type { Certificate } from './certificate.entity.ts';

export class CertificateRepository extends BaseRepository<Certificate> {
  /** Every certificate of these vehicles, newest first. */
  ofVehicles(vehicleIds: readonly string[]): Promise<Certificate[]> {
    return this.find({ vehicle: { $in: [...vehicleIds] } }, { orderBy: { vehicle: 'asc', sequence: 'desc' } });
  }

  /** The highest sequence number issued for the vehicle (0 without any). */
  async newestSequence(vehicleId: string): Promise<number> {
    const newest = await this.findOne({ vehicle: vehicleId }, { orderBy: { sequence: 'desc' }, fields: ['sequence'] });
    return newest?.sequence ?? 0;
  }

  /** Marks the certificate revoked unless it already is; answers whether this call revoked it. */
  async revoke(id: string, now: Date): Promise<boolean> {
    return (await this.nativeUpdate({ id, revokedAt: null }, { revokedAt: now })) === 1;
  }
}
