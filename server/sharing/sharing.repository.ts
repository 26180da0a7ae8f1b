import { raw } from '@mikro-orm/sql';
import { BaseRepository } from '../db/base.repository.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import type { PublicShare } from './public-share.entity.ts';
import { PublicViewVersion } from './public-view-version.entity.ts';

/** What the public page needs of a shared vehicle (read model): its trust facts, the shown fields, its view version. */
export type SharedVehicle = Pick<Vehicle, 'id' | 'accidentStatus' | 'accidentTrustCompleted' | 'physicalServiceBook' | 'vehicleClass' | 'make' | 'model' | 'buildYear'> & {
  /** Its public view version at the moment of this read (public-view-version.entity.ts). */
  viewVersion: number;
};

export class PublicShareRepository extends BaseRepository<PublicShare> {
  /**
   * The vehicle behind a live share for any of the token's HMAC candidates, with its view
   * version: one statement, the hottest anonymous path (docs/PERFORMANCE.md).
   */
  async sharedVehicle(candidates: readonly string[]): Promise<SharedVehicle | null> {
    const [row] = await this.templateRows<SharedVehicle>(
      'sharedVehicle',
      candidates,
      (hmacs) =>
        this.createQueryBuilder('s')
          .select([])
          // `vehicle` maps to its key in the entity type, so the relation path is untyped here.
          .join('s.vehicle' as never, 'v')
          // The vehicle's columns under their own names, mapped with the vehicle's metadata.
          .addSelect(['v.id', 'v.accidentStatus', 'v.accidentTrustCompleted', 'v.physicalServiceBook', 'v.vehicleClass', 'v.make', 'v.model', 'v.buildYear'] as never)
          // Quoted: PostgreSQL folds an unquoted alias to lower case, and the version would be lost.
          .addSelect(raw(`coalesce((${this.versionOfVehicleSql('v')}), 0) as ${this.quote('viewVersion')}`))
          .where({ tokenHmac: { $in: [...hmacs] }, revokedAt: null }),
      { mapAs: Vehicle },
    );
    return row ?? null;
  }

  /** The stored VIN HMAC of the vehicle behind a live share for any of the token's HMAC candidates (the buyer's VIN check). */
  async sharedVehicleVinHmac(candidates: readonly string[]): Promise<string | null> {
    const [row] = await this.templateRows<Pick<Vehicle, 'vinHmac'>>(
      'sharedVehicleVinHmac',
      candidates,
      (hmacs) => this.createQueryBuilder('s').select([]).join('s.vehicle' as never, 'v').addSelect(['v.vinHmac'] as never).where({ tokenHmac: { $in: [...hmacs] }, revokedAt: null }),
      { mapAs: Vehicle },
    );
    return row?.vinHmac ?? null;
  }

  /** `select version … where vehicle = <alias>.id`, names from the metadata (the version table has no relation to join on). */
  private versionOfVehicleSql(vehicleAlias: string): string {
    const meta = this.manager.getMetadata().get(PublicViewVersion);
    const column = (field: 'version' | 'vehicleId') => this.quote(meta.properties[field].fieldNames[0]!);
    return `select ${column('version')} from ${this.quote(meta.tableName)} where ${column('vehicleId')} = ${this.quote(vehicleAlias)}.${this.quote('id')}`;
  }

  /** Which of these vehicles have a live share. */
  async sharedAmong(vehicleIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.templateRows<{ vehicle: string }>('sharedAmong', vehicleIds, (ids) => this.createQueryBuilder('s').select(['vehicle']).where({ vehicle: { $in: [...ids] }, revokedAt: null }));
    return new Set(rows.map((row) => row.vehicle));
  }

  hasLive(vehicleId: string): Promise<Pick<PublicShare, 'id'> | null> {
    return this.findOne({ vehicle: vehicleId, revokedAt: null }, { fields: ['id'] });
  }

  /** The encrypted token of the vehicle's live share (null when sharing is off). */
  liveToken(vehicleId: string): Promise<Pick<PublicShare, 'id' | 'tokenEncrypted'> | null> {
    return this.findOne({ vehicle: vehicleId, revokedAt: null }, { fields: ['id', 'tokenEncrypted'] });
  }

  /** Revokes every live share of a vehicle (kept as history, without its token); answers how many. */
  revokeLive(vehicleId: string, now = new Date()): Promise<number> {
    return this.nativeUpdate({ vehicle: vehicleId, revokedAt: null }, { revokedAt: now, tokenEncrypted: null });
  }

  /** The public view versions of these vehicles (0 where none was counted yet), one statement. */
  async viewVersions(vehicleIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.templateRows<{ vehicleId: string; version: number }>('viewVersions', vehicleIds, (ids) =>
      this.manager.createQueryBuilder(PublicViewVersion, 'pv').select(['vehicleId', 'version']).where({ vehicleId: { $in: [...ids] } }),
    );
    return new Map(rows.map((row) => [row.vehicleId, row.version]));
  }

  /**
   * A vehicle's public view version, read without waiting for the connection lock: an
   * uncommitted bump seen here can only make a cache miss, never a stale hit.
   */
  async viewVersion(vehicleId: string): Promise<number> {
    const [row] = await this.templateRows<{ version: number }>(
      'viewVersion',
      [vehicleId],
      ([id]) => this.manager.createQueryBuilder(PublicViewVersion, 'pv').select(['version']).where({ vehicleId: id }),
      { unlocked: true },
    );
    return row?.version ?? 0;
  }
}
