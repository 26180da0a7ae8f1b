import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { PublicShareRepository } from './sharing.repository.ts';

/**
 * One share token of a vehicle's public QR page. Only the HMAC of the token is stored; a rotated
 * or disabled share keeps its row with revokedAt set, so the history stays.
 */
const PublicShareSchema = defineEntity({
  name: 'PublicShare',
  tableName: 'public_shares',
  repository: () => PublicShareRepository,
  indexes: [{ properties: ['vehicle', 'revokedAt'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    tokenHmac: p.string().unique(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
  },
});

export class PublicShare extends PublicShareSchema.class {}
PublicShareSchema.setClass(PublicShare);
