import { defineEntity, p, type EntityManager } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';

/** A paid or granted right of one user, e.g. `extra_vehicles` (SPEC §4, §12). */
const EntitlementSchema = defineEntity({
  name: 'Entitlement',
  tableName: 'entitlements',
  uniques: [{ properties: ['user', 'key'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).mapToPk(),
    key: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Entitlement extends EntitlementSchema.class {}
EntitlementSchema.setClass(Entitlement);

export async function hasEntitlement(em: EntityManager, userId: string, key: string): Promise<boolean> {
  return (await em.count(Entitlement, { user: userId, key })) > 0;
}
