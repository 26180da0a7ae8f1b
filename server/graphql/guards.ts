import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MODERATOR_ALLOWED_ROOT_FIELDS } from '../auth/moderator-allow-list.ts';
import type { Context } from '../context.ts';
import { writeAudit } from '../audit/audit.ts';
import { operationsOf, rootFieldNames } from './operation-fields.ts';

const deny = (reason: string, message: string) => new GraphQLError(message, { extensions: { code: 'FORBIDDEN', reason } });

/**
 * Checks that run on the parsed document before validation, so they answer before any argument
 * is validated or anything is looked up:
 * - moderator confinement (SPEC §1) against the explicit allow-list;
 * - `read` API tokens may not run mutations;
 * - each API token is rate-limited (config.rateLimits.apiTokenPerToken).
 */
export function useOperationGuards(): Plugin<Context> {
  return {
    onValidate({ context, params, setResult }) {
      const actor = context.actor;
      if (!actor) return;
      const operations = operationsOf(params.documentAST);
      let denial: GraphQLError | undefined;
      if (actor.role === 'moderator') {
        const outside = operations.flatMap((op) => rootFieldNames(params.documentAST, op)).filter((name) => !MODERATOR_ALLOWED_ROOT_FIELDS.has(name));
        if (outside.length > 0) denial = deny('moderator_confined', 'Moderators may only use login, consent, published articles and the CMS');
      }
      const { rateLimiter, config } = context.services;
      if (!denial && actor.apiTokenId && !rateLimiter.hit('api_token', actor.apiTokenId, config.rateLimits.apiTokenPerToken)) {
        denial = new GraphQLError('Too many requests with this API token, try again later', { extensions: { code: 'RATE_LIMITED', reason: 'rate_limited' } });
      }
      if (!denial && actor.tokenScope === 'read' && operations.some((op) => op.operation !== 'query')) {
        denial = deny('token_read_only', 'This API token may only read');
      }
      if (!denial) return;
      context.services.pendingWrites.track(
        writeAudit(context.services.orm.em.fork(), context, {
          action: 'ACCESS_DENIED',
          result: 'denied',
          reason: denial.extensions.reason as string,
        }),
      );
      setResult([denial]);
    },
  };
}
