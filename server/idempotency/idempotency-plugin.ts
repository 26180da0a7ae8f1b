import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import type { Context } from '../context.ts';
import { DomainError } from '../errors.ts';
import { refusal } from '../graphql/refusal.ts';
import type { RequestScope } from '../request-scope.ts';
import type { StoredAnswer } from './idempotency-key.repository.ts';
import { checkedIdempotencyKey, claimIdempotencyKey, keyScopeOf, recordAnswer, requestHashOf } from './idempotency.service.ts';

/** Whole-request refusals: a malformed key is the client's fault (400), a key in use a conflict (409). */
const STATUS_OF: Partial<Record<DomainError['code'], number>> = { BAD_USER_INPUT: 400, CONFLICT: 409 };

/**
 * The `Idempotency-Key` header (docs/PARTNER_API.md, docs/DECISIONS.md): a signed-in caller's
 * request with a mutation and the header claims the key right before execution (after the
 * guards, so a refused request claims nothing); its HTTP answer is stored when it is sent, and a
 * replay of the same request gets those bytes and status again (`Idempotent-Replayed: true`)
 * without running anything. Queries and anonymous requests ignore the header.
 */
export function useIdempotency(services: AppServices): Plugin<Context, RequestScope> {
  const claims = new WeakMap<Request, { id: string; holder: string }>();
  const replays = new WeakMap<Request, StoredAnswer>();
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Context;
      const header = context.request.headers.get('idempotency-key');
      if (header === null || !context.actor) return;
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      try {
        const key = checkedIdempotencyKey(header);
        const keyed = await claimIdempotencyKey(context.em, services.keyring, keyScopeOf(context.actor), key, requestHashOf(context.params));
        if (keyed.outcome === 'execute') return void claims.set(context.request, keyed);
        replays.set(context.request, keyed.answer);
        // Logs and metrics see the first answer's outcome; the client gets its exact bytes (onResponse).
        setResultAndStopExecution(JSON.parse(keyed.answer.body));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        setResultAndStopExecution({ errors: [refusal(error.code, error.reason, error.message, STATUS_OF[error.code])] });
      }
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const replay = replays.get(request);
      if (replay) {
        // This request's own headers (set by other plugins) stay; body, status and type are the first answer's.
        const headers = new fetchAPI.Headers(response.headers);
        headers.delete('content-length');
        headers.set('content-type', replay.contentType ?? 'application/json; charset=utf-8');
        headers.set('idempotent-replayed', 'true');
        return setResponse(new fetchAPI.Response(replay.body, { status: replay.status, headers }));
      }
      const claim = claims.get(request);
      if (!claim) return;
      // Stored before the answer leaves: a client that retries at once finds the answer, not the claim.
      const answer = { status: response.status, contentType: response.headers.get('content-type'), body: await response.clone().text() };
      await recordAnswer(services.orm.em, services.keyring, claim, answer).catch((error: unknown) => services.logger.error('idempotency_record_failed', { errorName: (error as Error)?.name }));
    },
  };
}
