import { defineEntity, p, type EntityManager } from '@mikro-orm/sqlite';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ADDON_KEYS } from './addon-config.entity.ts';

/** What a user can be entitled to: more vehicles (SPEC §4) or a paid vehicle add-on (SPEC §12). */
export const ENTITLEMENT_KEYS = ['extra_vehicles', ...ADDON_KEYS] as const;
export type EntitlementKey = (typeof ENTITLEMENT_KEYS)[number];

const EntitlementSchema = defineEntity({
  name: 'Entitlement',
  tableName: 'entitlements',
  uniques: [{ properties: ['user', 'key'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).mapToPk(),
    key: p.enum(ENTITLEMENT_KEYS),
    grantedAt: p.datetime().onCreate(() => new Date()),
    grantedBy: () => p.manyToOne(User).mapToPk().nullable(),
  },
});

export class Entitlement extends EntitlementSchema.class {}
EntitlementSchema.setClass(Entitlement);

export async function hasEntitlement(em: EntityManager, userId: string, key: EntitlementKey): Promise<boolean> {
  return (await em.count(Entitlement, { user: userId, key })) > 0;
}
