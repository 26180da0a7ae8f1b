import { resolveCursorConnection } from '@pothos/plugin-relay';
import { nullWhenNotAllowed } from '../auth/scopes.ts';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { forbidden } from '../errors.ts';
import { vehicleAccess, vehicleById } from './vehicle-access.ts';
import { ACCIDENT_STATUSES, VEHICLE_CLASSES, type AccidentStatus } from './vehicle.entity.ts';
import {
  ACCIDENT_STATUS_LABELS,
  actableVehiclesPage,
  createVehicle,
  myVehiclesPage,
  updateVehicle,
  vehicleAllowance,
  vehicleCursor,
  type VehicleAllowance,
  type VehicleRecord,
} from './vehicle.service.ts';

export const VehicleClassEnum = builder.enumType('VehicleClass', { values: VEHICLE_CLASSES });
export const AccidentStatusEnum = builder.enumType('AccidentStatus', { values: ACCIDENT_STATUSES });

/** A vehicle as its owner (or org staff, or an admin) sees it. The VIN only ever masked. */
export const VehicleRef = builder.objectRef<VehicleRecord>('Vehicle').implement({
  authScopes: (vehicle) => requires({ consented: true, ownsVehicle: vehicle.id }),
  fields: (t) => ({
    id: t.exposeID('id'),
    vinMasked: t.exposeString('vinMasked', { description: 'First three and last four characters, e.g. WVW***0001.' }),
    make: t.exposeString('make'),
    model: t.exposeString('model'),
    buildYear: t.exposeInt('buildYear', { nullable: true }),
    vehicleClass: t.field({ type: VehicleClassEnum, nullable: true, resolve: (vehicle) => vehicle.vehicleClass ?? null }),
    nickname: t.exposeString('nickname', { nullable: true }),
    accidentStatus: t.field({ type: AccidentStatusEnum, resolve: (vehicle) => vehicle.accidentStatus }),
    accidentStatusLabel: t.string({ description: 'Unfallfrei, Nicht unfallfrei or Unbekannt.', resolve: (vehicle) => ACCIDENT_STATUS_LABELS[vehicle.accidentStatus as AccidentStatus] }),
    accidentTrustCompleted: t.exposeBoolean('accidentTrustCompleted'),
    physicalServiceBook: t.exposeBoolean('physicalServiceBook'),
    interestedInSelling: t.boolean({
      nullable: true,
      description: 'Owner and admin only; null for org staff.',
      authScopes: (vehicle) => requires({ ownsVehicleInPerson: vehicle.id }),
      ...nullWhenNotAllowed,
      resolve: (vehicle) => vehicle.interestedInSelling,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CreateVehicleInput = builder.inputType('CreateVehicleInput', {
  fields: (t) => ({
    vin: t.string({ required: true, description: 'Normalised (trim, uppercase, no spaces); 11 to 17 characters without I, O, Q.' }),
    make: t.string({ required: true }),
    model: t.string({ required: true }),
    buildYear: t.int(),
    vehicleClass: t.field({ type: VehicleClassEnum }),
    nickname: t.string(),
    accidentStatus: t.field({ type: AccidentStatusEnum, description: 'Default unbekannt.' }),
    accidentTrustCompleted: t.boolean(),
    physicalServiceBook: t.boolean(),
    interestedInSelling: t.boolean(),
    firstRegistration: t.field({ type: 'Date', description: 'Erstzulassung: from 1886-01-01, not in the future; null clears it on update.' }),
  }),
});

/** Only the given fields change; null clears buildYear, vehicleClass and nickname. The VIN never changes. */
const UpdateVehicleInput = builder.inputType('UpdateVehicleInput', {
  fields: (t) => ({
    make: t.string(),
    model: t.string(),
    buildYear: t.int(),
    vehicleClass: t.field({ type: VehicleClassEnum }),
    nickname: t.string(),
    accidentStatus: t.field({ type: AccidentStatusEnum }),
    accidentTrustCompleted: t.boolean(),
    physicalServiceBook: t.boolean(),
    interestedInSelling: t.boolean(),
    firstRegistration: t.field({ type: 'Date', description: 'Erstzulassung: from 1886-01-01, not in the future; null clears it on update.' }),
  }),
});

builder.queryField('myVehicles', (t) =>
  t.connection({
    type: VehicleRef,
    nullable: true,
    authScopes: requires({ consented: true }),
    description: 'The vehicles the actor owns, oldest first.',
    resolve: (_root, args, context) =>
      resolveCursorConnection<Promise<VehicleRecord[]>>({ args, toCursor: vehicleCursor, defaultSize: 20, maxSize: 100 }, (page) => myVehiclesPage(context, page)),
  }),
);

const VehicleRelationEnum = builder.enumType('VehicleRelation', {
  description: 'How the caller acts on a vehicle it lists.',
  values: {
    OWN: { description: 'The caller owns it.' },
    ORG: { description: 'Owned by the owner of an approved VIP business the caller is staff of; the caller acts with the owner\'s rights (except owner-only fields).' },
  },
});

builder.queryField('actableVehicles', (t) =>
  t.connection(
    {
      type: VehicleRef,
      nullable: true,
      authScopes: requires({ consented: true }),
      description:
        'The vehicles the actor may act on: its own and, for staff of an approved VIP business, the business owner\'s; oldest first. Admins get their own (others by vehicle(id)).',
      resolve: (_root, args, context) =>
        resolveCursorConnection<Promise<VehicleRecord[]>>({ args, toCursor: vehicleCursor, defaultSize: 20, maxSize: 100 }, (page) => actableVehiclesPage(context, page)),
    },
    {},
    {
      fields: (edge) => ({
        relation: edge.field({
          type: VehicleRelationEnum,
          resolve: ({ node }, _args, context) => (node.owner === context.actor?.userId ? 'OWN' : 'ORG'),
        }),
      }),
    },
  ),
);

const VehicleAllowanceRef = builder.objectRef<VehicleAllowance>('VehicleAllowance').implement({
  description: 'How many vehicles the actor owns and may own (SPEC §4).',
  authScopes: requires({ consented: true }),
  fields: (t) => ({
    owned: t.exposeInt('owned'),
    limit: t.exposeInt('limit', { nullable: true, description: 'Null: no limit (vip, dealer, admin or the extra_vehicles entitlement).' }),
    mayAddVehicle: t.exposeBoolean('mayAddVehicle', { description: 'False: createVehicle and redeemTransfer answer vehicle_limit_reached until the account gets extra_vehicles.' }),
  }),
});

builder.queryField('vehicleAllowance', (t) =>
  t.field({
    type: VehicleAllowanceRef,
    nullable: true,
    authScopes: requires({ consented: true }),
    description: 'The vehicle limit of the actor, to show before a form that would hit it.',
    resolve: (_root, _args, context) => vehicleAllowance(context),
  }),
);

builder.queryField('vehicle', (t) =>
  t.field({
    type: VehicleRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.id) }),
    resolve: async (_root, args, context) => {
      const vehicle = await vehicleById(context).load(String(args.id));
      // Only an admin gets this far with an unknown id: the same answer as everyone else.
      if (!vehicle) throw forbidden();
      return vehicle;
    },
  }),
);

builder.mutationField('createVehicle', (t) =>
  t.field({
    type: VehicleRef,
    args: { input: t.arg({ type: CreateVehicleInput, required: true }) },
    authScopes: requires({ consented: true }),
    resolve: (_root, { input }, context) =>
      createVehicle(context, input),
  }),
);

builder.mutationField('updateVehicle', (t) =>
  t.field({
    type: VehicleRef,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateVehicleInput, required: true }) },
    authScopes: (_root, args) => requires({ consented: true, ownsVehicle: String(args.id) }),
    resolve: async (_root, { id, input }, context) =>
      updateVehicle(context, await vehicleAccess(context, String(id)), String(id), input),
  }),
);
