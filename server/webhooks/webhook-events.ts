/**
 * The events a partner may subscribe to, by their wire name (the `type` of a payload and the
 * `LTC-Event` header). Inspection cases (opened/closed) join when inspection cases exist (issue 18).
 */
export const WEBHOOK_EVENTS = ['entry.added', 'entry.revised', 'entry.withdrawn', 'document.approved', 'document.rejected', 'transfer.completed', 'workshop_session.closed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent only by `sendTestWebhookEvent`, to the one endpoint; not subscribable. */
export const TEST_EVENT = 'webhook.test';
export type DeliveredEvent = WebhookEvent | typeof TEST_EVENT;
