import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { actorOf } from '../request-scope.ts';
import { EXPORT_TARGET_TYPES } from './export-grant.entity.ts';
import { deliverFullExport, issueFullExportGrant, redactedAccountExport, redactedVehicleExport, type EncryptedExport, type IssuedGrant } from './exports.service.ts';

export const ExportTargetTypeEnum = builder.enumType('ExportTargetType', { values: EXPORT_TARGET_TYPES });

const EncryptedExportRef = builder.objectRef<EncryptedExport>('EncryptedExport').implement({
  authScopes: requires({ superadmin: true }),
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
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    description: 'Redacted JSON export of an own vehicle (admins: any) with its latest entries and valid-evidence references.',
    args: { vehicleId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => redactedVehicleExport(context, String(args.vehicleId)),
  }),
);

builder.queryField('accountExport', (t) =>
  t.string({
    nullable: true,
    authScopes: (_root, args, context) => (!args.userId || String(args.userId) === context.actor?.userId ? requires({ consented: true }) : requires({ consented: true, admin: true })),
    description: 'Redacted JSON export of the own account; admins may name any account.',
    args: { userId: t.arg.id({ required: false }) },
    resolve: (_root, args, context) => redactedAccountExport(context, args.userId ? String(args.userId) : actorOf(context).userId),
  }),
);

const FullExportGrantRef = builder.objectRef<IssuedGrant>('FullExportGrant').implement({
  authScopes: requires({ superadmin: true }),
  description: 'The grant token is shown only in this answer; it is valid once, for this target, until expiresAt.',
  fields: (t) => ({
    token: t.exposeString('token'),
    grantId: t.id({ resolve: (issued) => issued.grant.id }),
    targetType: t.field({ type: ExportTargetTypeEnum, resolve: (issued) => issued.grant.targetType }),
    targetId: t.id({ resolve: (issued) => issued.grant.targetId }),
    ttlSeconds: t.int({ resolve: (issued) => issued.grant.ttlSeconds }),
    expiresAt: t.field({ type: 'DateTime', resolve: (issued) => issued.grant.expiresAt }),
  }),
});

builder.mutationField('createFullExportGrant', (t) =>
  t.field({
    type: FullExportGrantRef,
    authScopes: requires({ consented: true, superadmin: true }),
    description: 'Superadmin with a step-up token of scope export_full: a one-use grant for one target, TTL 30–3600 s (default 300).',
    args: {
      targetType: t.arg({ type: ExportTargetTypeEnum, required: true }),
      targetId: t.arg.id({ required: true }),
      ttlSeconds: t.arg.int({ required: false }),
      stepUpToken: t.arg.string({ required: false }),
    },
    resolve: (_root, args, context) =>
      issueFullExportGrant(context, { type: args.targetType, id: String(args.targetId), ttlSeconds: args.ttlSeconds, stepUpToken: args.stepUpToken }),
  }),
);

builder.mutationField('fullExport', (t) =>
  t.field({
    type: EncryptedExportRef,
    authScopes: requires({ consented: true, superadmin: true }),
    description: 'Delivers a full export with a one-use grant token bound to the target. The token is consumed first.',
    args: {
      token: t.arg.string({ required: false }),
      targetType: t.arg({ type: ExportTargetTypeEnum, required: true }),
      targetId: t.arg.id({ required: true }),
    },
    resolve: (_root, args, context) =>
      deliverFullExport(context, { token: args.token, type: args.targetType, id: String(args.targetId) }),
  }),
);
