import { sql } from '@mikro-orm/sql';
import { BaseRepository } from '../db/base.repository.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import type { PublicShare } from './public-share.entity.ts';
import { PublicViewVersion } from './public-view-version.entity.ts';

/** What the public page needs of a shared vehicle (read model): its trust facts, the shown fields, its view version. */
export type SharedVehicle = Pick<Vehicle, 'id' | 'accidentStatus' | 'accidentTrustCompleted' | 'physicalServiceBook' | 'vehicleClass' | 'make' | 'model' | 'buildYear'> & {
  /** Its public view version at the moment of this read (public-view-version.entity.ts). */
  viewVersion: number;
};

/** A vehicle's sharing state as one read sees it: a live public link, and its public view version (public-view-version.entity.ts). */
export interface SharingState {
  shared: boolean;
  viewVersion: number;
}

/** The sharing state's columns as selected (`sharingColumns`): a count of live shares, the version or null. */
export interface SharingColumns {
  liveShares: number | string;
  viewVersion: number | null;
}

export const sharingStateOf = (row: SharingColumns): SharingState => ({ shared: Number(row.liveShares) > 0, viewVersion: row.viewVersion ?? 0 });

export class PublicShareRepository extends BaseRepository<PublicShare> {
  /**
   * The vehicle behind a live share for any of the token's HMAC candidates, with its view
   * version: one statement, the hottest anonymous path (docs/PERFORMANCE.md).
   */
  async sharedVehicle(candidates: readonly string[]): Promise<SharedVehicle | null> {
    const [row] = await this.templateRows<Omit<SharedVehicle, 'viewVersion'> & Pick<SharingColumns, 'viewVersion'>>(
      'sharedVehicle',
      candidates,
      (hmacs) =>
        this.createQueryBuilder('s')
          .select([])
          // `vehicle` maps to its key in the entity type, so the relation path is untyped here.
          .join('s.vehicle' as never, 'v')
          // The vehicle's columns under their own names, mapped with the vehicle's metadata.
          .addSelect(['v.id', 'v.accidentStatus', 'v.accidentTrustCompleted', 'v.physicalServiceBook', 'v.vehicleClass', 'v.make', 'v.model', 'v.buildYear'] as never)
          .addSelect(this.viewVersionColumn('v'))
          .where({ tokenHmac: { $in: [...hmacs] }, revokedAt: null }),
      { mapAs: Vehicle },
    );
    return row ? { ...row, viewVersion: row.viewVersion ?? 0 } : null;
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

  /** The vehicle's public view version as a column of a read of vehicles aliased `vehicleAlias` (null: none counted yet, version 0). */
  viewVersionColumn(vehicleAlias: string) {
    return this.manager.createQueryBuilder(PublicViewVersion, 'pv').select('version').where({ vehicleId: sql.ref(`${vehicleAlias}.id`) } as never).as('viewVersion');
  }

  /**
   * The vehicle's sharing state as columns of a read of vehicles aliased `vehicleAlias`
   * (`SharingColumns`, to `sharingStateOf`): a page of vehicles takes it in instead of a statement
   * of its own.
   */
  sharingColumns(vehicleAlias: string) {
    return [this.createQueryBuilder('s').count().where({ vehicle: sql.ref(`${vehicleAlias}.id`), revokedAt: null } as never).as('liveShares'), this.viewVersionColumn(vehicleAlias)];
  }

  /** The sharing state of these vehicles (unknown ids left out), one statement. */
  async sharingStates(vehicleIds: readonly string[]): Promise<Map<string, SharingState>> {
    const rows = await this.templateRows<{ id: string } & SharingColumns>('sharingStates', vehicleIds, (ids) =>
      this.manager.createQueryBuilder(Vehicle, 'v').select(['id', ...this.sharingColumns('v')] as never).where({ id: { $in: [...ids] } }),
    );
    return new Map(rows.map((row) => [row.id, sharingStateOf(row)]));
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
