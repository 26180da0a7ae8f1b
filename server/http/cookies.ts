import { parseCookie, stringifySetCookie } from 'cookie';
import type { CookieToSet } from '../request-scope.ts';

/** Session cookies: HttpOnly, SameSite=Lax, Secure in production (SPEC §2). */
export function serializeCookie(cookie: CookieToSet, secure: boolean): string {
  return stringifySetCookie({ name: cookie.name, value: cookie.value, path: '/', httpOnly: true, sameSite: 'lax', maxAge: Math.max(0, cookie.maxAge), secure });
}

/**
 * The value of one cookie from a `Cookie` header, or undefined. A value that is not valid
 * percent-encoding (`ltc_session=%`) counts as absent, never as an error: it cannot be a session.
 */
export function cookieValue(header: string, name: string): string | undefined {
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  };
  return parseCookie(header, { decode })[name] || undefined;
}
