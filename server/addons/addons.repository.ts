import { BaseRepository } from '../db/base.repository.ts';
import type { AddonConfig, AddonKey } from './addon-config.entity.ts';
import type { Entitlement } from './entitlement.entity.ts';
import type { VehicleAddon } from './vehicle-addon.entity.ts';

export class AddonConfigRepository extends BaseRepository<AddonConfig> {
  all(): Promise<AddonConfig[]> {
    return this.findAll();
  }

  byKey(key: AddonKey): Promise<AddonConfig | null> {
    return this.findOne({ key });
  }
}

export class EntitlementRepository extends BaseRepository<Entitlement> {
  /** The user's entitlements by key. */
  ofUser(userId: string): Promise<Entitlement[]> {
    return this.find({ user: userId }, { orderBy: { key: 'asc' } });
  }

  held(userId: string, key: string): Promise<Entitlement | null> {
    return this.findOne({ user: userId, key });
  }

  async holds(userId: string, key: string): Promise<boolean> {
    return (await this.count({ user: userId, key })) > 0;
  }

  /** Removes the user's entitlement; false when they did not hold it. */
  async revoke(userId: string, key: string): Promise<boolean> {
    return (await this.nativeDelete({ user: userId, key })) > 0;
  }
}

export class VehicleAddonRepository extends BaseRepository<VehicleAddon> {
  ofVehicle(vehicleId: string): Promise<VehicleAddon[]> {
    return this.find({ vehicle: vehicleId });
  }

  onVehicle(vehicleId: string, key: AddonKey): Promise<VehicleAddon | null> {
    return this.findOne({ vehicle: vehicleId, addonKey: key });
  }

  /** The add-on was enabled on the vehicle at least once: it is grandfathered. */
  async everEnabled(vehicleId: string, key: AddonKey): Promise<boolean> {
    return (await this.count({ vehicle: vehicleId, addonKey: key })) > 0;
  }
}
