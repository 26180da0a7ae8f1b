import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { RequestScope } from '../request-scope.ts';
import { errorsOf, operationNameOf } from '../graphql/operation-fields.ts';
import type { Logger } from './logger.ts';

/** The outcomes operators alert on (SPEC §14, §16), and the log event each becomes. */
const SECURITY_EVENTS: Readonly<Record<string, string>> = {
  UNAUTHENTICATED: 'security_unauthenticated',
  FORBIDDEN: 'security_forbidden',
  RATE_LIMITED: 'security_rate_limited',
};

export interface SecurityEvent {
  code: string;
  reason: string | undefined;
  requestId: string | undefined;
  /** The GraphQL operation's name, or the route's operation (e.g. documentDownload). */
  operationName?: string;
  /** Where it was refused: the GraphQL field path or the route. */
  path?: string;
  /** The caller's role; absent for anonymous callers. */
  role?: string;
  /** How many errors of this code and reason the request got (a list can be refused item by item). */
  count?: number;
}

export const isSecurityEvent = (code: unknown): code is string => typeof code === 'string' && code in SECURITY_EVENTS;

/**
 * One structured warn line per security event. Only names, codes and ids: never an email, token,
 * cookie or argument value (the logger's allow-list drops anything else as well).
 */
export function logSecurityEvent(logger: Logger, event: SecurityEvent): void {
  if (!isSecurityEvent(event.code)) return;
  logger.warn(SECURITY_EVENTS[event.code]!, {
    errorCode: event.code,
    reason: event.reason,
    requestId: event.requestId,
    operationName: event.operationName,
    path: event.path,
    role: event.role,
    count: event.count,
  });
}

/** The longest operation name a log line carries (names are client-chosen). */
const MAX_OPERATION_NAME = 64;

/**
 * Yoga plugin, placed after the error contract so it sees the codes clients receive: for each
 * request, one line per distinct code and reason among UNAUTHENTICATED, FORBIDDEN and
 * RATE_LIMITED, whichever phase refused (guards, scopes, resolvers).
 */
export function useSecurityEventLog(logger: Logger): Plugin<Context, RequestScope> {
  const operationNames = new WeakMap<Request, string>();
  return {
    onParse() {
      return ({ result, context }) => {
        const document = result as DocumentNode | Error | null;
        if (!document || document instanceof Error || document.kind !== Kind.DOCUMENT) return;
        const name = operationNameOf(document, context.params?.operationName ?? undefined);
        if (name) operationNames.set(context.request, name.slice(0, MAX_OPERATION_NAME));
      };
    },
    onResultProcess({ request, result, serverContext }) {
      const errors = (Array.isArray(result) ? result.flatMap(errorsOf) : errorsOf(result)).filter((error) => isSecurityEvent(error.extensions?.code));
      const events = new Map<string, SecurityEvent>();
      for (const error of errors) {
        const code = error.extensions.code as string;
        const reason = typeof error.extensions.reason === 'string' ? error.extensions.reason : undefined;
        const key = `${code}/${reason}`;
        const seen = events.get(key);
        if (seen) seen.count! += 1;
        else {
          events.set(key, {
            code,
            reason,
            requestId: serverContext.requestId,
            operationName: operationNames.get(request),
            path: error.path?.join('.'),
            role: serverContext.actor?.role,
            count: 1,
          });
        }
      }
      for (const event of events.values()) logSecurityEvent(logger, event);
    },
  };
}
