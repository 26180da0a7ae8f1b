import { GraphQLError, NoSchemaIntrospectionCustomRule, validate, type ExecutionResult } from 'graphql';
import { createLRUCache, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import type { Context, RequestContext } from '../context.ts';
import { DomainError, ERROR_CODES } from '../errors.ts';
import { useBoundedMultipart } from '../documents/upload-parser.ts';
import { useOperationGuards } from '../graphql/guards.ts';
import { useInputBounds } from '../graphql/input-bounds.ts';
import { useDocumentLimits } from '../graphql/limits.ts';
import { usePersistedWebOperations } from '../graphql/persisted-operations.ts';
import { refusal } from '../graphql/refusal.ts';
import { useDocumentValidationCache } from '../graphql/validation-cache.ts';
import { useSecurityEventLog } from '../logging/security-events.ts';
import { useMetrics } from '../ops/metrics.ts';
import { schema } from '../schema.ts';
import { serializeCookie } from './cookies.ts';

/** Maps every error to the contract: DomainErrors keep code and reason, the unexpected is masked. */
function maskError(services: AppServices) {
  return (error: unknown, _message: string): Error => {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const original = graphqlError?.originalError ?? error;
    if (original instanceof DomainError) {
      return new GraphQLError(original.message, {
        nodes: graphqlError?.nodes,
        path: graphqlError?.path,
        extensions: { code: original.code, reason: original.reason },
      });
    }
    // Variables are coerced before execution; a scalar's or enum's complaint about a value
    // (its own GraphQLError, or a TypeError under "Variable $x got invalid value") is the client's.
    const invalidVariable = graphqlError !== undefined && !graphqlError.path && graphqlError.message.startsWith('Variable "$');
    if (graphqlError && (!graphqlError.originalError || graphqlError.originalError instanceof GraphQLError || invalidVariable)) {
      // Parse, validation and argument errors from graphql-js: the client sent something invalid.
      const code = graphqlError.extensions.code as string | undefined;
      if (code && (ERROR_CODES as readonly string[]).includes(code)) return graphqlError;
      return new GraphQLError(graphqlError.message, {
        nodes: graphqlError.nodes,
        path: graphqlError.path,
        extensions: { ...graphqlError.extensions, code: 'BAD_USER_INPUT', reason: code === 'GRAPHQL_PARSE_FAILED' ? 'invalid_query' : 'invalid_request' },
      });
    }
    const unexpected = original as Error;
    services.logger.error('unexpected_error', { errorName: unexpected?.name, message: services.config.env === 'production' ? undefined : unexpected?.message });
    const production = services.config.env === 'production';
    return new GraphQLError(production ? 'Unexpected error' : `Unexpected error: ${unexpected?.message}`, {
      nodes: graphqlError?.nodes,
      path: graphqlError?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}

/** Production answers no introspection query (SPEC §15); development keeps it for GraphiQL. */
function useNoIntrospection(): Plugin<Context> {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

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

/**
 * Every error that leaves the server passes here, whichever phase produced it: parse,
 * validation and HTTP errors never pass the error mask (Yoga answers them itself with its own
 * codes). The client's mistakes become BAD_USER_INPUT with a reason (codes from our own checks,
 * e.g. FORBIDDEN from the guards, stay), and every error carries the request id so support can
 * find the log line. Errors are copied, never changed in place: Yoga caches parse errors.
 */
function useErrorContract(): Plugin<Context, RequestContext> {
  const toContract = (error: GraphQLError, requestId: string): GraphQLError => {
    const extensions = error.extensions ?? {};
    const code = extensions.code as string | undefined;
    const known = code === 'INTERNAL_SERVER_ERROR' || (ERROR_CODES as readonly (string | undefined)[]).includes(code);
    const reason = known ? extensions.reason : code === 'GRAPHQL_PARSE_FAILED' ? 'invalid_query' : 'invalid_request';
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { ...extensions, code: known ? code : 'BAD_USER_INPUT', ...(reason ? { reason } : {}), requestId },
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
function useResponseCookies(secure: boolean): Plugin<Context, RequestContext> {
  return {
    onResponse({ serverContext, response }) {
      for (const cookie of serverContext.cookies ?? []) response.headers.append('set-cookie', serializeCookie(cookie, secure));
    },
  };
}

export function createGraphQLHandler(services: AppServices): YogaServerInstance<RequestContext, {}> {
  const development = services.config.env !== 'production';
  return createYoga<RequestContext>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: development ? { title: 'LifeTimeCircle – Service Heft 4.0 API' } : false,
    landingPage: false,
    // No CORS at all: the web app is served from the same origin, partners call server to
    // server. Yoga's default would reflect any Origin with credentials, undoing the CSRF check.
    cors: false,
    logging: false,
    maskedErrors: { maskError: maskError(services), isDev: false },
    // Uploads go through the bounded parser of server/documents/upload-parser.ts instead.
    multipart: false,
    // JSON bodies are bounded in server/app.ts before Yoga sees them (GRAPHQL_BODY_MAX_BYTES).
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
      ...(development ? [] : [useNoIntrospection(), useNoSuggestions()]),
      useDocumentValidationCache(),
      useInputBounds(),
      useErrorContract(),
      // After the error contract too: one log line per UNAUTHENTICATED, FORBIDDEN or RATE_LIMITED outcome.
      useSecurityEventLog(services.logger),
      // After the error contract: metrics count the codes clients actually receive.
      useMetrics(services.metrics),
      useResponseCookies(!development),
    ],
  });
}
