import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../errors.ts';

/**
 * A refusal before any resolver runs (while parsing, in the pre-validation and pre-execution
 * hooks, in the upload parser), already in the error contract: `code` and `reason`, and the HTTP
 * status when the whole request is refused. Resolvers throw `DomainError` instead.
 */
export function refusal(code: ErrorCode, reason: string, message: string, httpStatus?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, reason, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
}
