// A small typed client of the Service Heft GraphQL API: JSON requests with an API token, optional
// Idempotency-Key, uploads as GraphQL multipart requests, errors with their code and reason.
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** An answer with errors: `code` and `reason` are the API's `extensions.code` / `extensions.reason`. */
export class ApiError extends Error {
  readonly code: string;
  readonly reason: string;
  readonly status: number;

  constructor(status: number, error: { message: string; extensions?: { code?: string; reason?: string } }) {
    super(`${error.extensions?.code}/${error.extensions?.reason}: ${error.message}`);
    this.status = status;
    this.code = error.extensions?.code ?? 'UNKNOWN';
    this.reason = error.extensions?.reason ?? 'unknown';
  }
}

export interface RequestOptions {
  /** Mutations only: the same key repeats the first answer instead of acting twice (24 h). */
  idempotencyKey?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Document = TypedDocumentNode<any, any>;

export class PartnerApi {
  readonly #url: string;
  readonly #token: string;

  constructor(baseUrl: string, token: string) {
    this.#url = new URL('/graphql', baseUrl).toString();
    this.#token = token;
  }

  /** Runs a query or mutation; throws ApiError when the answer carries errors. */
  async request<D extends Document>(document: D, variables: VariablesOf<D>, options: RequestOptions = {}): Promise<ResultOf<D>> {
    return this.#send(
      {
        'content-type': 'application/json',
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      },
      JSON.stringify({ query: print(document), variables }),
    );
  }

  /**
   * Runs a mutation with one file (GraphQL multipart request spec): the variable `fileVariable` is
   * sent as null in `operations` and mapped to the file part. A multipart body needs a CSRF header.
   */
  async upload<D extends Document, F extends keyof VariablesOf<D> & string>(document: D, variables: Omit<VariablesOf<D>, F>, fileVariable: F, file: Blob, filename: string, options: RequestOptions = {}): Promise<ResultOf<D>> {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: print(document), variables: { ...variables, [fileVariable]: null } }));
    form.set('map', JSON.stringify({ 0: [`variables.${fileVariable}`] }));
    form.set('0', file, filename);
    return this.#send({ 'x-graphql-yoga-csrf': '1', ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}) }, form);
  }

  async #send(headers: Record<string, string>, body: string | FormData) {
    const response = await fetch(this.#url, { method: 'POST', headers: { authorization: `Bearer ${this.#token}`, ...headers }, body });
    const answer = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] };
    if (answer.errors?.length) throw new ApiError(response.status, answer.errors[0]!);
    return answer.data as never;
  }
}
