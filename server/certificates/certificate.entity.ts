import { defineEntity, p } from '@mikro-orm/sql';
import { User } from '../identity/user.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { CertificateRepository } from './certificates.repository.ts';

/**
 * A „Nachweis-Zertifikat“ (SPEC §22): the signed snapshot of a vehicle's history at one moment.
 * The id is the unguessable part of the public check URL `/v/<id>`. Never changed after it is
 * issued except for `revokedAt`; its state (gültig, ersetzt, widerrufen, abgelaufen) is derived.
 */
const CertificateSchema = defineEntity({
  name: 'Certificate',
  tableName: 'certificates',
  repository: () => CertificateRepository,
  // The n-th certificate of a vehicle: the newest one decides which others are `ersetzt`, and the
  // database refuses two with the same number when two are issued at once.
  uniques: [{ properties: ['vehicle', 'sequence'] }],
  properties: {
    id: p.string().primary(),
    vehicle: () => p.manyToOne(Vehicle).mapToPk(),
    sequence: p.integer(),
    issuedBy: () => p.manyToOne(User).mapToPk(),
    issuedAt: p.datetime(),
    validUntil: p.datetime(),
    revokedAt: p.datetime().nullable(),
    /** Copied from the snapshot: what the public check shows. */
    make: p.string(),
    model: p.string(),
    chainFingerprint: p.string(),
    /** The signed canonical JSON (certificate-signing.ts), from which the PDF is drawn. */
    payload: p.text(),
    /** Ed25519 signature of `payload`'s UTF-8 bytes, base64url. */
    signature: p.string(),
    keyId: p.string(),
  },
});

export class Certificate extends CertificateSchema.class {}
CertificateSchema.setClass(Certificate);
