import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, requestId: string, url: URL) => void | Promise<void>;

/**
 * The server's own routes, by the label the access log and the metrics use, with the path each
 * owns (exactly, or everything below it). The web build serves every other path.
 */
const API_ROUTES = {
  '/graphql': { path: '/graphql', below: false },
  '/schema.graphql': { path: '/schema.graphql', below: false },
  '/health': { path: '/health', below: false },
  '/ready': { path: '/ready', below: false },
  '/metrics': { path: '/metrics', below: false },
  '/documents/:id': { path: '/documents', below: true },
  '/calendar/:secret': { path: '/calendar', below: true },
  '/.well-known/ltc-certificate-key': { path: '/.well-known/ltc-certificate-key', below: false },
} as const;

export type ApiRoute = keyof typeof API_ROUTES;
const ROUTES = Object.entries(API_ROUTES) as [ApiRoute, (typeof API_ROUTES)[ApiRoute]][];

/** The API route that answers a path, if any. */
export function apiRouteOf(pathname: string): ApiRoute | undefined {
  return ROUTES.find(([, { path, below }]) => (below ? pathname.startsWith(`${path}/`) : pathname === path))?.[0];
}

/** Paths at or below an API route's path never fall back to the web app's shell (`/graphql/x` included). */
export function isApiPath(pathname: string): boolean {
  return ROUTES.some(([, { path }]) => pathname === path || pathname.startsWith(`${path}/`));
}

/** Paths for the access log and metrics: secrets in paths (share tokens) are replaced by a placeholder. */
export function routeLabel(pathname: string): string {
  const route = apiRouteOf(pathname);
  if (route) return route;
  if (pathname === '/') return pathname;
  if (pathname.startsWith('/q/')) return '/q/:token';
  if (pathname.startsWith('/v/')) return '/v/:certificate';
  return pathname.startsWith('/_app/') ? '/_app/*' : '/:page';
}
