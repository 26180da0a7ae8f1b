import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { printSchema, type GraphQLSchema } from 'graphql';
import { answerError } from './error-envelope.ts';
import type { RouteHandler } from './routes.ts';

/**
 * GET /schema.graphql: the published contract (docs/PARTNER_API.md), the SDL exactly as committed
 * in `schema.graphql` (test/contract.test.ts keeps the two equal). In production too: the SDL is
 * public (repository, partner docs); introspection stays off (docs/DECISIONS.md). Caches keep it
 * and revalidate with its ETag, so a deploy that changes the schema is seen at once.
 */
export function schemaRoute(schema: GraphQLSchema): RouteHandler {
  const sdl = `${printSchema(schema)}\n`;
  const etag = `"${createHash('sha256').update(sdl).digest('base64url')}"`;
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, no-cache', etag };
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return answerError(res, 405, 'BAD_USER_INPUT', 'method_not_allowed', { allow: 'GET, HEAD' });
    if (matchesEtag(req.headers['if-none-match'], etag)) return void res.writeHead(304, headers).end();
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(sdl) });
    res.end(req.method === 'HEAD' ? undefined : sdl);
  };
}

/** If-None-Match: `*` or a list of tags, weak ones compared weakly (RFC 9110 §13.1.2). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
