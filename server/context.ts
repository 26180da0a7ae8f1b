import type { YogaInitialContext } from 'graphql-yoga';
import type { RequestScope } from './request-scope.ts';

/** What resolvers see: the request's scope (server/http/graphql-adapter.ts) plus Yoga's request and params. */
export type Context = RequestScope & YogaInitialContext;
