import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../app-services.ts';
import { handleCertificateKey } from '../certificates/certificate-key-route.ts';
import { handleDocumentDownload } from '../documents/download.ts';
import { metricsHandler } from '../ops/metrics.ts';
import { handleCalendarFeed } from '../reminders/calendar-route.ts';
import { schema } from '../schema.ts';
import { answerError } from './error-envelope.ts';
import { graphqlRoute } from './graphql-adapter.ts';
import { healthHandler, readyHandler } from './health.ts';
import { schemaRoute } from './schema-route.ts';
import { apiRouteOf, routeLabel, type ApiRoute, type RouteHandler } from './routes.ts';
import { securityHeaders } from './security-headers.ts';
import { serveStatic } from './static.ts';

/**
 * Every HTTP request: a request id, the security headers, one access-log line and the HTTP
 * metrics when the response is done, then the route's handler (routes.ts) or the web build.
 * Errors outside GraphQL are answered in one envelope (error-envelope.ts).
 */
export function createRequestListener(services: AppServices): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { config, logger, metrics } = services;
  const production = config.env === 'production';
  const handlers: Record<ApiRoute, RouteHandler> = {
    '/graphql': graphqlRoute(services),
    '/schema.graphql': schemaRoute(schema),
    '/health': (_req, res) => healthHandler(res),
    '/ready': (_req, res) => readyHandler(services, res),
    '/metrics': (req, res) => metricsHandler(metrics, config.metricsToken, req, res),
    '/documents/:id': (req, res, requestId, url) => handleDocumentDownload(services, req, res, requestId, url.pathname),
    '/calendar/:secret': (req, res, _requestId, url) => handleCalendarFeed(services, req, res, url.pathname),
    '/.well-known/ltc-certificate-key': (req, res) => handleCertificateKey(services, req, res),
  };
  const graphqlSecurityHeaders = Object.entries(securityHeaders(production, '/graphql'));
  const otherSecurityHeaders = Object.entries(securityHeaders(production, '/'));

  return async (req, res) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = apiRouteOf(url.pathname);
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of route === '/graphql' ? graphqlSecurityHeaders : otherSecurityHeaders) res.setHeader(name, value);
    res.on('finish', () => {
      const durationMs = performance.now() - started;
      const label = routeLabel(url.pathname);
      metrics.observeHttp(req.method, label, res.statusCode, durationMs / 1000);
      logger.info('http_request', { requestId, method: req.method, path: label, status: res.statusCode, durationMs: Math.round(durationMs) });
    });
    try {
      if (route) return await handlers[route](req, res, requestId, url);
      if (serveStatic(req, res, url.pathname)) return;
      answerError(res, 404, 'NOT_FOUND', 'not_found');
    } catch (error) {
      logger.error('request_failed', { requestId, errorName: (error as Error)?.name });
      answerError(res, 500, 'INTERNAL_SERVER_ERROR', 'internal_error');
    }
  };
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID_PATTERN.test(header) ? header : randomUUID();
}
