import { GraphQLError } from 'graphql';
import type { ReasonFor } from '../error-reasons.ts';
import type { ErrorCode } from '../errors.ts';

/**
 * A refusal before any resolver runs (while parsing, in the pre-validation and pre-execution
 * hooks, in the upload parser), already in the error contract: `code` and `reason`, and the HTTP
 * status when the whole request is refused. Resolvers throw `DomainError` instead.
 */
export function refusal<C extends ErrorCode>(code: C, reason: ReasonFor<C>, message: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, reason, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}
