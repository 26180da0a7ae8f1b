import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import type { Context } from '../context.ts';
import type { RequestScope } from '../request-scope.ts';
import { DomainError, ERROR_CODES } from '../errors.ts';

const CONTRACT_CODES: readonly string[] = [...ERROR_CODES, 'INTERNAL_SERVER_ERROR'];

/**
 * The one error-mapping pass (SPEC §15): every error that leaves the server passes here,
 * whichever phase produced it (Yoga's own masking is off). DomainErrors keep code and reason;
 * graphql-js's parse, validation and variable errors and Yoga's HTTP errors are the client's
 * (BAD_USER_INPUT with a reason); refusals already in the contract (`refusal.ts`) keep theirs;
 * anything else is logged and masked. Every error carries the request id so support can find
 * the log line. Errors are copied, never changed in place: Yoga caches parse errors.
 */
export function useErrorContract(services: AppServices): Plugin<Context, RequestScope> {
  const production = services.config.env === 'production';
  const toContract = (error: GraphQLError, requestId: string): GraphQLError => {
    const located = { nodes: error.nodes, path: error.path };
    const original = error.originalError;
    if (original instanceof DomainError) {
      return new GraphQLError(original.message, { ...located, extensions: { code: original.code, reason: original.reason, requestId } });
    }
    // Variables are coerced before execution; a scalar's or enum's complaint about a value
    // (its own GraphQLError, or a TypeError under "Variable $x got invalid value") is the client's.
    const invalidVariable = !error.path && error.message.startsWith('Variable "$');
    if (!original || original instanceof GraphQLError || invalidVariable) {
      const code = error.extensions.code as string | undefined;
      const known = code !== undefined && CONTRACT_CODES.includes(code);
      const reason = known ? error.extensions.reason : code === 'GRAPHQL_PARSE_FAILED' ? 'invalid_query' : 'invalid_request';
      return new GraphQLError(error.message, {
        ...located,
        extensions: { ...error.extensions, code: known ? code : 'BAD_USER_INPUT', ...(reason ? { reason } : {}), requestId },
      });
    }
    services.logger.error('unexpected_error', { requestId, errorName: original.name, message: production ? undefined : original.message });
    return new GraphQLError(production ? 'Unexpected error' : `Unexpected error: ${original.message}`, {
      ...located,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
  };
  const withContract = (result: ExecutionResult, requestId: string): ExecutionResult =>
    result.errors?.length ? { ...result, errors: result.errors.map((error) => toContract(error, requestId)) } : result;
  return {
    onResultProcess({ result, setResult, serverContext }) {
      const requestId = serverContext.requestId;
      if (Array.isArray(result)) setResult(result.map((single) => withContract(single, requestId)));
      else if (!(Symbol.asyncIterator in result)) setResult(withContract(result, requestId));
    },
  };
}
