import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { API_TOKEN_ROLES, requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { API_TOKEN_SCOPES, type ApiToken } from './api-token.entity.ts';
import { createApiToken, listOwnApiTokens, revokeApiToken } from './api-tokens.service.ts';

const ApiTokenScopeEnum = builder.enumType('ApiTokenScope', { values: API_TOKEN_SCOPES });
const tokenRoles = requires({ consented: true, roles: API_TOKEN_ROLES });

/** A partner token's metadata; the secret itself is only ever in the createApiToken answer. */
const ApiTokenRef = builder.objectRef<ApiToken>('ApiToken').implement({
  authScopes: (token, context) => (token.user === context.actor?.userId ? requires({ authenticated: true }) : requires({ admin: true })),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    scope: t.field({ type: ApiTokenScopeEnum, resolve: (token) => token.scope }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreatedApiTokenRef = builder.objectRef<{ token: string; apiToken: ApiToken }>('CreatedApiToken').implement({
  authScopes: tokenRoles,
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret for `Authorization: Bearer`. Shown only this once; store it safely.' }),
    apiToken: t.field({ type: ApiTokenRef, resolve: (created) => created.apiToken }),
  }),
});

builder.queryField('myApiTokens', (t) =>
  t.connection({
    type: ApiTokenRef,
    nullable: true,
    authScopes: tokenRoles,
    description: 'Your own API tokens (also expired and revoked ones), newest first.',
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (token) => keysetCursor(token.createdAt, token.id) }, (page: ResolveCursorConnectionArgs) =>
        listOwnApiTokens(context, page),
      ),
  }),
);

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiTokenRef,
    authScopes: tokenRoles,
    description: 'Creates a token for a partner system acting as you, limited to its scope.',
    args: {
      name: t.arg.string({ required: true }),
      scope: t.arg({ type: ApiTokenScopeEnum, required: true }),
      expiresInDays: t.arg.int({ defaultValue: 90, description: '1 to 365 days.' }),
    },
    resolve: (_root, args, context) => createApiToken(context, { name: args.name, scope: args.scope, expiresInDays: args.expiresInDays ?? 90 }),
  }),
);

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: ApiTokenRef,
    authScopes: tokenRoles,
    description: 'Revokes one of your tokens; it is anonymous from the next request on.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => revokeApiToken(context, String(args.id)),
  }),
);
