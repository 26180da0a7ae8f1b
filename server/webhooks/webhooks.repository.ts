import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { Role } from '../identity/roles.ts';
import type { DeliveryError, WebhookDelivery } from './webhook-delivery.entity.ts';
import type { WebhookEndpoint } from './webhook-endpoint.entity.ts';
import { TEST_EVENT } from './webhook-events.ts';

export class WebhookEndpointRepository extends BaseRepository<WebhookEndpoint> {
  countOfOwner(userId: string): Promise<number> {
    return this.count({ owner: userId });
  }

  ownEndpoint(userId: string, endpointId: string): Promise<WebhookEndpoint | null> {
    return this.findOne({ id: endpointId, owner: userId });
  }

  /** The owner's endpoints, newest first, one page. */
  pageOfOwner(userId: string, page: ResolveCursorConnectionArgs): Promise<WebhookEndpoint[]> {
    return this.findPage({ owner: userId }, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /** The active endpoints of these accounts whose owners still hold one of `roles`. One statement. */
  /**
   * The active endpoints that hear of a vehicle's events: those of its owner (and of the former
   * owner, for a transfer) and of the staff of their approved VIP businesses, held by accounts with
   * one of `roles`. One statement, built once per shape: every entry, document and transfer write asks.
   */
  recipientsOfVehicle(vehicleId: string, formerOwnerId: string | undefined, roles: readonly Role[]): Promise<Pick<WebhookEndpoint, 'id' | 'events'>[]> {
    const values = formerOwnerId ? [vehicleId, formerOwnerId] : [vehicleId];
    // The role list is part of the shape: kept as built.
    return this.templateRows(`recipientsOfVehicle:${values.length}:${roles.join(',')}`, values, ([vehicle, former]) => {
      const q = (name: string) => this.quote(name);
      const owners = `select ${q('owner_id')} from ${q('vehicles')} where ${q('id')} = ?${former === undefined ? '' : ' union all select ?'}`;
      const staff =
        `select ${q('s')}.${q('user_id')} from ${q('vip_business_staff')} as ${q('s')} inner join ${q('vip_businesses')} as ${q('b')} on ${q('b')}.${q('id')} = ${q('s')}.${q('business_id')} ` +
        `where ${q('b')}.${q('approved_at')} is not null and ${q('b')}.${q('owner_id')} in (select ${q('id')} from ${q('owners')})`;
      const sql =
        `with ${q('owners')} (${q('id')}) as (${owners}) ` +
        `select ${q('e')}.${q('id')}, ${q('e')}.${q('events')} from ${q('webhook_endpoints')} as ${q('e')} inner join ${q('users')} as ${q('u')} on ${q('u')}.${q('id')} = ${q('e')}.${q('owner_id')} ` +
        `where ${q('e')}.${q('active')} = ? and ${q('u')}.${q('role')} in (${roles.map(() => '?').join(', ')}) ` +
        `and (${q('e')}.${q('owner_id')} in (select ${q('id')} from ${q('owners')}) or ${q('e')}.${q('owner_id')} in (${staff}))`;
      const params = [vehicle, ...(former === undefined ? [] : [former]), true, ...roles];
      return { sql, params, meta: this.manager.getMetadata().get(this.entityName) };
    });
  }
}

/** A due delivery with what sending it needs. */
export interface DueDelivery {
  id: string;
  attempts: number;
  eventType: string;
  payload: string;
  url: string;
  secretEncrypted: string;
}

export class WebhookDeliveryRepository extends BaseRepository<WebhookDelivery> {
  /** The endpoint's deliveries, newest first, one page. */
  pageOfEndpoint(endpointId: string, page: ResolveCursorConnectionArgs): Promise<WebhookDelivery[]> {
    return this.findPage({ endpoint: endpointId }, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /**
   * Pending deliveries due at `now`, longest waiting first, of active endpoints (test events also
   * of inactive ones) whose owners still hold one of `roles`; the others wait, and an endpoint
   * switched on again resumes them.
   */
  due(now: Date, limit: number, roles: readonly Role[]): Promise<DueDelivery[]> {
    const qb = this.createQueryBuilder('d')
      .select(['d.id', 'd.attempts', 'd.eventType', 'd.payload'])
      .join('d.endpoint' as never, 'e')
      .join('e.owner' as never, 'u')
      .addSelect(['e.url as url', 'e.secretEncrypted as secretEncrypted'])
      .where({ status: 'pending', nextAttemptAt: { $lte: now }, $or: [{ 'e.active': true }, { eventType: TEST_EVENT }], 'u.role': { $in: [...roles] } } as never)
      .orderBy({ nextAttemptAt: 'asc' } as never)
      .limit(limit);
    return this.rows<DueDelivery>(qb);
  }

  /**
   * Claims a due delivery for one attempt: counts the attempt and moves it out of reach until
   * `holdUntil` (past the attempt's deadline, so a crashed sender's delivery is due again then).
   * Conditional on the attempt count read with it: of two senders exactly one gets true.
   */
  async claim(id: string, attempts: number, now: Date, holdUntil: Date): Promise<boolean> {
    const claimed = await this.nativeUpdate(
      { id, status: 'pending', attempts, nextAttemptAt: { $lte: now } },
      { attempts: attempts + 1, nextAttemptAt: holdUntil, lastAttemptAt: now },
    );
    return claimed === 1;
  }

  /** Records a claimed attempt's outcome: delivered, due again at `retryAt`, or failed for good (`retryAt` null). */
  async recordAttempt(id: string, outcome: { at: Date; statusCode: number | null; error: DeliveryError | null; retryAt: Date | null }): Promise<void> {
    const common = { lastStatusCode: outcome.statusCode, lastError: outcome.error };
    if (outcome.error === null) await this.nativeUpdate({ id }, { ...common, status: 'delivered', deliveredAt: outcome.at, nextAttemptAt: null });
    else if (outcome.retryAt) await this.nativeUpdate({ id }, { ...common, nextAttemptAt: outcome.retryAt });
    else await this.nativeUpdate({ id }, { ...common, status: 'failed', nextAttemptAt: null });
  }

  /** Removes every delivery created before `before`, settled or still waiting (an inactive endpoint's). */
  removeCreatedBefore(before: Date): Promise<number> {
    return this.nativeDelete({ createdAt: { $lt: before } });
  }
}
