import { defineEntity, p } from '@mikro-orm/sql';
import { User } from '../identity/user.entity.ts';
import { AddonConfigRepository } from './addons.repository.ts';

/** The vehicle add-ons; each also names the kind of trust folder it unlocks (SPEC §12). */
export const ADDON_KEYS = ['restauration', 'oldtimer', 'unfall'] as const;
export type AddonKey = (typeof ADDON_KEYS)[number];

/** What a user can be entitled to: more vehicles (SPEC §4) or a paid vehicle add-on (SPEC §12). */
export const ENTITLEMENT_KEYS = ['extra_vehicles', ...ADDON_KEYS] as const;
export type EntitlementKey = (typeof ENTITLEMENT_KEYS)[number];

/** How an add-on may be taken up. No row means the add-on is not available at all. */
const AddonConfigSchema = defineEntity({
  name: 'AddonConfig',
  tableName: 'addon_configs',
  repository: () => AddonConfigRepository,
  properties: {
    /** One of ADDON_KEYS; a plain string column because SQLite diffs an enum primary key forever. */
    key: p.string().primary(),
    allowNew: p.boolean().default(false),
    requiresPayment: p.boolean().default(true),
    adminOnly: p.boolean().default(false),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    updatedBy: () => p.manyToOne(User).mapToPk().nullable(),
  },
});

export class AddonConfig extends AddonConfigSchema.class {}
AddonConfigSchema.setClass(AddonConfig);
