import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../app-services.ts';
import { answerError } from '../http/error-envelope.ts';
import { clientIp } from '../http/graphql-adapter.ts';
import { rateLimitHeaders } from '../rate-limits/rate-limit-headers.ts';
import { CALENDAR_PATH, calendarOfSecret } from './calendar-feed.service.ts';

/**
 * GET /calendar/<secret>.ics: the personal feed, for calendar apps (no session, the secret is the
 * credential). Limited per client address; anything but a live feed's secret gets the same 404 as
 * an unknown path. The access log names the route, never the path with the secret (routes.ts).
 */
export async function handleCalendarFeed(services: AppServices, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return answerError(res, 405, 'BAD_USER_INPUT', 'method_not_allowed', { allow: 'GET, HEAD' });
  const state = await services.rateLimiter.consume('calendar_ip', services.keyring.hmac('rate-limit', clientIp(req, services.config.trustProxy)), services.config.rateLimits.calendarPerIp);
  if (!state.allowed) return answerError(res, 429, 'RATE_LIMITED', 'rate_limited', rateLimitHeaders(state));
  const secret = CALENDAR_PATH.exec(pathname)?.[1];
  const ics = secret ? await calendarOfSecret(services, services.orm.em.fork(), secret) : null;
  if (ics === null) return answerError(res, 404, 'NOT_FOUND', 'not_found');
  const body = Buffer.from(ics, 'utf8');
  res.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-length': String(body.length),
    'content-disposition': 'inline; filename="service-heft.ics"',
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
