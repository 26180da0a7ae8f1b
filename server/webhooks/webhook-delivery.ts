import type { AppServices } from '../app-services.ts';
import { API_TOKEN_ROLES } from '../auth/policy.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { WebhookDelivery } from './webhook-delivery.entity.ts';
import type { DueDelivery } from './webhooks.repository.ts';
import { postOnce, signatureHeader, type AttemptResult } from './webhook-sender.ts';

/** Deliveries one run claims at most; they are sent in parallel, each bounded by the timeout. */
const BATCH_SIZE = 25;
/** The longest wait between two attempts. */
const MAX_RETRY_DELAY_MS = 6 * 3_600_000;

type Services = Pick<AppServices, 'orm' | 'config' | 'keyring' | 'logger'>;

/** The scheduled delivery job: every `LTC_WEBHOOK_INTERVAL_MS`, on whichever instance holds its lease. */
export const webhookDeliveryJob = (services: Services): ScheduledJob => ({
  name: 'webhook_delivery',
  everyMs: services.config.webhooks.intervalMs,
  leaseMs: claimHoldMs(services),
  run: () => deliverDueWebhooks(services),
});

/** How long the delivery log (and an event still waiting for an inactive endpoint) is kept. */
export const WEBHOOK_LOG_DAYS = 30;

/** Hourly: deliveries older than WEBHOOK_LOG_DAYS are removed. */
export const webhookLogSweepJob = (services: Pick<Services, 'orm'>): ScheduledJob => ({
  name: 'webhook_log_sweep',
  everyMs: 3_600_000,
  leaseMs: 600_000,
  run: async () => void (await services.orm.em.fork().getRepository(WebhookDelivery).removeCreatedBefore(new Date(Date.now() - WEBHOOK_LOG_DAYS * 86_400_000))),
});

/** A claimed delivery is out of reach this long: past its attempt's deadline, so a crashed sender's delivery is sent again afterwards. */
const claimHoldMs = (services: Services) => services.config.webhooks.timeoutMs * 2 + 30_000;

/**
 * One pass: claims the due deliveries (a conditional update each, so two senders never send the
 * same attempt), sends them and records each outcome. A failed attempt is due again after
 * `retryBaseMs · 2^(attempt-1)`; after `maxAttempts` the delivery is failed for good.
 */
export async function deliverDueWebhooks(services: Services): Promise<void> {
  const deliveries = services.orm.em.fork().getRepository(WebhookDelivery);
  const now = new Date();
  const claimed: DueDelivery[] = [];
  for (const delivery of await deliveries.due(now, BATCH_SIZE, API_TOKEN_ROLES)) {
    if (await deliveries.claim(delivery.id, delivery.attempts, now, new Date(now.getTime() + claimHoldMs(services)))) claimed.push(delivery);
  }
  await Promise.all(claimed.map((delivery) => attempt(services, delivery)));
}

async function attempt(services: Services, delivery: DueDelivery): Promise<void> {
  const { timeoutMs, maxAttempts, retryBaseMs } = services.config.webhooks;
  let result: AttemptResult;
  try {
    const headers = {
      'LTC-Event': delivery.eventType,
      'LTC-Delivery': delivery.id,
      'LTC-Signature': signatureHeader(services.keyring.decrypt('webhook-secret', delivery.secretEncrypted), delivery.payload, new Date()),
    };
    result = await postOnce(new URL(delivery.url), delivery.payload, headers, services.config.webhooks, timeoutMs);
  } catch (error) {
    // Not the receiver's fault (e.g. a secret under a key version no longer configured): counted as an attempt all the same, so it ends.
    services.logger.error('webhook_attempt_broken', { deliveryId: delivery.id, errorName: (error as Error)?.name });
    result = { statusCode: null, error: 'connection_failed' };
  }
  const attempts = delivery.attempts + 1;
  const retryAt = result.error === null || attempts >= maxAttempts ? null : new Date(Date.now() + Math.min(retryBaseMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS));
  // Never the URL: its query string may carry the partner's own secret.
  if (result.error) services.logger.warn('webhook_attempt_failed', { deliveryId: delivery.id, attempt: attempts, errorClass: result.error, statusCode: result.statusCode, gaveUp: retryAt === null });
  await services.orm.em.fork().getRepository(WebhookDelivery).recordAttempt(delivery.id, { at: new Date(), statusCode: result.statusCode, error: result.error, retryAt });
}
