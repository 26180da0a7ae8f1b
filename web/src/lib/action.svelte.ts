import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/svelte';
import { client, persistedHash } from './client.ts';
import { errorMessage, errorReason, FIELD_OF_REASON, MESSAGES } from './errors.ts';
import type { ErrorReason } from './gql/enums.ts';

/**
 * What one form or button does: busy while it runs, then either a success status or the German
 * error message with the server's reason. Pages render it with `<Alerts {action} />` (and
 * `<FieldError>` next to a field), so no page writes its own busy/error/live-region handling.
 * The changed objects come back in the mutation's answer; urql's document cache then refetches
 * the queries that show their types, so nothing is refreshed by hand.
 */
export class Action {
  busy = $state(false);
  error = $state<string | null>(null);
  reason = $state<ErrorReason | null>(null);
  status = $state<string | null>(null);

  /** Sends one mutation through the app's client; the data, or null after an error. */
  mutate<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables, success?: string | ((data: Data) => string)): Promise<Data | null> {
    return this.run(() => client.mutation(document, variables).toPromise(), success);
  }

  /** The key of each action that has not succeeded yet, by what it sends: a retry sends the same key. */
  #pendingKeys = new Map<string, string>();

  /**
   * Sends a mutation that takes an `idempotencyKey` (the workshop's): a new key per user action
   * (crypto.randomUUID), the same key when the same action with the same input is sent again after
   * it failed (a lost answer is then replayed by the server instead of done twice).
   */
  async mutateOnce<Data, Variables extends AnyVariables & { idempotencyKey: string }>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Omit<Variables, 'idempotencyKey'>,
    success?: string | ((data: Data) => string),
  ): Promise<Data | null> {
    const action = JSON.stringify([persistedHash(document), variables]);
    const idempotencyKey = this.#pendingKeys.get(action) ?? crypto.randomUUID();
    this.#pendingKeys.set(action, idempotencyKey);
    const data = await this.mutate(document, { ...variables, idempotencyKey } as unknown as Variables, success);
    if (data) this.#pendingKeys.delete(action);
    return data;
  }

  /** Runs anything that answers like urql (uploads); the data, or null after an error. */
  async run<Data>(send: () => Promise<{ data?: Data | null; error?: CombinedError }>, success?: string | ((data: Data) => string)): Promise<Data | null> {
    this.busy = true;
    this.reset();
    try {
      const result = await send();
      if (result.error || !result.data) {
        this.fail(errorMessage(result.error) ?? MESSAGES.invalid_request, errorReason(result.error));
        return null;
      }
      this.status = typeof success === 'function' ? success(result.data) : (success ?? null);
      return result.data;
    } finally {
      this.busy = false;
    }
  }

  /** A check the page makes itself before sending (a confirmation, a file picked). */
  fail(message: string, reason: ErrorReason | null = null): void {
    this.error = message;
    this.reason = reason;
    this.status = null;
  }

  reset(): void {
    this.error = null;
    this.reason = null;
    this.status = null;
  }

  /** The message for a form field when the last error is about it (see FIELD_OF_REASON). */
  fieldError(field: string): string | null {
    return this.reason && FIELD_OF_REASON[this.reason] === field ? this.error : null;
  }
}
