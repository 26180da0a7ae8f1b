import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { keysetCursor } from '../graphql/cursors.ts';
import { TRANSFER_ROLES, requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { LoaderKey } from '../db/loaders.ts';
import { TRANSFER_STATES, OwnershipTransfer } from './transfer.entity.ts';
import { cancelTransfer, createTransfer, extendTransfer, myTransfers, redeemTransfer, transferStatus, type CreatedTransfer } from './transfers.service.ts';

const transferParticipantsLoader = new LoaderKey<string, Pick<OwnershipTransfer, 'initiator' | 'redeemedBy'> | null>('transferParticipants');

const TransferStateEnum = builder.enumType('TransferState', { values: TRANSFER_STATES });


const isParticipant = (transfer: Pick<OwnershipTransfer, 'initiator' | 'redeemedBy'>, context: Context) =>
  !!context.actor && (transfer.initiator === context.actor.userId || transfer.redeemedBy === context.actor.userId);

/** Initiator and redeemer only, admins included in the refusal (SPEC §9). */
const TransferRef = builder.objectRef<OwnershipTransfer>('OwnershipTransfer').implement({
  authScopes: (transfer, context) => (isParticipant(transfer, context) ? requires({ consented: true }) : false),
  fields: (t) => ({
    id: t.exposeID('id'),
    vehicleId: t.exposeID('vehicle'),
    state: t.field({ type: TransferStateEnum, resolve: (transfer) => transfer.state }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    extended: t.boolean({ description: 'Already extended (possible once).', resolve: (transfer) => !!transfer.extendedAt }),
    initiatedByMe: t.boolean({ resolve: (transfer, _args, context) => transfer.initiator === context.actor?.userId }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    redeemedAt: t.expose('redeemedAt', { type: 'DateTime', nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreatedTransferRef = builder.objectRef<CreatedTransfer>('CreatedTransfer').implement({
  authScopes: requires({ consented: true }),
  description: 'The secret token is shown only in this answer; only its HMAC is stored.',
  fields: (t) => ({
    transfer: t.field({ type: TransferRef, resolve: (created) => created.transfer }),
    token: t.exposeString('token'),
    redeemUrl: t.exposeString('redeemUrl', { description: 'Link for the new owner; the token is in the URL fragment.' }),
    qrCodeSvg: t.exposeString('qrCodeSvg', { description: 'QR code of the redeem link as SVG markup.' }),
    qrCodePngDataUrl: t.exposeString('qrCodePngDataUrl', { description: 'QR code of the redeem link as a PNG data URL.' }),
  }),
});

/** Who may see a transfer, batched per request (unknown ids have no participants). */
const participantsOf = (context: Context, id: string) =>
  context.loaders.get(transferParticipantsLoader, async (ids) => {
    const rows = await context.em.getRepository(OwnershipTransfer).participantsOf(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((key) => byId.get(key) ?? null);
  }).load(id);

builder.queryField('transfer', (t) =>
  t.field({
    type: TransferRef,
    nullable: true,
    authScopes: async (_root, args, context) => {
      const participants = await participantsOf(context, String(args.id));
      // Non-participants still meet the consent gate first; `roles: []` then refuses everyone.
      return participants !== null && isParticipant(participants, context) ? requires({ consented: true }) : requires({ consented: true, roles: [] });
    },
    description: 'Status of a transfer, for its initiator and redeemer only.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => transferStatus(context, String(args.id)),
  }),
);

builder.queryField('myTransfers', (t) =>
  t.connection({
    type: TransferRef,
    nullable: true,
    authScopes: requires({ consented: true }),
    description: 'Transfers I started or redeemed, newest first. With `vehicleId`, only that vehicle’s: the newest is its open transfer, if it has one.',
    args: { vehicleId: t.arg.id({ required: false }) },
    resolve: (_root, args, context) =>
      resolveCursorConnection(
        { args, defaultSize: 20, maxSize: 50, toCursor: (transfer: OwnershipTransfer) => keysetCursor(transfer.createdAt, transfer.id) },
        (page: ResolveCursorConnectionArgs) => myTransfers(context, page, args.vehicleId == null ? null : String(args.vehicleId)),
      ),
  }),
);

builder.mutationField('createTransfer', (t) =>
  t.field({
    type: CreatedTransferRef,
    authScopes: (_root, args) => requires({ consented: true, roles: TRANSFER_ROLES, ownsVehicle: String(args.vehicleId) }),
    description: 'Starts a transfer of an own vehicle, valid 14 days. One open transfer per vehicle.',
    args: { vehicleId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => createTransfer(context, String(args.vehicleId)),
  }),
);

builder.mutationField('extendTransfer', (t) =>
  t.field({
    type: TransferRef,
    authScopes: requires({ consented: true, roles: TRANSFER_ROLES }),
    description: 'Extends an open transfer once by 14 days.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => extendTransfer(context, String(args.id)),
  }),
);

builder.mutationField('cancelTransfer', (t) =>
  t.field({
    type: TransferRef,
    authScopes: requires({ consented: true, roles: TRANSFER_ROLES }),
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => cancelTransfer(context, String(args.id)),
  }),
);

builder.mutationField('redeemTransfer', (t) =>
  t.field({
    type: TransferRef,
    authScopes: requires({ consented: true, roles: TRANSFER_ROLES }),
    description: 'Takes over the vehicle with the secret token.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => redeemTransfer(context, args.token),
  }),
);
