import type { ErrorReason, ReasonFor } from './error-reasons.ts';

/**
 * The error contract of the API (SPEC §15). Business rules throw DomainError and know nothing of
 * GraphQL; the server turns it into `extensions.code` and `extensions.reason`. The reasons are
 * catalogued in `error-reasons.ts`.
 */
export const ERROR_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GONE', 'RATE_LIMITED'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly reason: ErrorReason;
  constructor(code: ErrorCode, reason: ErrorReason, message?: string) {
    super(message ?? reason.replace(/_/g, ' '));
    this.name = 'DomainError';
    this.code = code;
    this.reason = reason;
  }
}

export const unauthenticated = (reason: ReasonFor<'UNAUTHENTICATED'> = 'authentication_required') => new DomainError('UNAUTHENTICATED', reason, 'Authentication required');
export const forbidden = (reason: ReasonFor<'FORBIDDEN'> = 'forbidden', message?: string) => new DomainError('FORBIDDEN', reason, message ?? 'Forbidden');
export const badInput = (reason: ReasonFor<'BAD_USER_INPUT'>, message?: string) => new DomainError('BAD_USER_INPUT', reason, message);
export const notFound = (reason: ReasonFor<'NOT_FOUND'> = 'not_found', message?: string) => new DomainError('NOT_FOUND', reason, message ?? 'Not found');
export const conflict = (reason: ReasonFor<'CONFLICT'>, message?: string) => new DomainError('CONFLICT', reason, message);
export const gone = (reason: ReasonFor<'GONE'>, message?: string) => new DomainError('GONE', reason, message);
export const rateLimited = (reason: ReasonFor<'RATE_LIMITED'> = 'rate_limited') => new DomainError('RATE_LIMITED', reason, 'Too many requests, try again later');
