import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAtRest, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';

const CREATE = 'mutation { createCalendarFeed { url createdAt } }';
const REVOKE = 'mutation { revokeCalendarFeed { calendarFeed { createdAt } } }';
const SETTINGS = '{ reminderSettings { calendarFeed { createdAt } } }';
const NOT_FOUND_BODY = { error: { code: 'NOT_FOUND', reason: 'not_found' } };

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

async function ownerWithVehicles(role: 'user' | 'vip' = 'vip') {
  const owner = await signInAs(server, role);
  const create = async (input: Record<string, unknown>, firstRegistration: string | null) => {
    const vehicle = await createVehicle(server, owner.token, input);
    if (firstRegistration) await server.app.services.orm.em.fork().nativeUpdate(Vehicle, { id: vehicle.id }, { firstRegistration });
    return vehicle;
  };
  return { owner, create };
}

async function createFeed(token: string): Promise<string> {
  const answer = await server.gql(CREATE, {}, { token });
  if (!answer.data?.createCalendarFeed) throw new Error(JSON.stringify(answer.errors));
  return answer.data.createCalendarFeed.url;
}

/** The feed's path on the test server (the URL names the configured public base). */
const fetchFeed = (url: string, init?: RequestInit) => fetch(`${server.url}${new URL(url).pathname}`, init);

describe('the calendar feed', () => {
  it('lists the due dates of the own vehicles as valid all-day events, by make, model and nickname, never the VIN', async () => {
    const { owner, create } = await ownerWithVehicles();
    const golf = await create({ nickname: 'Blitz' }, '2024-06-15');
    const bmw = await create({ make: 'BMW', model: '320d' }, '2023-02-28');
    // No first registration and no entries: nothing has a date yet.
    await create({ make: 'Opel', model: 'Corsa' }, null);
    const stranger = (await ownerWithVehicles('user')).create;
    await stranger({ make: 'Audi', model: 'A4' }, '2024-01-01');

    const url = await createFeed(owner.token);
    expect(url).toMatch(new RegExp(`^${server.app.services.config.publicBaseUrl}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    const response = await fetchFeed(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await response.text();
    expect(text.split('\r\n').length).toBeGreaterThan(10);

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('LifeTimeCircle');
    const events = calendar.getAllSubcomponents('vevent');
    // Three suggested items each (HU/AU, Inspektion, Bremsflüssigkeit) on the two registered vehicles.
    expect(events).toHaveLength(6);
    const uids = new Set<string>();
    for (const event of events) {
      uids.add(String(event.getFirstPropertyValue('uid')));
      expect(event.getFirstProperty('dtstamp')?.type).toBe('date-time');
      const start = event.getFirstProperty('dtstart')!;
      expect(start.type).toBe('date');
      expect((start.getFirstValue() as ICAL.Time).isDate).toBe(true);
      for (const vin of [golf.vin, bmw.vin]) expect(text).not.toContain(vin);
    }
    expect(uids.size).toBe(6);
    const byDay = events.map((event) => `${(event.getFirstPropertyValue('dtstart') as ICAL.Time).toString()} ${event.getFirstPropertyValue('summary')}`).toSorted();
    expect(byDay).toEqual([
      '2024-02-28 Inspektion fällig: BMW 320d',
      '2025-02-28 Bremsflüssigkeit fällig: BMW 320d',
      '2025-02-28 HU/AU fällig: BMW 320d',
      '2025-06-15 Inspektion fällig: Volkswagen Golf „Blitz“',
      '2026-06-15 Bremsflüssigkeit fällig: Volkswagen Golf „Blitz“',
      '2026-06-15 HU/AU fällig: Volkswagen Golf „Blitz“',
    ]);
    expect(text).not.toContain('Audi');
    expect(text).not.toContain('Opel');

    // RFC 5545 §3.1: content lines are folded at 75 octets.
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('keeps only an HMAC of the secret: the URL is in the answer once, never in the database or the logs', async () => {
    const { owner, create } = await ownerWithVehicles('user');
    await create({}, '2024-06-15');
    const url = await createFeed(owner.token);
    const secret = /\/calendar\/([^/]+)\.ics$/.exec(url)![1]!;
    expect((await fetchFeed(url)).status).toBe(200);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.calendarFeed.createdAt).toEqual(expect.any(String));
    const atRest = await databaseAtRest(server);
    expect(atRest).not.toContain(secret);
    expect(atRest).toContain(server.app.services.keyring.hmac('calendar-feed', secret));
    const logs = server.logs.join('\n');
    expect(logs).not.toContain(secret);
    expect(logs).toContain('"path":"/calendar/:secret"');
  });

  it('rotating gives a new URL and ends the old one; revoking ends it too', async () => {
    const { owner, create } = await ownerWithVehicles('user');
    await create({}, '2024-06-15');
    const first = await createFeed(owner.token);
    const second = await createFeed(owner.token);
    expect(second).not.toBe(first);
    const old = await fetchFeed(first);
    expect(old.status).toBe(404);
    expect(await old.json()).toEqual(NOT_FOUND_BODY);
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await server.gql(REVOKE, {}, { token: owner.token });
    expect(revoked.data.revokeCalendarFeed.calendarFeed).toBeNull();
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.calendarFeed).toBeNull();
    // Revoking again is harmless.
    expect((await server.gql(REVOKE, {}, { token: owner.token })).errors).toBeUndefined();
  });

  it('answers every unknown, malformed or foreign secret exactly like an unknown path', async () => {
    // An API path nothing answers (other unknown paths get the web app's shell once it is built).
    const unknownPath = await fetch(`${server.url}/documents/not-a-document`);
    expect(unknownPath.status).toBe(404);
    expect(await unknownPath.json()).toEqual(NOT_FOUND_BODY);
    for (const path of ['/calendar/' + 'A'.repeat(43) + '.ics', '/calendar/short.ics', '/calendar/', '/calendar/' + 'A'.repeat(43), '/calendar/x/y.ics']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.json()).toEqual(NOT_FOUND_BODY);
    }
    const posted = await fetch(`${server.url}/calendar/${'A'.repeat(43)}.ics`, { method: 'POST' });
    expect(posted.status).toBe(405);
  });

  it('is limited per client address', async () => {
    const limited = await startServer({ LTC_RATE_CALENDAR_IP_LIMIT: '2', LTC_RATE_CALENDAR_IP_WINDOW_SECONDS: '600' });
    try {
      const path = `${limited.url}/calendar/${'B'.repeat(43)}.ics`;
      expect((await fetch(path)).status).toBe(404);
      expect((await fetch(path)).status).toBe(404);
      const refused = await fetch(path);
      expect(refused.status).toBe(429);
      expect(await refused.json()).toEqual({ error: { code: 'RATE_LIMITED', reason: 'rate_limited' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
