import { redirect } from '@sveltejs/kit';
import { client } from './client.ts';
import { graphql } from './gql/index.ts';
import type { Role } from './gql/graphql.ts';

const MeQuery = graphql(`
  query Me {
    me {
      id
      role
      emailMasked
    }
  }
`);

export interface SessionUser {
  id: string;
  role: Role;
  emailMasked: string;
}

/** Who is signed in, for the navigation and the page gate. The server still decides every answer. */
export const session = $state<{ user: SessionUser | null; loaded: boolean }>({ user: null, loaded: false });

let latest: Promise<void> | null = null;

/** The account whose answers the client's cache may hold in this page's life (urql's cache cannot be emptied). */
let cachedAccount: string | null = null;

/**
 * Asks the server who is signed in now (after login, logout, on start). Only the newest answer
 * counts: a request sent before a login must not sign the user out again when it arrives late.
 */
export function refreshSession(): Promise<void> {
  const request: Promise<void> = client
    .query(MeQuery, {}, { requestPolicy: 'network-only', skipAccessRedirect: true })
    .toPromise()
    .then((result) => {
      if (request !== latest) return;
      session.user = result.data?.me ?? null;
      session.loaded = true;
      if (session.user) cachedAccount = session.user.id;
    });
  latest = request;
  return request;
}

/**
 * The login's answer is the session: set it without asking again (a request to `me` still in
 * flight from before the login would answer "signed out"), and let no earlier answer count.
 * True when another account was signed in earlier in this page's life (its session expired):
 * then the app must load afresh, so no answer of that account can show.
 */
export function signedIn(user: SessionUser): boolean {
  latest = null;
  session.user = user;
  session.loaded = true;
  const otherAccountCached = cachedAccount !== null && cachedAccount !== user.id;
  cachedAccount = user.id;
  return otherAccountCached;
}

/** The session as the server last answered, asking once if nobody has asked yet. */
async function knownSession(): Promise<SessionUser | null> {
  while (!session.loaded) await (latest ?? refreshSession());
  return session.user;
}

/**
 * The gate of protected pages (SPEC §17), for a route's `load`, so nothing of the page renders
 * before it passes: signed out → the login with `next`, coming back here afterwards; a moderator
 * → the CMS; with `roles`, anyone else outside them → the forbidden page. Example:
 * `export const load: LayoutLoad = ({ url }) => requireSession(url, { roles: ['admin', 'superadmin'] });`
 */
export async function requireSession(url: URL, options: { roles?: readonly Role[] } = {}): Promise<{ user: SessionUser }> {
  const user = await knownSession();
  if (!user) redirect(307, `/login?next=${encodeURIComponent(url.pathname + url.search)}`);
  const allowed = options.roles ? options.roles.includes(user.role) : user.role !== 'moderator';
  if (!allowed) redirect(307, user.role === 'moderator' ? '/cms' : '/403');
  return { user };
}

export const isStaff = (role: Role | undefined) => role === 'admin' || role === 'superadmin';

/** Roles that may hold API tokens for partner systems (SPEC §1). */
export const API_TOKEN_ROLES: readonly Role[] = ['vip', 'dealer', 'admin', 'superadmin'];

/**
 * Roles offered the workshop intake in the navigation (SPEC §18: dealers, admins; staff of an
 * approved VIP business act as the business, whose owner holds the VIP role). The server decides.
 */
export const mayUseWorkshop = (role: Role | undefined) => role === 'dealer' || role === 'vip' || isStaff(role);
