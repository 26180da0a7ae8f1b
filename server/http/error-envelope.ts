import type { ServerResponse } from 'node:http';
import type { ErrorReason } from '../error-reasons.ts';
import type { ErrorCode } from '../errors.ts';

/**
 * The one error body of the routes outside GraphQL (downloads, metrics, unknown paths, internal
 * errors): `{ "error": { "code", "reason" } }` with the contract's codes (SPEC §15), never cached.
 * The request id is in the `x-request-id` header of every response.
 */
export function answerError(res: ServerResponse, status: number, code: ErrorCode | 'INTERNAL_SERVER_ERROR', reason: ErrorReason | 'internal_error', headers: Record<string, string> = {}): void {
  // A response already streaming (a download that failed midway) can only be cut off.
  if (res.headersSent) return void res.end();
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify({ error: { code, reason } }));
}
