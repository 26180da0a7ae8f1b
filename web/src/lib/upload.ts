import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CombinedError, stringifyDocument } from '@urql/svelte';
import { persistedHash } from './client.ts';

/** Shaped like urql's results, so `Action.run` takes an upload like any mutation. */
export interface UploadResult<Data> {
  data?: Data | null;
  error?: CombinedError;
}

interface UploadResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Runs a generated mutation as a GraphQL multipart request (the file in `variables.file`) with
 * XMLHttpRequest, because fetch cannot report upload progress. Like the urql client it sends
 * only the persisted hash, the session cookie and the CSRF header.
 */
export function uploadWithProgress<Data, Variables extends { file: File }>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onProgress: (fraction: number) => void,
): Promise<UploadResult<Data>> {
  const hash = persistedHash(document);
  const operations = {
    ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: stringifyDocument(document) }),
    variables: { ...variables, file: null },
  };
  const body = new FormData();
  body.append('operations', JSON.stringify(operations));
  body.append('map', JSON.stringify({ 0: ['variables.file'] }));
  body.append('0', variables.file);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    request.withCredentials = true;
    request.setRequestHeader('X-LTC-CSRF', '1');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        const response = JSON.parse(request.responseText) as UploadResponse<Data>;
        resolve({ data: response.data, error: response.errors?.length ? new CombinedError({ graphQLErrors: response.errors }) : undefined });
      } catch {
        resolve({ error: new CombinedError({ graphQLErrors: [{ message: 'invalid response', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
      }
    };
    request.onerror = () => resolve({ error: new CombinedError({ networkError: new Error('network') }) });
    request.send(body);
  });
}
