import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { validate } from 'graphql';
import { createLRUCache, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import type { Context } from '../context.ts';
import type { RequestScope } from '../request-scope.ts';
import { useBoundedMultipart } from '../documents/upload-parser.ts';
import { useErrorContract } from '../graphql/error-contract.ts';
import { useOperationGuards } from '../graphql/guards.ts';
import { useInputBounds } from '../graphql/input-bounds.ts';
import { useDocumentLimits } from '../graphql/limits.ts';
import { usePersistedWebOperations } from '../graphql/persisted-operations.ts';
import { useRateLimitFeedback } from '../graphql/rate-limit-feedback.ts';
import { refusal } from '../graphql/refusal.ts';
import { useIdempotency } from '../idempotency/idempotency-plugin.ts';
import { useDocumentValidationCache } from '../graphql/validation-cache.ts';
import { useSecurityEventLog } from '../logging/security-events.ts';
import { useMetrics } from '../ops/metrics.ts';
import { schema } from '../schema.ts';
import { serializeCookie } from './cookies.ts';

/**
 * Production hides graphql-js's "Did you mean …" suggestions: with introspection off they would
 * still spell out the schema field by field. Wrapped by the validation cache (listed after it).
 */
function useNoSuggestions(): Plugin<Context> {
  return {
    onValidate({ setValidationFn }) {
      setValidationFn((schema, document, rules) => validate(schema, document, rules, { hideSuggestions: true }));
    },
    // Variables are coerced at execution (an enum value's suggestion).
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => executeFn({ ...args, hideSuggestions: true } as typeof args));
    },
  };
}

/**
 * A GET request's `variables` and `extensions` must be JSON: Yoga's GET parser would throw a
 * plain SyntaxError, which reaches the client as an internal error.
 */
function useJsonGetParameters(): Plugin<Context> {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'GET') return;
      const parameters = new URL(request.url).searchParams;
      for (const name of ['variables', 'extensions']) {
        const value = parameters.get(name);
        if (value === null) continue;
        try {
          JSON.parse(value);
        } catch {
          throw refusal('BAD_USER_INPUT', 'invalid_json', `The ${name} parameter is not JSON`, 400);
        }
      }
    },
  };
}

/** Documents longer than this are parsed on every request instead of cached (the longest persisted operation has 1 090 characters). */
export const MAX_CACHED_DOCUMENT_CHARS = 16 * 1024;

/**
 * Yoga's parse caches (documents and parse errors) keep 1 024 entries each, keyed by the
 * document's text: distinct documents of the largest size (64 KiB, `limits.ts`; a long comment
 * is no token) would hold 128 MiB. Only documents up to MAX_CACHED_DOCUMENT_CHARS are kept, at
 * most 32 MiB in all.
 */
export function boundedDocumentCache<T extends {}>() {
  const cache = createLRUCache<T>();
  return {
    get: (document: string) => cache.get(document),
    set: (document: string, value: T) => {
      if (document.length <= MAX_CACHED_DOCUMENT_CHARS) cache.set(document, value);
    },
  };
}

/** Session cookies set by resolvers (login, logout) go onto the response. */
function useResponseCookies(secure: boolean): Plugin<Context, RequestScope> {
  return {
    onResponse({ serverContext, response }) {
      for (const cookie of serverContext.cookies ?? []) response.headers.append('set-cookie', serializeCookie(cookie, secure));
    },
  };
}

export function createGraphQLHandler(services: AppServices): YogaServerInstance<RequestScope, {}> {
  const development = services.config.env !== 'production';
  return createYoga<RequestScope>({
    schema,
    graphqlEndpoint: '/graphql',
    // Served from the installed package, not a CDN: GraphiQL works on a machine without internet.
    // Loaded on first use: the package is one 9 MB module that production never needs.
    graphiql: development ? { title: 'LifeTimeCircle – Service Heft 4.0 API' } : false,
    renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
    landingPage: false,
    // No CORS at all: the web app is served from the same origin, partners call server to
    // server. Yoga's default would reflect any Origin with credentials, undoing the CSRF check.
    cors: false,
    logging: false,
    // Errors are mapped to the contract in one pass instead (useErrorContract).
    maskedErrors: false,
    // Uploads go through the bounded parser of server/documents/upload-parser.ts instead.
    multipart: false,
    // JSON bodies are bounded by the adapter before Yoga sees them (graphql-adapter.ts).
    maxRequestBodySize: false,
    // The guards answer per caller and per variables, so validation results must not be cached
    // by document (a moderator's denial would be served to the next caller, and the other way round).
    // useDocumentValidationCache caches graphql-js validation alone, after the guards.
    parserAndValidationCache: { validationCache: false, documentCache: boundedDocumentCache(), errorCache: boundedDocumentCache() },
    plugins: [
      useBoundedMultipart(services),
      useJsonGetParameters(),
      usePersistedWebOperations(!development),
      useDocumentLimits(),
      useOperationGuards(),
      // Production answers no introspection query (SPEC §15); development keeps it for GraphiQL.
      ...(development ? [] : [useDisableIntrospection(), useNoSuggestions()]),
      useDocumentValidationCache(),
      useInputBounds(),
      // Last before execution: only a request every check let through claims its Idempotency-Key.
      useIdempotency(services),
      useErrorContract(services),
      // After the error contract too: one log line per UNAUTHENTICATED, FORBIDDEN or RATE_LIMITED outcome.
      useSecurityEventLog(services.logger),
      // After the error contract: metrics count the codes clients actually receive.
      useMetrics(services.metrics),
      useResponseCookies(!development),
      useRateLimitFeedback(),
    ],
  });
}
