import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { RoleEnum, UserRef } from '../identity/identity.schema.ts';
import { STEP_UP_TOKEN_ARG } from '../step-up/step-up.schema.ts';
import { changeRole, listUsers } from './users.service.ts';


builder.queryField('users', (t) =>
  t.connection({
    type: UserRef,
    nullable: true,
    authScopes: requires({ consented: true, admin: true }),
    description: 'All accounts, newest first. Emails are shown masked only.',
    args: {
      search: t.arg.string({ required: false, description: 'A full email address, an account id, or part of the masked address.' }),
      role: t.arg({ type: RoleEnum, required: false }),
    },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (user) => keysetCursor(user.createdAt, user.id) }, (page: ResolveCursorConnectionArgs) =>
        listUsers(context, { search: args.search, role: args.role }, page),
      ),
  }),
);

builder.mutationField('grantRole', (t) =>
  t.field({
    type: UserRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Sets an account\'s role (step-up `role_grant`). Only a superadmin grants or revokes superadmin.',
    args: {
      userId: t.arg.id({ required: true }),
      role: t.arg({ type: RoleEnum, required: true }),
      stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }),
    },
    resolve: (_root, args, context) =>
      changeRole(context, { userId: String(args.userId), stepUpToken: args.stepUpToken, change: { kind: 'grant', role: args.role } }),
  }),
);

builder.mutationField('revokeRole', (t) =>
  t.field({
    type: UserRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Returns an account to the role `user` (step-up `role_grant`).',
    args: { userId: t.arg.id({ required: true }), stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }) },
    resolve: (_root, args, context) => changeRole(context, { userId: String(args.userId), stepUpToken: args.stepUpToken, change: { kind: 'revoke' } }),
  }),
);

builder.mutationField('accreditModerator', (t) =>
  t.field({
    type: UserRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Makes an account with the role `user` a moderator (step-up `moderator_accredit`).',
    args: { userId: t.arg.id({ required: true }), stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }) },
    resolve: (_root, args, context) =>
      changeRole(context, { userId: String(args.userId), stepUpToken: args.stepUpToken, change: { kind: 'accredit_moderator' } }),
  }),
);

builder.mutationField('revokeModerator', (t) =>
  t.field({
    type: UserRef,
    authScopes: requires({ consented: true, admin: true }),
    description: 'Returns a moderator to the role `user` (step-up `moderator_accredit`).',
    args: { userId: t.arg.id({ required: true }), stepUpToken: t.arg.string({ required: false, description: STEP_UP_TOKEN_ARG }) },
    resolve: (_root, args, context) =>
      changeRole(context, { userId: String(args.userId), stepUpToken: args.stepUpToken, change: { kind: 'revoke_moderator' } }),
  }),
);
