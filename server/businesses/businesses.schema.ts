import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { userById } from '../users/user-loader.ts';
import { UserRef } from '../identity/identity.schema.ts';
import { STEP_UP_TOKEN_ARG } from '../step-up/step-up.schema.ts';
import { addVipBusinessStaff, approveVipBusiness, createVipBusiness, listVipBusinesses, removeVipBusinessStaff, staffOf } from './businesses.service.ts';
import type { VipBusiness } from './vip-business.entity.ts';

const VipBusinessRef = builder.objectRef<VipBusiness>('VipBusiness').implement({
  authScopes: requires({ admin: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    owner: t.field({ type: UserRef, nullable: true, resolve: (business, _args, context) => userById(context, business.owner) }),
    approved: t.boolean({ resolve: (business) => business.approvedAt !== null && business.approvedAt !== undefined }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    staff: t.field({ type: [UserRef], description: 'At most two accounts.', resolve: (business, _args, context) => staffOf(context, business.id) }),
  }),
});

builder.queryField('vipBusinesses', (t) =>
  t.connection({
    type: VipBusinessRef,
    nullable: true,
    authScopes: requires({ consented: true, admin: true }),
    description: 'All VIP businesses, newest first.',
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (business) => keysetCursor(business.createdAt, business.id) }, (page: ResolveCursorConnectionArgs) =>
        listVipBusinesses(context, page),
      ),
  }),
);

builder.mutationField('createVipBusiness', (t) =>
  t.field({
    type: VipBusinessRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Creates a business for an owner; it acts only after a superadmin approves it.',
    args: { ownerId: t.arg.id({ required: true }), name: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => createVipBusiness(context, { ownerId: String(args.ownerId), name: args.name }),
  }),
);

builder.mutationField('approveVipBusiness', (t) =>
  t.field({
    type: VipBusinessRef,
    authScopes: requires({ consented: true, superadmin: true }),
    description: 'Step-up `vip_business_approve`.',
    args: { businessId: t.arg.id({ required: true }), stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }) },
    resolve: (_root, args, context) => approveVipBusiness(context, { businessId: String(args.businessId), stepUpToken: args.stepUpToken }),
  }),
);

builder.mutationField('addVipBusinessStaff', (t) =>
  t.field({
    type: VipBusinessRef,
    authScopes: requires({ consented: true, superadmin: true }),
    description: 'Step-up `vip_business_staff`. The business must be approved; at most two staff.',
    args: {
      businessId: t.arg.id({ required: true }),
      userId: t.arg.id({ required: true }),
      stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }),
    },
    resolve: (_root, args, context) =>
      addVipBusinessStaff(context, { businessId: String(args.businessId), userId: String(args.userId), stepUpToken: args.stepUpToken }),
  }),
);

builder.mutationField('removeVipBusinessStaff', (t) =>
  t.field({
    type: VipBusinessRef,
    authScopes: requires({ consented: true, superadmin: true }),
    description: 'Step-up `vip_business_staff`. The staff member loses access at once.',
    args: {
      businessId: t.arg.id({ required: true }),
      userId: t.arg.id({ required: true }),
      stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }),
    },
    resolve: (_root, args, context) =>
      removeVipBusinessStaff(context, { businessId: String(args.businessId), userId: String(args.userId), stepUpToken: args.stepUpToken }),
  }),
);
