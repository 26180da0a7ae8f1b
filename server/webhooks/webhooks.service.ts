import type { EntityManager } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import type { AuditAction } from '../audit/audit-actions.ts';
import { API_TOKEN_ROLES } from '../auth/policy.ts';
import { randomToken } from '../crypto/keyring.ts';
import { newId } from '../db/ids.ts';
import { badInput, conflict, forbidden } from '../errors.ts';
import { User } from '../identity/user.entity.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { allowedAddresses, hostOf, parseWebhookUrl } from './webhook-address.ts';
import { WebhookDelivery } from './webhook-delivery.entity.ts';
import { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { TEST_EVENT, type DeliveredEvent, type WebhookEvent } from './webhook-events.ts';

/** Recognisable prefix, like API tokens: secret scanners can spot a leaked signing secret. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const MAX_WEBHOOK_ENDPOINTS = 10;

/** What every payload carries in `data`: ids and states only; the partner fetches details with its token. */
export type EventData = { vehicleId: string } & Record<string, string | number | boolean>;

export interface EndpointInput {
  url: string;
  events: readonly WebhookEvent[];
}

/** Registers an endpoint for the actor; the signing secret is in this answer only. */
export async function createWebhookEndpoint(scope: RequestScope, input: EndpointInput): Promise<{ secret: string; endpoint: WebhookEndpoint }> {
  const actor = actorOf(scope);
  const url = await deliverableUrl(scope, input.url);
  const events = validEvents(input.events);
  const secret = `${WEBHOOK_SECRET_PREFIX}${randomToken(32)}`;
  const endpoint = await scope.em.transactional(async (tem) => {
    // The owner's row stays locked until the endpoint is stored: parallel requests count one after another.
    await tem.getRepository(User).lockForUpdate(actor.userId);
    if ((await tem.getRepository(WebhookEndpoint).countOfOwner(actor.userId)) >= MAX_WEBHOOK_ENDPOINTS) {
      throw conflict('webhook_limit_reached', `At most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints`);
    }
    const created = tem.create(WebhookEndpoint, { owner: actor.userId, url, events, secretEncrypted: scope.services.keyring.encrypt('webhook-secret', secret) });
    await tem.flush();
    await scope.audit(endpointAudit('WEBHOOK_ENDPOINT_CREATED', created), tem);
    return created;
  });
  return { secret, endpoint };
}

/** Changes URL, events or the active flag of one of the actor's endpoints; the secret stays. */
export async function updateWebhookEndpoint(
  scope: RequestScope,
  id: string,
  changes: { url?: string | null; events?: readonly WebhookEvent[] | null; active?: boolean | null },
): Promise<WebhookEndpoint> {
  const endpoint = await ownEndpoint(scope, id, 'WEBHOOK_ENDPOINT_UPDATED');
  if (changes.url != null) endpoint.url = await deliverableUrl(scope, changes.url);
  if (changes.events != null) endpoint.events = validEvents(changes.events);
  if (changes.active != null) endpoint.active = changes.active;
  endpoint.updatedAt = new Date();
  await scope.em.flush();
  await scope.audit(endpointAudit('WEBHOOK_ENDPOINT_UPDATED', endpoint));
  return endpoint;
}

/** Deletes one of the actor's endpoints with its delivery log. */
export async function deleteWebhookEndpoint(scope: RequestScope, id: string): Promise<WebhookEndpoint> {
  const endpoint = await ownEndpoint(scope, id, 'WEBHOOK_ENDPOINT_DELETED');
  await scope.em.remove(endpoint).flush();
  await scope.audit(endpointAudit('WEBHOOK_ENDPOINT_DELETED', endpoint));
  return endpoint;
}

/** Queues a `webhook.test` event for one of the actor's endpoints (also an inactive one: that is how it is tried before switching it on). */
export async function sendTestWebhookEvent(scope: RequestScope, id: string): Promise<WebhookDelivery> {
  const endpoint = await ownEndpoint(scope, id, 'WEBHOOK_TEST_SENT');
  const [delivery] = queueDeliveries(scope.em, TEST_EVENT, [endpoint.id], { endpointId: endpoint.id });
  await scope.em.flush();
  await scope.audit({ action: 'WEBHOOK_TEST_SENT', targetType: 'webhook_endpoint', targetId: endpoint.id, scope: 'own' });
  return delivery!;
}

export function listOwnWebhookEndpoints(scope: RequestScope, page: ResolveCursorConnectionArgs): Promise<WebhookEndpoint[]> {
  return scope.em.getRepository(WebhookEndpoint).pageOfOwner(actorOf(scope).userId, page);
}

/** The delivery log of one of the actor's endpoints, newest first. */
export async function listWebhookDeliveries(scope: RequestScope, endpointId: string, page: ResolveCursorConnectionArgs): Promise<WebhookDelivery[]> {
  const endpoint = await scope.em.getRepository(WebhookEndpoint).ownEndpoint(actorOf(scope).userId, endpointId);
  if (!endpoint) throw forbidden();
  return scope.em.getRepository(WebhookDelivery).pageOfEndpoint(endpoint.id, page);
}

/**
 * The outbox hook of every domain action that partners may follow: in the action's transaction
 * (`tem`), queues the event for the subscribed endpoints of everyone who may act on the vehicle
 * now: its owner and the staff of the owner's approved businesses (SPEC §1, §11.3), whose owners
 * still hold a role that may use the partner API. `formerOwnerId` also informs the side that just
 * handed the vehicle over (a completed transfer). The owner is read from the database in the
 * recipients' one statement: a transfer flushes the new owner first.
 */
export async function emitWebhookEvent(tem: EntityManager, type: WebhookEvent, data: EventData, formerOwnerId?: string): Promise<void> {
  const endpoints = await tem.getRepository(WebhookEndpoint).recipientsOfVehicle(data.vehicleId, formerOwnerId, API_TOKEN_ROLES);
  const subscribed = endpoints.filter((endpoint) => endpoint.events.includes(type)).map((endpoint) => endpoint.id);
  if (subscribed.length === 0) return;
  queueDeliveries(tem, type, subscribed, data);
  await tem.flush();
}

/** One event, one delivery per endpoint; all carry the same event id and body. */
function queueDeliveries(em: EntityManager, type: DeliveredEvent, endpointIds: readonly string[], data: Record<string, unknown>): WebhookDelivery[] {
  const eventId = newId();
  const createdAt = new Date();
  const payload = JSON.stringify({ id: eventId, type, createdAt: createdAt.toISOString(), data });
  return endpointIds.map((endpoint) => em.create(WebhookDelivery, { endpoint, eventId, eventType: type, payload, nextAttemptAt: createdAt, createdAt }));
}

/** The actor's endpoint; a foreign or unknown id is the same FORBIDDEN (audited). */
async function ownEndpoint(scope: RequestScope, id: string, action: AuditAction): Promise<WebhookEndpoint> {
  const endpoint = await scope.em.getRepository(WebhookEndpoint).ownEndpoint(actorOf(scope).userId, id);
  if (endpoint) return endpoint;
  await scope.audit({ action, result: 'denied', reason: 'forbidden', targetType: 'webhook_endpoint', targetId: id });
  throw forbidden();
}

/** The URL, checked at registration too so a typo or an internal address is refused at once (delivery checks again). */
async function deliverableUrl(scope: RequestScope, raw: string): Promise<string> {
  const policy = scope.services.config.webhooks;
  const url = parseWebhookUrl(raw, policy);
  try {
    await allowedAddresses(hostOf(url), policy);
  } catch {
    throw badInput('webhook_address_not_allowed', 'The URL must name a public host that resolves');
  }
  return url.href;
}

function validEvents(events: readonly WebhookEvent[]): WebhookEvent[] {
  const unique = [...new Set(events)];
  if (unique.length === 0) throw badInput('invalid_webhook_events', 'Choose at least one event');
  return unique;
}

/** Never the URL (its query string may hold a partner's secret) nor the signing secret. */
const endpointAudit = (action: AuditAction, endpoint: WebhookEndpoint) => ({
  action,
  targetType: 'webhook_endpoint',
  targetId: endpoint.id,
  scope: 'own' as const,
  metadata: { count: endpoint.events.length, active: endpoint.active },
});
