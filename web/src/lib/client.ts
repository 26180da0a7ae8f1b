import { persistedExchange } from '@urql/exchange-persisted';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type Operation, type SubscriptionForwarder } from '@urql/svelte';
import { createClient as createSseClient, type RequestParams } from 'graphql-sse';
import { goto } from '$app/navigation';
import { page } from '$app/state';

/** How a subscription's stream stands; a page passes `onConnection` in the operation's context to show it. */
export type ConnectionState = 'connecting' | 'connected';

/**
 * Subscriptions (the workshop board) are GraphQL over Server-Sent Events, which Yoga answers on
 * /graphql itself: graphql-sse's "distinct connections" mode POSTs the persisted hash with
 * `Accept: text/event-stream` and reads the stream. A broken stream reaches the page at once as
 * an error (no silent retries here), so the page can show it and subscribe anew.
 */
const sseClient = createSseClient({
  url: '/graphql',
  credentials: 'same-origin',
  headers: { 'X-LTC-CSRF': '1' },
  retryAttempts: 0,
});

const forwardSubscription: SubscriptionForwarder = (request, operation) => {
  const onConnection = operation.context.onConnection as ((state: ConnectionState) => void) | undefined;
  return {
    subscribe(sink) {
      // With a persisted hash the body has no `query` (the server runs the manifest's document).
      const unsubscribe = sseClient.subscribe<Record<string, unknown>, Record<string, unknown>>(request as RequestParams, sink, {
        connecting: () => onConnection?.('connecting'),
        connected: () => onConnection?.('connected'),
      });
      return { unsubscribe };
    },
  };
};

/**
 * The one urql client of the app. The session is the HttpOnly cookie (same origin); every POST
 * carries `X-LTC-CSRF` so multipart uploads pass the server's CSRF check too.
 * Cache policy: urql's document cache only. A mutation answers with the objects it changed, and
 * the cache refetches every query whose result holds one of their types (lists name the types
 * they list in `additionalTypenames`, so an empty list refreshes too). No page refreshes by hand.
 */
export const client = new Client({
  url: '/graphql',
  requestPolicy: 'cache-and-network',
  fetchOptions: () => ({ credentials: 'same-origin', headers: { 'X-LTC-CSRF': '1' } }),
  exchanges: [
    mapExchange({ onError: redirectOnAccessError }),
    cacheExchange,
    // Persisted operations: the codegen client preset embeds each document's SHA-256 hash; only
    // the hash is sent and the server runs the document from its manifest (in production browsers
    // may send nothing else). POST, because the session cookie must not ride on cacheable GETs.
    persistedExchange({ enforcePersistedQueries: true, enableForMutation: true, enableForSubscriptions: true, preferGetForPersistedQueries: false, generateHash: async (_query, document) => persistedHash(document) }),
    subscriptionExchange({ forwardSubscription }),
    fetchExchange,
  ],
});

/** The SHA-256 hash codegen embedded in a document. */
export function persistedHash(document: unknown): string | undefined {
  return (document as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/** Where the current page is, so login and consent can come back here. */
export function currentPath(): string {
  return page.url.pathname + page.url.search;
}

/**
 * The app-wide access rules (SPEC §17): not signed in → login with `next`; consent missing →
 * consent with `next`; a moderator outside the CMS → the CMS; any other denial of a page's data
 * → the forbidden page. Errors of mutations stay with the form that sent them.
 */
function redirectOnAccessError(error: { graphQLErrors: { extensions: Record<string, unknown> }[] }, operation: Operation): void {
  if (operation.context.skipAccessRedirect) return;
  const reasons = error.graphQLErrors.map((e) => e.extensions?.reason);
  const codes = error.graphQLErrors.map((e) => e.extensions?.code);
  const next = encodeURIComponent(currentPath());
  if (reasons.includes('authentication_required')) void goto(`/login?next=${next}`, { replaceState: true });
  else if (reasons.includes('consent_required')) void goto(`/consent?next=${next}`, { replaceState: true });
  else if (reasons.includes('moderator_confined')) void goto('/cms', { replaceState: true });
  else if (operation.kind === 'query' && codes.includes('FORBIDDEN')) void goto('/403', { replaceState: true });
}

