import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { EntitlementRepository } from './addons.repository.ts';

/** A paid or granted right of one user, e.g. `extra_vehicles` (SPEC §4, §12). */
const EntitlementSchema = defineEntity({
  name: 'Entitlement',
  tableName: 'entitlements',
  repository: () => EntitlementRepository,
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
