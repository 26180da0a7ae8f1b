import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { PublicShareRepository } from './sharing.repository.ts';

/**
 * One share token of a vehicle's public QR page. Lookups use only the HMAC of the token; the
 * token is also kept encrypted so its owner can see the link and QR code again (docs/DECISIONS.md).
 * A rotated or disabled share keeps its row with revokedAt set (its ciphertext cleared), so the
 * history stays.
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
    /** The token, AES-256-GCM under the key label `share-token-encryption`; null once revoked and for shares made before it was kept. */
    tokenEncrypted: p.text().nullable(),
    createdBy: () => p.manyToOne(User).mapToPk(),
    createdAt: p.datetime().onCreate(() => new Date()),
    revokedAt: p.datetime().nullable(),
  },
});

export class PublicShare extends PublicShareSchema.class {}
PublicShareSchema.setClass(PublicShare);
