/** Hash sources ("'sha256-…'") of a page's inline code, as SvelteKit listed them (static.ts). */
export interface PageHashes {
  scripts: readonly string[];
  styleAttributes: readonly string[];
}

/**
 * The CSP: only our own scripts, styles and images, no 'unsafe-inline'. A page's inline boot
 * script, and the one style attribute of SvelteKit's route announcer, are allowed by hash alone.
 */
export function contentSecurityPolicy(page: PageHashes = { scripts: [], styleAttributes: [] }): string {
  const directives = [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self'",
    ...(page.styleAttributes.length > 0 ? [`style-src-attr 'unsafe-hashes' ${page.styleAttributes.join(' ')}`] : []),
    ["script-src 'self'", ...page.scripts].join(' '),
    "object-src 'none'",
    "frame-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
  return directives.join('; ');
}

/** Headers on every response. */
export function securityHeaders(production: boolean, path: string): Record<string, string> {
  const headers: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=()',
  };
  // GraphiQL (development only) is one page with inline script, styles and blob: workers; everything else is covered by the CSP.
  if (!(path === '/graphql' && !production)) {
    headers['content-security-policy'] = contentSecurityPolicy();
  }
  if (production) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return headers;
}
