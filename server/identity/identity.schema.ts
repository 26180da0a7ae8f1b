import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { ROLES } from './roles.ts';
import { currentUser, logout, requestLoginCode, verifyLoginCode } from './login.service.ts';
import { SESSION_COOKIE } from './sessions.ts';
import { User } from './user.entity.ts';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

/** An account: visible to itself and to admins. */
export const UserRef = builder.objectRef<User>('User').implement({
  authScopes: (user, context) => (user.id === context.actor?.userId ? requires({ authenticated: true }) : requires({ admin: true })),
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    emailMasked: t.exposeString('emailMasked', { description: 'Masked address, e.g. a***@example.org.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const LoginChallengePayload = builder
  .objectRef<{ challengeId: string; message: string; devCode: string | null }>('LoginChallengePayload')
  .implement({
    authScopes: requires({ public: true }),
    fields: (t) => ({
      challengeId: t.exposeID('challengeId'),
      message: t.exposeString('message'),
      devCode: t.exposeString('devCode', { nullable: true, description: 'Only in development with LTC_DEV_EXPOSE_OTP.' }),
    }),
  });

/** The account in a login answer: only ever returned to whoever just proved the code. */
const SignedInUserRef = builder.objectRef<User>('SignedInUser').implement({
  authScopes: requires({ public: true }),
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    emailMasked: t.exposeString('emailMasked'),
  }),
});

const LoginResultRef = builder.objectRef<{ token: string; expiresAt: Date; user: User }>('LoginResult').implement({
  authScopes: requires({ public: true }),
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Opaque session token for `Authorization: Bearer`; also set as HttpOnly cookie.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    user: t.field({ type: SignedInUserRef, resolve: (result) => result.user }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    authScopes: requires({ authenticated: true }),
    resolve: (_root, _args, context) => currentUser(context),
  }),
);

builder.mutationField('requestLoginCode', (t) =>
  t.field({
    type: LoginChallengePayload,
    authScopes: requires({ public: true }),
    args: { email: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => requestLoginCode(context, args.email),
  }),
);

builder.mutationField('verifyLoginCode', (t) =>
  t.field({
    type: LoginResultRef,
    authScopes: requires({ public: true }),
    args: { challengeId: t.arg.id({ required: true }), code: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const result = await verifyLoginCode(context, { challengeId: String(args.challengeId), code: args.code });
      const maxAge = Math.floor((result.expiresAt.getTime() - Date.now()) / 1000);
      context.cookies.push({ name: SESSION_COOKIE, value: result.token, maxAge });
      return result;
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    authScopes: requires({ authenticated: true }),
    description: 'Revokes the current session and clears the cookie.',
    resolve: async (_root, _args, context) => {
      await logout(context);
      return true;
    },
  }),
);
