import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/svelte';
import { client } from './client.ts';
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
