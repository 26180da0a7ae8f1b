import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MODERATOR_ALLOWED_ROOT_FIELDS } from '../auth/moderator-allow-list.ts';
import type { ReasonFor } from '../error-reasons.ts';
import type { Context } from '../context.ts';
import { writeAudit } from '../audit/audit.ts';
import { complexityError } from './limits.ts';
import { operationsOf, rootFieldNames } from './operation-fields.ts';
import { refusal } from './refusal.ts';

const deny = (reason: ReasonFor<'FORBIDDEN'>, message: string) => refusal('FORBIDDEN', reason, message);

/**
 * Checks that run on the parsed document before validation, so they answer before any argument
 * is validated or anything is looked up. The first that fails is the answer:
 * - moderator confinement (SPEC §1) against the explicit allow-list;
 * - `read` API tokens may not run mutations;
 * - each API token is rate-limited (config.rateLimits.apiTokenPerToken);
 * - depth, alias, directive and cost limits (`limits.ts`; the token limit applies while parsing).
 */
export function useOperationGuards(): Plugin<Context> {
  return {
    onValidate({ context, params, setResult }) {
      const denial = accessDenial(context, params.documentAST);
      if (denial) {
        context.services.pendingWrites.track(
          writeAudit(context.services.orm.em.fork(), context, {
            action: 'ACCESS_DENIED',
            result: 'denied',
            reason: denial.extensions.reason as string,
          }),
        );
        setResult([denial]);
        return;
      }
      const tooComplex = complexityError(params.schema, params.documentAST, context.params?.variables ?? {});
      if (tooComplex) setResult([tooComplex]);
    },
  };
}

function accessDenial(context: Context, document: Parameters<typeof operationsOf>[0]): GraphQLError | undefined {
  const actor = context.actor;
  if (!actor) return undefined;
  const operations = operationsOf(document);
  if (actor.role === 'moderator') {
    const outside = operations.flatMap((op) => rootFieldNames(document, op)).filter((name) => !MODERATOR_ALLOWED_ROOT_FIELDS.has(name));
    if (outside.length > 0) return deny('moderator_confined', 'Moderators may only use login, consent, published articles and the CMS');
  }
  const { rateLimiter, config } = context.services;
  if (actor.apiTokenId && !rateLimiter.hit('api_token', actor.apiTokenId, config.rateLimits.apiTokenPerToken)) {
    return refusal('RATE_LIMITED', 'rate_limited', 'Too many requests with this API token, try again later');
  }
  if (actor.tokenScope === 'read' && operations.some((op) => op.operation !== 'query')) {
    return deny('token_read_only', 'This API token may only read');
  }
  return undefined;
}
