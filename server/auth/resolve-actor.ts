import type { IncomingHttpHeaders } from 'node:http';
import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../app-services.ts';
import { API_TOKEN_PREFIX, resolveApiToken } from '../api-tokens/api-tokens.service.ts';
import { currentConsentVersions, hasCurrentConsents } from '../consent/consent.service.ts';
import { cookieValue } from '../http/cookies.ts';
import { isRole } from '../identity/roles.ts';
import { SESSION_COOKIE, resolveSession } from '../identity/sessions.ts';
import { User } from '../identity/user.entity.ts';
import type { Actor } from './actor.ts';

export interface Credentials {
  bearer?: string;
  sessionCookie?: string;
  devUser?: string;
  devRole?: string;
}

/** Anything with a Fetch-style `get`: Yoga's Request headers, or a Node request via `nodeHeaders`. */
export interface HeaderSource {
  get(name: string): string | null | undefined;
}

/** A Node request's headers behind the Fetch `get`, without copying them into a `Headers` object. */
export function nodeHeaders(headers: IncomingHttpHeaders): HeaderSource {
  return { get: (name) => (typeof headers[name] === 'string' ? headers[name] : undefined) };
}

/** Reads the credentials a request carries; the caller decides which headers are trusted. */
export function credentialsFrom(headers: HeaderSource): Credentials {
  const authorization = headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  return {
    bearer,
    sessionCookie: cookieValue(headers.get('cookie') ?? '', SESSION_COOKIE),
    devUser: headers.get('x-ltc-user') ?? undefined,
    devRole: headers.get('x-ltc-role') ?? undefined,
  };
}

/** Whether the request carries anything that could identify a caller (else it is anonymous). */
export function hasCredentials(credentials: Credentials): boolean {
  return Boolean(credentials.bearer || credentials.sessionCookie || credentials.devUser);
}

/**
 * Who is calling: a bearer token (an API token when it has the `ltc_pat_` prefix, else a session
 * token), else the session cookie, else (development only, when LTC_ALLOW_DEV_HEADERS is on)
 * the dev identity headers (`X-LTC-User`, optionally `X-LTC-Role`; without the role header the
 * account's own role). Unknown, revoked or expired credentials, and an unknown role claim, are anonymous. The role is
 * read from the account on every request, so a changed role applies at once.
 */
export async function resolveActor(services: AppServices, em: EntityManager, credentials: Credentials): Promise<Actor | null> {
  // Sessions and API tokens are read with their account's role and consents in one statement.
  const consentVersions = currentConsentVersions(services.config);
  if (credentials.bearer?.startsWith(API_TOKEN_PREFIX)) {
    const live = await resolveApiToken(em, services.keyring, credentials.bearer, consentVersions);
    return live ? { userId: live.userId, role: live.role, via: 'api_token', apiTokenId: live.apiTokenId, tokenScope: live.scope, consentComplete: live.consentComplete } : null;
  }
  const token = credentials.bearer ?? credentials.sessionCookie;
  if (token) {
    const live = await resolveSession(em, services.keyring, token, consentVersions);
    return live ? { userId: live.userId, role: live.role, via: 'session', sessionId: live.sessionId, consentComplete: live.consentComplete } : null;
  }
  if (services.config.allowDevHeaders && credentials.devUser) {
    // Deny by default, in development too: a role claim that is not exactly a known role makes
    // the caller anonymous instead of quietly acting with the account's own role.
    if (credentials.devRole !== undefined && !isRole(credentials.devRole)) return null;
    const user = await em.getRepository(User).byId(credentials.devUser);
    if (!user) return null;
    return { userId: user.id, role: credentials.devRole ?? user.role, via: 'dev_header', consentComplete: await hasCurrentConsents(em, services.config, user.id) };
  }
  return null;
}
