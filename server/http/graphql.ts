import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices } from '../app-services.ts';
import type { Context, RequestContext } from '../context.ts';
import { DomainError, ERROR_CODES } from '../errors.ts';
import { useBoundedMultipart } from '../documents/upload-parser.ts';
import { useOperationGuards } from '../graphql/guards.ts';
import { usePersistedWebOperations } from '../graphql/persisted-operations.ts';
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
 * Parse and validation errors never reach the error mask: Yoga answers them directly with its own
 * codes. They are the client's fault, so they get the contract's BAD_USER_INPUT with a reason
 * (codes from our own checks, e.g. FORBIDDEN from the guards, stay) and the request id.
 */
function useInvalidRequestCodes(): Plugin<Context> {
  const toContract = (error: GraphQLError, reason: string, context: Context) => {
    const extensions = error.extensions as Record<string, unknown>;
    if (!(ERROR_CODES as readonly unknown[]).includes(extensions.code)) {
      extensions.code = 'BAD_USER_INPUT';
      extensions.reason ??= reason;
    }
    extensions.requestId = context.requestId;
  };
  return {
    onParse: () => ({ result, context }) => {
      if (result instanceof GraphQLError) toContract(result, 'invalid_query', context);
    },
    onValidate: () => ({ result, context }) => {
      for (const error of result) toContract(error, 'invalid_request', context);
    },
  };
}

/** Adds the request id to every error so support can find the log line. */
function useRequestIdInErrors(): Plugin<Context> {
  return {
    onExecutionResult({ result, setResult, context }) {
      if (!result || !('errors' in result) || !result.errors?.length) return;
      const requestId = (context as Context).requestId;
      setResult({
        ...result,
        errors: result.errors.map((error) => new GraphQLError(error.message, { ...error, extensions: { ...error.extensions, requestId } })),
      });
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
    logging: false,
    maskedErrors: { maskError: maskError(services), isDev: false },
    // Uploads go through the bounded parser of server/documents/upload-parser.ts instead.
    multipart: false,
    // The operation guards decide per actor in onValidate; Yoga's validation cache would replay
    // one actor's verdict for the next sender of the same document (a read token's mutation
    // passing, or a moderator's denial served to an admin). Parsing stays cached.
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useMetrics(services.metrics),
      useBoundedMultipart(services.config.uploadMaxBytes),
      usePersistedWebOperations(!development),
      useOperationGuards(),
      useInvalidRequestCodes(),
      ...(development ? [] : [useNoIntrospection()]),
      useRequestIdInErrors(),
      useResponseCookies(!development),
    ],
  });
}
