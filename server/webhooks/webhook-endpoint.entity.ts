import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import type { WebhookEvent } from './webhook-events.ts';
import { WebhookEndpointRepository } from './webhooks.repository.ts';

/** A partner's receiving URL for the events of the vehicles its owner may act on. The signing secret is stored encrypted (keyring). */
const WebhookEndpointSchema = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'webhook_endpoints',
  repository: () => WebhookEndpointRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    owner: () => p.manyToOne(User).mapToPk().index(),
    url: p.text(),
    events: p.json<WebhookEvent[]>(),
    secretEncrypted: p.text(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class WebhookEndpoint extends WebhookEndpointSchema.class {}
WebhookEndpointSchema.setClass(WebhookEndpoint);
