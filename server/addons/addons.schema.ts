import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { ErrorReasonEnum } from '../graphql/error-reason.schema.ts';
import { ADDON_KEYS, ENTITLEMENT_KEYS, type EntitlementKey } from './addon-config.entity.ts';
import {
  addonConfigs,
  addonBlockedBy,
  disableVehicleAddon,
  enableVehicleAddon,
  entitlementsOf,
  grantEntitlement,
  revokeEntitlement,
  setAddonConfig,
  vehicleAddons,
  type AddonConfigView,
  type VehicleAddonView,
} from './addons.service.ts';
import type { Entitlement } from './entitlement.entity.ts';

export const AddonKeyEnum = builder.enumType('AddonKey', { values: ADDON_KEYS });
const EntitlementKeyEnum = builder.enumType('EntitlementKey', { values: ENTITLEMENT_KEYS });

const ADMIN = requires({ consented: true, admin: true });

const AddonConfigRef = builder.objectRef<AddonConfigView>('AddonConfig').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    key: t.field({ type: AddonKeyEnum, resolve: (config) => config.key }),
    configured: t.exposeBoolean('configured', { description: 'False: not configured, so not available to anyone new.' }),
    allowNew: t.exposeBoolean('allowNew'),
    requiresPayment: t.exposeBoolean('requiresPayment'),
    adminOnly: t.exposeBoolean('adminOnly'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
  }),
});

const EntitlementRef = builder.objectRef<Entitlement>('Entitlement').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    userId: t.exposeID('user'),
    key: t.field({ type: EntitlementKeyEnum, resolve: (entitlement) => entitlement.key as EntitlementKey }),
    grantedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const VehicleAddonRef = builder.objectRef<VehicleAddonView>('VehicleAddon').implement({
  authScopes: (addon) => requires({ consented: true, ownsVehicle: addon.vehicleId }),
  fields: (t) => ({
    vehicleId: t.exposeID('vehicleId'),
    key: t.field({ type: AddonKeyEnum, resolve: (addon) => addon.key }),
    enabled: t.exposeBoolean('enabled'),
    firstEnabledAt: t.expose('firstEnabledAt', { type: 'DateTime', nullable: true, description: 'Set the first time, never changed: grandfathers the vehicle.' }),
    blockedBy: t.field({
      type: ErrorReasonEnum,
      nullable: true,
      description: 'Why the add-on gate (SPEC §12) would refuse the caller enabling it or creating a trust folder of this key now (addon_not_available, admin_only, paywall_required); null when it would allow.',
      resolve: (addon, _args, context) => addonBlockedBy(context, addon.vehicleId, addon.key),
    }),
  }),
});

builder.queryField('addonConfigs', (t) =>
  t.field({
    type: [AddonConfigRef],
    nullable: true,
    authScopes: ADMIN,
    description: 'Every add-on key with its configuration (a fixed, short list).',
    resolve: (_root, _args, context) => addonConfigs(context),
  }),
);

builder.queryField('entitlements', (t) =>
  t.field({
    type: [EntitlementRef],
    nullable: true,
    authScopes: ADMIN,
    description: "A user's entitlements (at most one per key).",
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => entitlementsOf(context, String(args.userId)),
  }),
);

builder.queryField('vehicleAddons', (t) =>
  t.field({
    type: [VehicleAddonRef],
    nullable: true,
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    description: 'Every add-on key with its state on the vehicle.',
    args: { vehicleId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => vehicleAddons(context, String(args.vehicleId)),
  }),
);

builder.mutationField('setAddonConfig', (t) =>
  t.field({
    type: AddonConfigRef,
    authScopes: ADMIN,
    description: 'Creates or changes the config of an add-on; unset flags keep their value (new: allowNew false, requiresPayment true, adminOnly false).',
    args: {
      key: t.arg({ type: AddonKeyEnum, required: true }),
      allowNew: t.arg.boolean({ required: false }),
      requiresPayment: t.arg.boolean({ required: false }),
      adminOnly: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, context) =>
      setAddonConfig(context, args.key, {
        ...(args.allowNew != null && { allowNew: args.allowNew }),
        ...(args.requiresPayment != null && { requiresPayment: args.requiresPayment }),
        ...(args.adminOnly != null && { adminOnly: args.adminOnly }),
      }),
  }),
);

builder.mutationField('grantEntitlement', (t) =>
  t.field({
    type: EntitlementRef,
    authScopes: ADMIN,
    args: { userId: t.arg.id({ required: true }), key: t.arg({ type: EntitlementKeyEnum, required: true }) },
    resolve: (_root, args, context) => grantEntitlement(context, String(args.userId), args.key),
  }),
);

builder.mutationField('revokeEntitlement', (t) =>
  t.boolean({
    authScopes: ADMIN,
    description: 'True when the user held the entitlement. Vehicles that already use the add-on keep it.',
    args: { userId: t.arg.id({ required: true }), key: t.arg({ type: EntitlementKeyEnum, required: true }) },
    resolve: (_root, args, context) => revokeEntitlement(context, String(args.userId), args.key),
  }),
);

builder.mutationField('enableVehicleAddon', (t) =>
  t.field({
    type: VehicleAddonRef,
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    args: { vehicleId: t.arg.id({ required: true }), key: t.arg({ type: AddonKeyEnum, required: true }) },
    resolve: (_root, args, context) => enableVehicleAddon(context, String(args.vehicleId), args.key),
  }),
);

builder.mutationField('disableVehicleAddon', (t) =>
  t.field({
    type: VehicleAddonRef,
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    args: { vehicleId: t.arg.id({ required: true }), key: t.arg({ type: AddonKeyEnum, required: true }) },
    resolve: (_root, args, context) => disableVehicleAddon(context, String(args.vehicleId), args.key),
  }),
);
