import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { VehicleRepository } from './vehicle.repository.ts';

export const VEHICLE_CLASSES = ['Hypercar', 'Sport', 'Luxus', 'Alltag', 'Nutzfahrzeug'] as const;
export type VehicleClass = (typeof VEHICLE_CLASSES)[number];
export const ACCIDENT_STATUSES = ['unfallfrei', 'nicht_unfallfrei', 'unbekannt'] as const;
export type AccidentStatus = (typeof ACCIDENT_STATUSES)[number];

const VehicleSchema = defineEntity({
  name: 'Vehicle',
  tableName: 'vehicles',
  repository: () => VehicleRepository,
  // An owner's vehicles in the order "my vehicles" lists them, without a sort.
  indexes: [{ properties: ['owner', 'createdAt', 'id'] }],
  // A vehicle is created before it can be shared: only its changes and removal matter.
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    owner: () => p.manyToOne(User).mapToPk(),
    /** HMAC of the normalised VIN: duplicate detection without the VIN in clear. */
    vinHmac: p.string().unique(),
    /** AES-GCM ciphertext of the VIN, read only for the full export. */
    vinEncrypted: p.text(),
    /** "WVW***0001": the only form ever shown. */
    vinMasked: p.string(),
    make: p.string(),
    model: p.string(),
    buildYear: p.integer().nullable(),
    vehicleClass: p.enum(VEHICLE_CLASSES).nullable(),
    nickname: p.string().nullable(),
    /** Calendar date of the first registration ("Erstzulassung"), "YYYY-MM-DD": where HU/AU counts from (SPEC §20). */
    firstRegistration: p.string().nullable(),
    accidentStatus: p.enum(ACCIDENT_STATUSES).default('unbekannt'),
    accidentTrustCompleted: p.boolean().default(false),
    physicalServiceBook: p.boolean().default(false),
    interestedInSelling: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Vehicle extends VehicleSchema.class {}
VehicleSchema.setClass(Vehicle);
