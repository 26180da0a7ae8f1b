import type { ExecutionArgs, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MODERATOR_ALLOWED_ROOT_FIELDS } from '../auth/moderator-allow-list.ts';
import { denialFor, recordDenial } from '../auth/policy.ts';
import type { Context } from '../context.ts';
import { DomainError, forbidden } from '../errors.ts';
import { complexityError, queryCost } from './limits.ts';
import { operationsOf, rootFieldNames } from './operation-fields.ts';
import { recordCost, recordRateLimit } from './rate-limit-feedback.ts';
import { refusal } from './refusal.ts';

/**
 * Checks that run on the parsed document before validation, so they answer before any argument
 * is validated or anything is looked up. The first that fails is the answer:
 * - moderator confinement (SPEC §1) against the explicit allow-list;
 * - `read` API tokens may not run mutations;
 * - depth, alias, directive and cost limits (`limits.ts`; the token limit applies while parsing).
 * Each API token is rate-limited (config.rateLimits.apiTokenPerToken) once the operation is
 * valid, right before it runs: the limiter may ask the database (shared by all instances), and
 * validation hooks cannot wait. The limiter's state and the operation's cost go to the answer
 * (rate-limit-feedback.ts).
 */
export function useOperationGuards(): Plugin<Context> {
  return {
    onValidate({ context, params, setResult }) {
      const denial = accessDenial(context, params.documentAST);
      if (denial) {
        recordDenial(context, denial);
        setResult([refusal(denial.code, denial.reason, denial.message)]);
        return;
      }
      const tooComplex = complexityError(params.schema, params.documentAST, context.params?.variables ?? {});
      if (tooComplex) setResult([tooComplex]);
    },
    onExecute: ({ args, setResultAndStopExecution }) => apiTokenBudget(args, setResultAndStopExecution),
    // A subscription (the workshop board) counts once, when it starts.
    onSubscribe: ({ args, setResultAndStopExecution }) => apiTokenBudget(args, setResultAndStopExecution),
  };
}

/** The per-API-token rate limit: counts the request, or refuses it whole (429, with Retry-After: rate-limit-feedback.ts). */
async function apiTokenBudget(args: ExecutionArgs, refuse: (result: ExecutionResult) => void): Promise<void> {
  const context = args.contextValue as Context;
  const { actor, services } = context;
  if (!actor?.apiTokenId) return;
  recordCost(context.request, queryCost(args.schema, args.document, args.variableValues ?? {}));
  const state = await services.rateLimiter.consume('api_token', actor.apiTokenId, services.config.rateLimits.apiTokenPerToken);
  recordRateLimit(context.request, state);
  if (state.allowed) return;
  const denial = new DomainError('RATE_LIMITED', 'rate_limited', 'Too many requests with this API token, try again later');
  recordDenial(context, denial);
  refuse({ errors: [refusal(denial.code, denial.reason, denial.message, 429)] });
}

function accessDenial(context: Context, document: Parameters<typeof operationsOf>[0]): DomainError | null {
  const actor = context.actor;
  // Anonymous callers are answered field by field by the scopes (the public fields stay open).
  if (!actor) return null;
  const operations = operationsOf(document);
  // The allow-list is walked for moderators only: the ladder's moderator step passes everyone else.
  const moderators = actor.role !== 'moderator' || operations.flatMap((op) => rootFieldNames(document, op)).every((name) => MODERATOR_ALLOWED_ROOT_FIELDS.has(name));
  // Consent is the fields' own business: the allow-list names consentStatus and acceptConsents.
  const confined = denialFor(actor, { moderators, consent: false });
  if (confined) return new DomainError(confined.code, confined.reason, 'Moderators may only use login, consent, published articles and the CMS');
  if (actor.tokenScope === 'read' && operations.some((op) => op.operation === 'mutation')) return forbidden('token_read_only', 'This API token may only read');
  return null;
}
