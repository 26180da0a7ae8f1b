import type { YogaInitialContext } from 'graphql-yoga';
import type { RequestScope } from './request-scope.ts';

/** What resolvers see: the request's scope plus Yoga's request and params. */
export type Context = RequestScope & YogaInitialContext;

/** @deprecated the old name, kept until the pipeline change lands. */
export type RequestContext = RequestScope;
export type { CookieToSet } from './request-scope.ts';
