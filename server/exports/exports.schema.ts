import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { EXPORT_TARGET_TYPES } from './export-grant.entity.ts';
import { deliverFullExport, redactedAccountExport, redactedVehicleExport, type EncryptedExport } from './exports.service.ts';

export const ExportTargetTypeEnum = builder.enumType('ExportTargetType', { values: EXPORT_TARGET_TYPES });

const origin = (context: Context) => ({ ...context, actor: context.actor! });

const EncryptedExportRef = builder.objectRef<EncryptedExport>('EncryptedExport').implement({
  authScopes: { superadmin: true },
  description: 'A full export, encrypted with AES-256-GCM under a key derived from the server secret (`npm run export:decrypt`).',
  fields: (t) => ({
    targetType: t.field({ type: ExportTargetTypeEnum, resolve: (result) => result.targetType }),
    targetId: t.exposeID('targetId'),
    algorithm: t.exposeString('algorithm'),
    payload: t.exposeString('payload'),
  }),
});

builder.queryField('vehicleExport', (t) =>
  t.string({
    nullable: true,
    authScopes: (_root, args) => ({ consented: true, ownsVehicle: String(args.vehicleId) }),
    description: 'Redacted JSON export of an own vehicle (admins: any) with its latest entries and valid-evidence references.',
    args: { vehicleId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => redactedVehicleExport(context.em, origin(context), String(args.vehicleId)),
  }),
);

builder.queryField('accountExport', (t) =>
  t.string({
    nullable: true,
    authScopes: (_root, args, context) => (!args.userId || String(args.userId) === context.actor?.userId ? { consented: true } : { consented: true, admin: true }),
    description: 'Redacted JSON export of the own account; admins may name any account.',
    args: { userId: t.arg.id({ required: false }) },
    resolve: (_root, args, context) => redactedAccountExport(context.em, origin(context), args.userId ? String(args.userId) : context.actor!.userId),
  }),
);

builder.mutationField('fullExport', (t) =>
  t.field({
    type: EncryptedExportRef,
    authScopes: { consented: true, superadmin: true },
    description: 'Delivers a full export with a one-use grant token bound to the target. The token is consumed first.',
    args: {
      token: t.arg.string({ required: false }),
      targetType: t.arg({ type: ExportTargetTypeEnum, required: true }),
      targetId: t.arg.id({ required: true }),
    },
    resolve: (_root, args, context) =>
      deliverFullExport(context.services, context.em, origin(context), { token: args.token, type: args.targetType, id: String(args.targetId) }),
  }),
);
