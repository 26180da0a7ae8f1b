import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { WebhookDeliveryRepository } from './webhooks.repository.ts';

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** Why an attempt failed: a class, never the receiver's text (it could echo anything). */
export const DELIVERY_ERRORS = ['http_status', 'timeout', 'connection_failed', 'address_refused'] as const;
export type DeliveryError = (typeof DELIVERY_ERRORS)[number];

/**
 * One event for one endpoint (the outbox): written in the transaction of the action it reports,
 * sent by the delivery job (webhook-delivery.ts) until it succeeds or runs out of attempts.
 * `nextAttemptAt` is when it is due; a claimed delivery's is pushed past the attempt's deadline.
 */
const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'webhook_deliveries',
  repository: () => WebhookDeliveryRepository,
  indexes: [{ properties: ['status', 'nextAttemptAt'] }, { properties: ['endpoint', 'createdAt'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    endpoint: () => p.manyToOne(WebhookEndpoint).mapToPk().deleteRule('cascade'),
    eventId: p.string(),
    eventType: p.string(),
    /** The exact body sent, JSON. */
    payload: p.text(),
    status: p.enum(DELIVERY_STATUSES).default('pending'),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime().nullable(),
    lastAttemptAt: p.datetime().nullable(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.enum(DELIVERY_ERRORS).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
  },
});

export class WebhookDelivery extends WebhookDeliverySchema.class {}
WebhookDeliverySchema.setClass(WebhookDelivery);
