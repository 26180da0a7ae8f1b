import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { rateLimited } from '../errors.ts';
import { recordRateLimit } from '../graphql/rate-limit-feedback.ts';
import { TrustLightEnum, PresenceStatusEnum, VerificationLevelEnum } from '../trust/trust.schema.ts';
import { vehicleAccess, vehicleById } from '../vehicles/vehicle-access.ts';
import { AccidentStatusEnum, VehicleClassEnum, VehicleRef } from '../vehicles/vehicle.schema.ts';
import {
  disablePublicShare,
  enablePublicShare,
  countPublicPageRequest,
  currentShareLink,
  publicVehicleView,
  rotatePublicShare,
  type PublicVehicleView,
  type ShareLink,
} from './sharing.service.ts';
import { vehicleSharingState } from './sharing-state.ts';
import { checkPublicVin, type VinCheckResult } from './vin-check.service.ts';

const ShareLinkRef = builder.objectRef<ShareLink>('PublicShareLink').implement({
  description: "A vehicle's live public link; its owner can read it again as Vehicle.publicShare until it is rotated or disabled.",
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    vehicle: t.field({ type: VehicleRef, description: 'The shared vehicle, with its sharing state.', resolve: (link, _args, context) => vehicleById(context).load(link.vehicleId).then((vehicle) => vehicle!) }),
    url: t.exposeString('url', { description: 'LTC_PUBLIC_BASE_URL/q/<token>' }),
    qrSvg: t.exposeString('qrSvg', { description: 'The QR code of the URL as SVG markup.' }),
    qrPngDataUrl: t.exposeString('qrPngDataUrl', { description: 'The QR code as a PNG data URL (data:image/png;base64,…).' }),
  }),
});

/** The anonymous QR page: exactly the fields SPEC §8 allows. */
const PublicVehicleRef = builder.objectRef<PublicVehicleView>('PublicVehicle').implement({
  authScopes: requires({ notModerator: true }),
  fields: (t) => ({
    light: t.field({ type: TrustLightEnum, resolve: (view) => view.light }),
    hint: t.exposeString('hint'),
    historyStatus: t.field({ type: PresenceStatusEnum, resolve: (view) => view.historyStatus }),
    evidenceStatus: t.field({ type: PresenceStatusEnum, resolve: (view) => view.evidenceStatus }),
    verificationLevel: t.field({ type: VerificationLevelEnum, resolve: (view) => view.verificationLevel }),
    accidentStatus: t.field({ type: AccidentStatusEnum, resolve: (view) => view.accidentStatus }),
    accidentStatusLabel: t.exposeString('accidentStatusLabel'),
    vehicleClass: t.field({ type: VehicleClassEnum, nullable: true, resolve: (view) => view.vehicleClass }),
    make: t.exposeString('make'),
    model: t.exposeString('model'),
    buildYear: t.exposeInt('buildYear', { nullable: true }),
    disclaimer: t.exposeString('disclaimer'),
  }),
});

builder.objectField(VehicleRef, 'publicShareEnabled', (t) =>
  t.boolean({ description: 'A public QR link is live.', resolve: async (vehicle, _args, context) => (await vehicleSharingState(context).load(vehicle.id)).shared }),
);

builder.objectField(VehicleRef, 'publicShare', (t) =>
  t.field({
    type: ShareLinkRef,
    nullable: true,
    description: 'The live public link and its QR code; null when sharing is off (or the link can no longer be shown: rotate it).',
    resolve: (vehicle, _args, context) => currentShareLink(context, vehicle.id),
  }),
);


builder.mutationField('enablePublicShare', (t) =>
  t.field({
    type: ShareLinkRef,
    description: 'Creates the share token (CONFLICT public_share_already_enabled when one is live).',
    args: { vehicleId: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      return enablePublicShare(context, await vehicleAccess(context, vehicleId), vehicleId);
    },
  }),
);

builder.mutationField('rotatePublicShare', (t) =>
  t.field({
    type: ShareLinkRef,
    description: 'A new token; the old link stops working at once (CONFLICT public_share_not_enabled when off).',
    args: { vehicleId: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      return rotatePublicShare(context, await vehicleAccess(context, vehicleId), vehicleId);
    },
  }),
);

builder.mutationField('disablePublicShare', (t) =>
  t.boolean({
    description: 'No link works any more. True when sharing was on.',
    args: { vehicleId: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.vehicleId) }),
    resolve: async (_root, args, context) => {
      const vehicleId = String(args.vehicleId);
      return disablePublicShare(context, await vehicleAccess(context, vehicleId), vehicleId);
    },
  }),
);

builder.queryField('publicVehicle', (t) =>
  t.field({
    type: PublicVehicleRef,
    nullable: true,
    description: 'The public QR page. Null ("not available") for unknown, rotated and disabled tokens alike. Rate-limited per IP.',
    args: { token: t.arg.string({ required: true }) },
    authScopes: requires({ notModerator: true }),
    resolve: async (_root, args, context) => {
      const state = await countPublicPageRequest(context.services, context.ip);
      recordRateLimit(context.request, state);
      // Only this field is refused (200, the error at its path); the headers say when to retry.
      if (!state.allowed) throw rateLimited();
      return publicVehicleView(context, args.token);
    },
  }),
);

const VinCheckResultRef = builder.objectRef<VinCheckResult>('PublicVinCheck').implement({
  description: "The buyer's VIN check: whether the VIN typed off the car is the vehicle's. The VIN itself is never echoed.",
  authScopes: requires({ notModerator: true }),
  fields: (t) => ({
    matches: t.exposeBoolean('matches'),
    message: t.exposeString('message', { description: '„FIN stimmt überein“ or „FIN stimmt nicht überein“.' }),
  }),
});

builder.mutationField('checkPublicVehicleVin', (t) =>
  t.field({
    type: VinCheckResultRef,
    nullable: true,
    description:
      'The buyer\'s VIN check on the public page (SPEC §22): null ("not available") for unknown, rotated and disabled tokens like publicVehicle. A mutation, so the VIN never travels in a URL. Rate-limited per IP and per token (RATE_LIMITED); BAD_USER_INPUT invalid_vin_format for what cannot be a VIN.',
    args: { token: t.arg.string({ required: true }), vin: t.arg.string({ required: true }) },
    authScopes: requires({ notModerator: true }),
    resolve: (_root, args, context) => checkPublicVin(context, context.ip, args.token, args.vin, (state) => recordRateLimit(context.request, state)),
  }),
);
