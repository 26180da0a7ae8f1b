import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ADDON_KEYS } from './addon-config.entity.ts';
import { VehicleAddonRepository } from './addons.repository.ts';

/**
 * An add-on's state on one vehicle. `firstEnabledAt` is set once and never changes: it is what
 * grandfathers the vehicle when the add-on's config later becomes stricter.
 */
const VehicleAddonSchema = defineEntity({
  name: 'VehicleAddon',
  tableName: 'vehicle_addons',
  repository: () => VehicleAddonRepository,
  uniques: [{ properties: ['vehicle', 'addonKey'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    addonKey: p.enum(ADDON_KEYS),
    enabled: p.boolean(),
    firstEnabledAt: p.datetime(),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class VehicleAddon extends VehicleAddonSchema.class {}
VehicleAddonSchema.setClass(VehicleAddon);
