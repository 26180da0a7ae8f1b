import type { EntityManager } from '@mikro-orm/sql';
import type { YogaInitialContext } from 'graphql-yoga';
import type { AuditEntry } from './audit/audit.ts';
import type { Actor } from './auth/actor.ts';
import type { AppServices } from './app-services.ts';

export interface CookieToSet {
  name: string;
  value: string;
  /** Seconds; 0 clears the cookie. */
  maxAge: number;
}

/** Built for each request in server/app.ts; Yoga adds the request and the GraphQL params. */
export interface RequestContext {
  requestId: string;
  /** Client address as seen by the server (or the proxy's X-Forwarded-For when trusted). */
  ip: string;
  actor: Actor | null;
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  services: AppServices;
  /** Writes an audit event with this request's actor and request id. */
  audit: (entry: AuditEntry) => Promise<void>;
  /** Cookies the response should set (session login and logout). */
  cookies: CookieToSet[];
  /** Per-request cache of DataLoaders, see server/db/loaders.ts. */
  loaders: Map<string, unknown>;
}

/** What resolvers see: the request context plus Yoga's request and params. */
export type Context = RequestContext & YogaInitialContext;
