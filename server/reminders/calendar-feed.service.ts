import type { EntityManager } from '@mikro-orm/sql';
import { ICalCalendar } from 'ical-generator';
import type { AppServices } from '../app-services.ts';
import { randomToken } from '../crypto/keyring.ts';
import { todayInGermany } from '../entries/entry-rules.ts';
import { User } from '../identity/user.entity.ts';
import { dueItemsOfVehicles } from '../plan/plan.service.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { CalendarFeed } from './calendar-feed.entity.ts';
import { dueWhen, vehicleLabel } from './reminder-text.ts';

/** 32 random bytes (256 bits) as 43 URL-safe characters. */
const SECRET_BYTES = 32;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const CALENDAR_PATH = /^\/calendar\/([^/]+)\.ics$/;

export interface CreatedCalendarFeed {
  /** The feed's address with its secret: in this answer only. */
  url: string;
  createdAt: Date;
}

/**
 * Creates the actor's feed, or rotates it: the old URL stops working in the same transaction.
 * The account's row is locked first, so two requests at once leave exactly one feed.
 */
export async function createCalendarFeed(scope: RequestScope): Promise<CreatedCalendarFeed> {
  const userId = actorOf(scope).userId;
  const secret = randomToken(SECRET_BYTES);
  const feed = await scope.em.transactional(async (tem) => {
    await tem.getRepository(User).lockForUpdate(userId);
    const rotated = (await tem.getRepository(CalendarFeed).removeOfUser(userId)) > 0;
    const created = tem.create(CalendarFeed, { user: userId, secretHmac: scope.services.keyring.hmac('calendar-feed', secret) });
    await tem.flush();
    await scope.audit({ action: rotated ? 'CALENDAR_FEED_ROTATED' : 'CALENDAR_FEED_CREATED', targetType: 'user', targetId: userId, scope: 'own' }, tem);
    return created;
  });
  return { url: calendarFeedUrl(scope.services, secret), createdAt: feed.createdAt };
}

/** Deletes the actor's feed (its URL answers 404 from now on); answers whether there was one. */
export async function revokeCalendarFeed(scope: RequestScope): Promise<boolean> {
  const userId = actorOf(scope).userId;
  return scope.em.transactional(async (tem) => {
    const revoked = (await tem.getRepository(CalendarFeed).removeOfUser(userId)) > 0;
    if (revoked) await scope.audit({ action: 'CALENDAR_FEED_REVOKED', targetType: 'user', targetId: userId, scope: 'own' }, tem);
    return revoked;
  });
}

/** The account's feed (never its secret), or null. */
export function calendarFeedOf(em: EntityManager, userId: string): Promise<CalendarFeed | null> {
  return em.getRepository(CalendarFeed).ofUser(userId);
}

const calendarFeedUrl = (services: AppServices, secret: string) => `${services.config.publicBaseUrl}/calendar/${secret}.ics`;

/**
 * The feed behind a secret as iCalendar text (RFC 5545), or null for anything that is not a live
 * feed's secret (unknown, rotated, revoked, malformed: the same answer). One all-day event per
 * due date of the owner's own vehicles; items due only by km have no date and are left out.
 */
export async function calendarOfSecret(services: AppServices, em: EntityManager, secret: string, now = new Date()): Promise<string | null> {
  if (!SECRET_PATTERN.test(secret)) return null;
  const userId = await em.getRepository(CalendarFeed).ownerBySecretHmac(services.keyring.hmacCandidates('calendar-feed', secret));
  if (!userId) return null;
  const vehicles = await em.getRepository(Vehicle).allOfOwner(userId);
  const items = await dueItemsOfVehicles(em, vehicles.map((vehicle) => vehicle.id), todayInGermany(now));
  const vehicleOf = new Map(vehicles.map((vehicle) => [vehicle.id, vehicle]));
  const base = services.config.publicBaseUrl;
  const host = new URL(base).hostname;
  const calendar = new ICalCalendar({
    prodId: { company: 'LifeTimeCircle', product: 'Service Heft 4.0', language: 'DE' },
    name: 'Service Heft – Fälligkeiten',
    description: 'Fällige Wartungen, Prüfungen und Inspektionen Ihrer Fahrzeuge',
    // Calendar apps ask again after this long (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    ttl: 12 * 60 * 60,
  });
  for (const item of items) {
    const vehicle = vehicleOf.get(item.vehicleId);
    if (!item.dueDate || !vehicle) continue;
    const label = vehicleLabel(vehicle);
    const page = `${base}/vehicles/${vehicle.id}`;
    calendar.createEvent({
      // Stable while the item's due date stays; a new date (after a service) is a new event.
      id: `${item.planItemId}-${item.dueDate}@${host}`,
      allDay: true,
      start: new Date(`${item.dueDate}T00:00:00Z`),
      stamp: now,
      summary: `${item.title} fällig: ${label}`,
      description: `${item.title} für ${label}, fällig ${dueWhen(item)}.\n${page}`,
      url: page,
    });
  }
  return calendar.toString();
}
