import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { DateResolver, DateTimeResolver } from './graphql/scalars.ts';
import { scopeDeclarationsPlugin } from './auth/assert-scoped.ts';
import { requires } from './auth/policy.ts';
import { authScopesFor, unauthorizedError, type Scopes } from './auth/scopes.ts';
import type { Context } from './context.ts';
import type { StagedUpload } from './documents/upload-parser.ts';

/** Sets up Pothos and nothing else. Types and fields live in each domain's *.schema.ts. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: Scopes;
  DefaultAuthStrategy: 'all';
  // Fields are non-null unless they say otherwise; root queries that can be denied are nullable.
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    ID: { Input: string; Output: string };
    Upload: { Input: StagedUpload; Output: never };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, scopeDeclarationsPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: authScopesFor,
    unauthorizedError,
    defaultStrategy: 'all',
    // A scope loader that throws (e.g. a domain rule) is reported as that error, not swallowed.
    treatErrorsAsUnauthorized: false,
    // Subscriptions (the workshop board) are refused when they start, not at their first event.
    authorizeOnSubscribe: true,
    // A type's scopes run once per object as it is resolved, not as an extra (async) step of each
    // of its fields: a signed-in page allocated a fifth less (docs/PERFORMANCE.md). A refused
    // object is one error at the field that returned it.
    runScopesOnType: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Structural connection types inherit the protection of the field that returns them.
    pageInfoTypeOptions: { authScopes: requires({ public: true }) },
  },
});

builder.addScalarType('DateTime', DateTimeResolver);
builder.addScalarType('Date', DateResolver);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
