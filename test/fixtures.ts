import { randomBytes } from 'node:crypto';
import { Document, type DocumentContentType } from '../server/documents/document.entity.ts';
import { Vehicle } from '../server/vehicles/vehicle.entity.ts';
import type { TestServer } from './harness.ts';

/**
 * Rows written straight through the ORM for tests of areas that only need a vehicle or a document
 * to exist (their own create operations are tested in their own areas).
 */
export async function vehicleFixture(server: TestServer, ownerId: string, fields: Partial<Pick<Vehicle, 'make' | 'model' | 'buildYear'>> = {}): Promise<string> {
  const em = server.app.services.orm.em.fork();
  const vehicle = em.create(Vehicle, {
    owner: ownerId,
    vinHmac: `v1:${randomBytes(32).toString('hex')}`,
    vinEncrypted: server.app.services.keyring.encrypt('vin-encryption', 'WVWZZZ1JZXW000001'),
    vinMasked: 'WVW***0001',
    make: 'Volkswagen',
    model: 'Golf',
    buildYear: 1999,
    ...fields,
  });
  await em.flush();
  return vehicle.id;
}

export async function documentFixture(
  server: TestServer,
  vehicleId: string,
  uploadedBy: string,
  fields: Partial<Pick<Document, 'approvalStatus' | 'scanStatus' | 'piiStatus' | 'filename'>> & { contentType?: DocumentContentType } = {},
): Promise<string> {
  const em = server.app.services.orm.em.fork();
  const document = em.create(Document, {
    vehicle: vehicleId,
    uploadedBy,
    storageKey: randomBytes(16).toString('hex'),
    filename: 'rechnung-max-mustermann.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1234,
    sha256: randomBytes(32).toString('hex'),
    ...fields,
  });
  await em.flush();
  return document.id;
}

/** Server settings for test files that sign in many accounts from the one loopback address. */
export const MANY_SIGN_INS = { LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' };
