import { readFileSync } from 'node:fs';
import path from 'node:path';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { ReasonFor } from '../error-reasons.ts';
import { credentialsFrom } from '../auth/resolve-actor.ts';
import { refusal } from './refusal.ts';

/** The manifest the codegen client preset writes next to the web app's typed operations. */
export const PERSISTED_MANIFEST = path.resolve(import.meta.dirname, '../../web/src/lib/gql/persisted-documents.json');

/** Hash → document of every operation the web app sends. */
export function readPersistedManifest(manifestPath: string = PERSISTED_MANIFEST): Record<string, string> {
  return JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
}

/**
 * SPEC §15: the web app sends only the SHA-256 hash of its operations
 * (`extensions.persistedQuery.sha256Hash`); the server runs the document from the manifest.
 * In production a browser session (a request with the session cookie and no bearer token) may
 * run only the manifest's operations; API-token and other bearer clients, and anonymous callers
 * of the public operations, may send their own documents within the depth and cost limits.
 * Outside production anything goes (GraphiQL, tests).
 */
export function usePersistedWebOperations(production: boolean, manifestPath: string = PERSISTED_MANIFEST): Plugin {
  const manifest = readPersistedManifest(manifestPath);
  const badInput = (reason: ReasonFor<'BAD_USER_INPUT'>, message: string) => () => refusal('BAD_USER_INPUT', reason, message);
  return usePersistedOperations({
    getPersistedOperation: (hash) => manifest[hash] ?? null,
    allowArbitraryOperations: (request) => {
      if (!production) return true;
      const credentials = credentialsFrom(request.headers);
      return Boolean(credentials.bearer) || !credentials.sessionCookie;
    },
    customErrors: {
      notFound: badInput('persisted_query_not_found', 'Unknown persisted operation'),
      keyNotFound: badInput('persisted_query_required', 'Send a persisted operation hash'),
      persistedQueryOnly: badInput('persisted_query_only', 'Browser sessions may only run the web app’s persisted operations'),
    },
  }) as Plugin;
}
