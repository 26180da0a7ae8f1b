import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/sql';
import { writeAudit, type AuditEntry } from './audit/audit.ts';
import type { Actor } from './auth/actor.ts';
import type { AppServices } from './app-services.ts';
import { Loaders } from './db/loaders.ts';
import { unauthenticated } from './errors.ts';

export interface CookieToSet {
  name: string;
  value: string;
  /** Seconds; 0 clears the cookie. */
  maxAge: number;
}

/** Writes audit events with the scope's actor and request id. */
export interface AuditWriter {
  /** In `em` (a transaction's manager, so the event commits or rolls back with the change), by default the request's. */
  (entry: AuditEntry, em?: EntityManager): Promise<void>;
  /** On a fresh fork in the background (shutdown waits for it): kept even when the request's own work rolls back. */
  inBackground(entry: AuditEntry): void;
}

/**
 * Who acts in this request and what they act with: the one argument every service takes first.
 * Built once per request (server/http/graphql.ts, the download route) or for a background job
 * (`systemScope`).
 */
export interface RequestScope {
  readonly requestId: string;
  /** Client address as seen by the server (or the proxy's X-Forwarded-For when trusted). */
  readonly ip: string;
  readonly actor: Actor | null;
  /** The server itself acts (scans, retention): audited as `system`, not `anonymous`. */
  readonly systemActor?: boolean;
  /** A fork of the entity manager for this request only, forked on first use. */
  readonly em: EntityManager;
  readonly services: AppServices;
  /** Per-request DataLoaders (server/db/loaders.ts). */
  readonly loaders: Loaders;
  readonly audit: AuditWriter;
  /** Cookies the response should set (session login and logout). */
  readonly cookies: CookieToSet[];
}

export interface ScopeOrigin {
  requestId?: string;
  ip?: string;
  actor: Actor | null;
  systemActor?: boolean;
}

/**
 * A scope for one request (or job: its request id then names the job's run in logs and audit).
 * The entity manager is forked on first use: the cached public page needs none.
 */
export function createRequestScope(services: AppServices, origin: ScopeOrigin, em?: EntityManager): RequestScope {
  let forked = em;
  const scope: RequestScope = {
    requestId: origin.requestId ?? randomUUID(),
    ip: origin.ip ?? 'unknown',
    actor: origin.actor,
    systemActor: origin.systemActor,
    get em() {
      return (forked ??= services.orm.em.fork());
    },
    services,
    loaders: new Loaders(),
    audit: Object.assign((entry: AuditEntry, em?: EntityManager) => writeAudit(em ?? scope.em, scope, entry), {
      inBackground: (entry: AuditEntry) => services.pendingWrites.track(writeAudit(services.orm.em.fork(), scope, entry)),
    }),
    cookies: [],
  };
  return scope;
}

/** A scope for the server's own background work (the scan job's verdicts), audited as `system`. */
export const systemScope = (services: AppServices): RequestScope => createRequestScope(services, { actor: null, systemActor: true });

/** The signed-in actor; the field's auth scopes already required one, so a missing actor is a bug caught here. */
export function actorOf(scope: Pick<RequestScope, 'actor'>): Actor {
  if (!scope.actor) throw unauthenticated();
  return scope.actor;
}
