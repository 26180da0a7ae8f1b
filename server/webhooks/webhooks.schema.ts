import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { API_TOKEN_ROLES, requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import { keysetCursor } from '../graphql/cursors.ts';
import { DELIVERY_ERRORS, DELIVERY_STATUSES, type WebhookDelivery } from './webhook-delivery.entity.ts';
import type { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { WEBHOOK_EVENTS } from './webhook-events.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  listOwnWebhookEndpoints,
  listWebhookDeliveries,
  sendTestWebhookEvent,
  updateWebhookEndpoint,
} from './webhooks.service.ts';

/** GraphQL names for the wire names (`entry.added` → ENTRY_ADDED). */
const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description: 'An event a webhook endpoint can subscribe to; payloads and the `LTC-Event` header carry the lower-case dotted name (e.g. `entry.added`).',
  values: Object.fromEntries(WEBHOOK_EVENTS.map((event) => [event.replace('.', '_').toUpperCase(), { value: event }])) as Record<string, { value: (typeof WEBHOOK_EVENTS)[number] }>,
});
const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', { values: DELIVERY_STATUSES });
const WebhookDeliveryErrorEnum = builder.enumType('WebhookDeliveryError', {
  description: 'Why the last attempt failed: http_status (not 2xx), timeout, connection_failed, address_refused (not a public address).',
  values: DELIVERY_ERRORS,
});

const webhookRoles = requires({ consented: true, roles: API_TOKEN_ROLES });
/** Only the owner sees an endpoint and its deliveries (the services look them up by owner). */
const ownerOnly = requires({ authenticated: true });

const WebhookEndpointRef = builder.objectRef<WebhookEndpoint>('WebhookEndpoint').implement({
  authScopes: (endpoint, context) => (endpoint.owner === context.actor?.userId ? ownerOnly : requires({ admin: true })),
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    events: t.field({ type: [WebhookEventEnum], resolve: (endpoint) => endpoint.events }),
    active: t.exposeBoolean('active', { description: 'Inactive endpoints get no new events; their pending deliveries wait.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const WebhookDeliveryRef = builder.objectRef<WebhookDelivery>('WebhookDelivery').implement({
  description: 'One event for one endpoint, with the state of its delivery.',
  // Reached only through the owner's endpoint (webhookDeliveries, sendTestWebhookEvent).
  authScopes: ownerOnly,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sent as `LTC-Delivery`.' }),
    eventId: t.exposeString('eventId', { description: 'The payload’s `id`: the same for every endpoint and every retry of one event.' }),
    eventType: t.exposeString('eventType', { description: 'The payload’s `type` and the `LTC-Event` header, e.g. `entry.added` or `webhook.test`.' }),
    payload: t.exposeString('payload', { description: 'The exact JSON body sent.' }),
    status: t.field({ type: WebhookDeliveryStatusEnum, resolve: (delivery) => delivery.status }),
    attempts: t.exposeInt('attempts'),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true }),
    lastError: t.field({ type: WebhookDeliveryErrorEnum, nullable: true, resolve: (delivery) => delivery.lastError ?? null }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

const CreatedWebhookEndpointRef = builder.objectRef<{ secret: string; endpoint: WebhookEndpoint }>('CreatedWebhookEndpoint').implement({
  authScopes: webhookRoles,
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The signing secret (`whsec_…`) for verifying `LTC-Signature`. Shown only this once; store it safely.' }),
    endpoint: t.field({ type: WebhookEndpointRef, resolve: (created) => created.endpoint }),
  }),
});

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'https (http only outside production), a public host, at most 2048 characters.' }),
    events: t.field({ type: [WebhookEventEnum], required: true, description: 'At least one.' }),
  }),
});

const UpdateWebhookEndpointInput = builder.inputType('UpdateWebhookEndpointInput', {
  description: 'Only what changes; the signing secret stays.',
  fields: (t) => ({
    url: t.string(),
    events: t.field({ type: [WebhookEventEnum] }),
    active: t.boolean(),
  }),
});

builder.queryField('myWebhookEndpoints', (t) =>
  t.connection({
    type: WebhookEndpointRef,
    nullable: true,
    authScopes: webhookRoles,
    description: 'Your webhook endpoints, newest first.',
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (endpoint) => keysetCursor(endpoint.createdAt, endpoint.id) }, (page: ResolveCursorConnectionArgs) =>
        listOwnWebhookEndpoints(context, page),
      ),
  }),
);

builder.queryField('webhookDeliveries', (t) =>
  t.connection({
    type: WebhookDeliveryRef,
    nullable: true,
    authScopes: webhookRoles,
    description: 'The delivery log of one of your endpoints, newest first.',
    args: { endpointId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      resolveCursorConnection({ args, toCursor: (delivery) => keysetCursor(delivery.createdAt, delivery.id) }, (page: ResolveCursorConnectionArgs) =>
        listWebhookDeliveries(context, String(args.endpointId), page),
      ),
  }),
);

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: CreatedWebhookEndpointRef,
    authScopes: webhookRoles,
    description: 'Registers an endpoint for events of the vehicles you may act on. At most 10 per account.',
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true }) },
    resolve: (_root, { input }, context) => createWebhookEndpoint(context, { url: input.url, events: input.events }),
  }),
);

builder.mutationField('updateWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointRef,
    authScopes: webhookRoles,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateWebhookEndpointInput, required: true }) },
    resolve: (_root, { id, input }, context) => updateWebhookEndpoint(context, String(id), input),
  }),
);

builder.mutationField('deleteWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointRef,
    authScopes: webhookRoles,
    description: 'Deletes the endpoint and its delivery log; pending deliveries are dropped.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => deleteWebhookEndpoint(context, String(id)),
  }),
);

builder.mutationField('sendTestWebhookEvent', (t) =>
  t.field({
    type: WebhookDeliveryRef,
    authScopes: webhookRoles,
    description: 'Queues a `webhook.test` event for the endpoint (also an inactive one); follow it in webhookDeliveries.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) => sendTestWebhookEvent(context, String(id)),
  }),
);
