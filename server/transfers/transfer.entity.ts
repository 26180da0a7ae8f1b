import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { OwnershipTransferRepository } from './transfers.repository.ts';

export const TRANSFER_STATES = ['created', 'redeemed', 'cancelled', 'expired'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

/** An ownership transfer (Übergabe) of one vehicle, redeemed with a one-time secret token. */
const OwnershipTransferSchema = defineEntity({
  name: 'OwnershipTransfer',
  tableName: 'ownership_transfers',
  repository: () => OwnershipTransferRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk().index(),
    initiator: () => p.manyToOne(User).mapToPk().index(),
    /** Versioned HMAC of the token; the token itself is shown once and never stored. */
    tokenHmac: p.string().unique(),
    state: p.enum(TRANSFER_STATES).default('created'),
    /**
     * The vehicle id while the transfer is open, null once it is closed: the unique index makes
     * "one open transfer per vehicle" a database guarantee, not only a check.
     */
    openForVehicle: p.string().nullable().unique(),
    expiresAt: p.datetime(),
    extendedAt: p.datetime().nullable(),
    redeemedBy: () => p.manyToOne(User).mapToPk().nullable().index(),
    redeemedAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class OwnershipTransfer extends OwnershipTransferSchema.class {}
OwnershipTransferSchema.setClass(OwnershipTransfer);
