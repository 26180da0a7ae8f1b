import type { CookieToSet } from '../context.ts';

/** Session cookies: HttpOnly, SameSite=Lax, Secure in production (SPEC §2). */
export function serializeCookie(cookie: CookieToSet, secure: boolean): string {
  const parts = [`${cookie.name}=${encodeURIComponent(cookie.value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax', `Max-Age=${Math.max(0, cookie.maxAge)}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
