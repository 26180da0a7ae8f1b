import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/** The manifest the codegen client preset writes next to the web app's typed operations. */
export const PERSISTED_MANIFEST = path.resolve(import.meta.dirname, '../../web/src/lib/gql/persisted-documents.json');

/**
 * SPEC §15: the web app sends only the SHA-256 hash of its operations
 * (`extensions.persistedQuery.sha256Hash`); the server runs the document from the manifest.
 * In production a request may carry its own document only with `Authorization: Bearer`
 * (API-token clients); browser sessions and anonymous callers are limited to the manifest.
 * Outside production anything goes (GraphiQL, tests).
 */
export function usePersistedWebOperations(production: boolean, manifestPath: string = PERSISTED_MANIFEST): Plugin {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const badInput = (reason: string, message: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', reason } });
  return usePersistedOperations({
    getPersistedOperation: (hash) => manifest[hash] ?? null,
    allowArbitraryOperations: (request) => !production || /^Bearer\s+\S/i.test(request.headers.get('authorization') ?? ''),
    customErrors: {
      notFound: badInput('persisted_query_not_found', 'Unknown persisted operation'),
      keyNotFound: badInput('persisted_query_required', 'Send a persisted operation hash'),
      persistedQueryOnly: badInput('persisted_query_only', 'Only the web app’s persisted operations are accepted without an API token'),
    },
  }) as Plugin;
}
