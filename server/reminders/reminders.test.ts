import { rmSync, writeFileSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSmtp, type FakeSmtp } from '../../test/fake-smtp.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { OPERATOR_ENV } from '../../test/operator-env.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { Consent } from '../consent/consent.entity.ts';
import { normaliseEmail } from '../identity/email.ts';
import { User } from '../identity/user.entity.ts';
import { ReminderNotice } from './reminder-notice.entity.ts';
import { RECIPIENTS_PER_BATCH, sendReminderDigests } from './reminders.service.ts';

// The suggested plan counts from the first registration while a vehicle has no entries: with
// 2024-06-15 the Inspektion (12 months) is due on 2025-06-15, HU/AU and Bremsflüssigkeit
// (24 months) on 2026-06-15. The digest runs with a chosen "today".
const FIRST_REGISTRATION = '2024-06-15';
const INSPEKTION_SOON = '2025-05-20';
const INSPEKTION_OVERDUE = '2025-06-16';
const HU_SOON = '2026-05-20';
/** The digest line of the Inspektion counted from the first registration (also due at 15 000 km). */
const inspektionLine = (vehicle: string) => `- ${vehicle}: Inspektion, fällig am 15.06.2025 oder bei 15.000 km, je nachdem, was zuerst eintritt`;

const SETTINGS = '{ reminderSettings { remindersEnabled } }';
const SET_ENABLED = 'mutation($enabled: Boolean!) { setRemindersEnabled(enabled: $enabled) { remindersEnabled } }';
const UNSUBSCRIBE = 'mutation($token: String!) { unsubscribeReminders(token: $token) }';

type Mail = { to: string; subject: string; text: string; listUnsubscribe?: string };
const digestsTo = (server: TestServer, email: string): Mail[] => server.outbox().filter((mail) => mail.to === normaliseEmail(email) && mail.subject.startsWith('Erinnerung'));
const unsubscribeTokenIn = (text: string): string => /\/abmelden\/erinnerungen#token=([^\s]+)/.exec(text)![1]!;
/** The lines of a digest's list under a heading ("Überfällig:", "Bald fällig:"). */
const listUnder = (text: string, heading: string): string[] => {
  const block = text.split('\n\n').find((part) => part.startsWith(heading));
  return block ? block.split('\n').slice(1) : [];
};

/** A vehicle registered first on `firstRegistration` (set in the database: the date the plan counts from). */
export async function registeredVehicle(server: TestServer, token: string, input: Record<string, unknown> = {}, firstRegistration = FIRST_REGISTRATION) {
  const vehicle = await createVehicle(server, token, input);
  await server.app.services.orm.em.fork().nativeUpdate(Vehicle, { id: vehicle.id }, { firstRegistration });
  return vehicle;
}

async function ownerWithVehicle(server: TestServer, input: Record<string, unknown> = {}, firstRegistration = FIRST_REGISTRATION, role: 'user' | 'vip' = 'user') {
  const owner = await signInAs(server, role);
  const vehicle = await registeredVehicle(server, owner.token, input, firstRegistration);
  return { ...owner, vehicle };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  await server.app.services.jobs.idle(); // the digest job's tick at start, before any owner exists
});
afterAll(async () => server.close());

describe('the reminder digest', () => {
  it('mails each owner one digest of the items that became due, by make, model and nickname, never the VIN', async () => {
    // A vip: more than one vehicle without the add-on.
    const owner = await ownerWithVehicle(server, { nickname: 'Blitz' }, FIRST_REGISTRATION, 'vip');
    const second = await registeredVehicle(server, owner.token, { make: 'BMW', model: '320d' });
    const quiet = await ownerWithVehicle(server, {}, '2025-01-10');

    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    const [digest, ...more] = digestsTo(server, owner.email);
    expect(more).toEqual([]);
    expect(digest!.subject).toBe('Erinnerung: 2 Fälligkeiten an Ihren Fahrzeugen');
    expect(listUnder(digest!.text, 'Bald fällig:').toSorted()).toEqual([inspektionLine('BMW 320d'), inspektionLine('Volkswagen Golf „Blitz“')]);
    expect(listUnder(digest!.text, 'Überfällig:')).toEqual([]);
    for (const vin of [owner.vehicle.vin, second.vin]) {
      expect(digest!.text).not.toContain(vin);
      expect(digest!.text).not.toContain(vin.slice(0, 3) + '***');
    }
    expect(digest!.text).toContain('Guten Tag,');
    expect(digest!.text).toMatch(/\bSie\b/);
    expect(digest!.listUnsubscribe).toBe(`${server.app.services.config.publicBaseUrl}/abmelden/erinnerungen#token=${unsubscribeTokenIn(digest!.text)}`);
    // Nothing due yet for the other owner (Inspektion on 2026-01-10).
    expect(digestsTo(server, quiet.email)).toEqual([]);
  });

  it('reports an item once per state: not again the same day, again when it becomes overdue, then for new items only', async () => {
    const owner = await ownerWithVehicle(server);
    expect(await sendReminderDigests(server.app.services, INSPEKTION_SOON)).toBeGreaterThanOrEqual(1);
    expect(digestsTo(server, owner.email)).toHaveLength(1);

    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    await sendReminderDigests(server.app.services, '2025-06-01');
    expect(digestsTo(server, owner.email)).toHaveLength(1);

    await sendReminderDigests(server.app.services, INSPEKTION_OVERDUE);
    const overdue = digestsTo(server, owner.email)[1]!;
    expect(overdue.subject).toBe('Erinnerung: eine Fälligkeit an Ihrem Fahrzeug');
    expect(listUnder(overdue.text, 'Überfällig:')).toEqual([inspektionLine('Volkswagen Golf')]);
    expect(listUnder(overdue.text, 'Bald fällig:')).toEqual([]);

    // A year later HU/AU and Bremsflüssigkeit come due; the Inspektion, still overdue, is not repeated.
    await sendReminderDigests(server.app.services, HU_SOON);
    const third = digestsTo(server, owner.email)[2]!;
    expect(listUnder(third.text, 'Überfällig:')).toEqual([]);
    expect(listUnder(third.text, 'Bald fällig:').toSorted()).toEqual(['- Volkswagen Golf: Bremsflüssigkeit, fällig am 15.06.2026', '- Volkswagen Golf: HU/AU, fällig am 15.06.2026']);
    await sendReminderDigests(server.app.services, HU_SOON);
    expect(digestsTo(server, owner.email)).toHaveLength(3);
  });

  it('reminds again of an item whose due moved on with a new entry', async () => {
    const owner = await ownerWithVehicle(server);
    await sendReminderDigests(server.app.services, INSPEKTION_OVERDUE);
    expect(digestsTo(server, owner.email)).toHaveLength(1);
    await addEntry(server, owner.token, owner.vehicle.id, { date: '2025-06-20', type: 'service', odometerKm: 12_000 });
    await sendReminderDigests(server.app.services, '2026-06-01');
    const next = digestsTo(server, owner.email)[1]!;
    expect(next.text).toContain('- Volkswagen Golf: Inspektion, fällig am 20.06.2026');
  });

  it('sends nothing to an owner who switched reminders off, and again after switching them on', async () => {
    const owner = await ownerWithVehicle(server);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.remindersEnabled).toBe(true);
    expect((await server.gql(SET_ENABLED, { enabled: false }, { token: owner.token })).data.setRemindersEnabled.remindersEnabled).toBe(false);
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    expect(digestsTo(server, owner.email)).toEqual([]);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.remindersEnabled).toBe(false);

    await server.gql(SET_ENABLED, { enabled: true }, { token: owner.token });
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    expect(digestsTo(server, owner.email)).toHaveLength(1);
  });

  it('sends nothing to an owner without the current consents', async () => {
    const owner = await ownerWithVehicle(server);
    await server.app.services.orm.em.fork().nativeDelete(Consent, { user: owner.userId, document: 'privacy' });
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    expect(digestsTo(server, owner.email)).toEqual([]);
  });

  it('takes the notices of a digest back when it cannot be sent, and sends it on the next run', async () => {
    const owner = await ownerWithVehicle(server);
    const outbox = path.join(server.storageDir, 'outbox');
    const before = server.outbox().length;
    // A file where the outbox folder should be: the development mailer cannot write.
    rmSync(outbox, { recursive: true, force: true });
    writeFileSync(outbox, '');
    try {
      await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    } finally {
      rmSync(outbox);
    }
    expect(before).toBeGreaterThan(0);
    expect(await server.app.services.orm.em.fork().count(ReminderNotice, { recipient: owner.userId })).toBe(0);
    expect(server.logs.some((line) => line.includes('"reminder_digest_failed"'))).toBe(true);
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    expect(digestsTo(server, owner.email)).toHaveLength(1);
  });
});

describe('the reminder digest over many accounts', () => {
  it('lets other work through between batches of accounts', async () => {
    const em = server.app.services.orm.em.fork();
    for (let index = 0; index <= RECIPIENTS_PER_BATCH; index++) em.create(User, { emailHmac: `digest-batch-${index}`, emailEncrypted: 'x', emailMasked: 'b***@example.org' });
    await em.flush();
    try {
      let finished = false;
      const digest = sendReminderDigests(server.app.services, INSPEKTION_SOON).then(() => (finished = true));
      // SQLite's reads never wait for I/O: without a pause between batches the whole digest
      // would run before anything queued after its start.
      await setImmediate();
      expect(finished).toBe(false);
      await digest;
      expect(finished).toBe(true);
    } finally {
      await em.nativeDelete(User, { emailHmac: { $like: 'digest-batch-%' } });
    }
  });
});

describe('the unsubscribe link', () => {
  it('switches reminders off without a sign-in, and says so again when clicked twice', async () => {
    const owner = await ownerWithVehicle(server);
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    const token = unsubscribeTokenIn(digestsTo(server, owner.email)[0]!.text);

    expect((await server.gql(UNSUBSCRIBE, { token })).data.unsubscribeReminders).toBe(true);
    expect((await server.gql(UNSUBSCRIBE, { token })).data.unsubscribeReminders).toBe(true);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.remindersEnabled).toBe(false);
    await sendReminderDigests(server.app.services, INSPEKTION_OVERDUE);
    expect(digestsTo(server, owner.email)).toHaveLength(1);
  });

  it('works for a moderator session too (the link, not the session, decides)', async () => {
    const owner = await ownerWithVehicle(server);
    const moderator = await signInAs(server, 'moderator');
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    const token = unsubscribeTokenIn(digestsTo(server, owner.email)[0]!.text);
    expect((await server.gql(UNSUBSCRIBE, { token }, { token: moderator.token })).data.unsubscribeReminders).toBe(true);
    expect((await server.gql(SETTINGS, {}, { token: owner.token })).data.reminderSettings.remindersEnabled).toBe(false);
  });

  it('cannot be forged: another account\'s id, another key, a cut-off token are refused and change nothing', async () => {
    const owner = await ownerWithVehicle(server);
    const victim = await ownerWithVehicle(server);
    await sendReminderDigests(server.app.services, INSPEKTION_SOON);
    const token = unsubscribeTokenIn(digestsTo(server, owner.email)[0]!.text);
    const [, version, mac] = token.split('.');
    const { keyring } = server.app.services;
    const forged = [
      `${victim.userId}.${version}.${mac}`,
      `${victim.userId}.${keyring.hmac('email-lookup', victim.userId).replace(':', '.')}`,
      `${victim.userId}.${keyring.hmac('calendar-feed', victim.userId).replace(':', '.')}`,
      `${victim.userId}.v9.${mac}`,
      token.slice(0, -1),
      'x',
    ];
    for (const attempt of forged) {
      const answer = await server.gql(UNSUBSCRIBE, { token: attempt });
      expect(errorOf(answer), attempt).toEqual({ code: 'BAD_USER_INPUT', reason: 'unsubscribe_link_invalid' });
    }
    expect((await server.gql(SETTINGS, {}, { token: victim.token })).data.reminderSettings.remindersEnabled).toBe(true);
  });
});

describe('across a restart', () => {
  it('a restarted server sends nothing it already sent', async () => {
    const restartable = await startServer();
    // Its own digest job ticks at start, with today's real date: done before the owner exists.
    await restartable.app.services.jobs.idle();
    let current = restartable;
    try {
      const owner = await ownerWithVehicle(current);
      await sendReminderDigests(current.app.services, INSPEKTION_SOON);
      expect(digestsTo(current, owner.email)).toHaveLength(1);
      current = await current.restart();
      await sendReminderDigests(current.app.services, INSPEKTION_SOON);
      expect(digestsTo(current, owner.email)).toHaveLength(1);
      await sendReminderDigests(current.app.services, INSPEKTION_OVERDUE);
      expect(digestsTo(current, owner.email)).toHaveLength(2);
    } finally {
      await current.close();
    }
  });
});

describe('in production', () => {
  let smtp: FakeSmtp;
  let production: TestServer;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    production = await startServer({
      LTC_ENV: 'production',
      LTC_SECRET_KEY: 'reminders-production-test-key-0123456789abcdef',
      LTC_MAIL_HOST: '127.0.0.1',
      LTC_MAIL_PORT: String(smtp.port),
      LTC_PUBLIC_BASE_URL: 'https://example.test',
      ...OPERATOR_ENV,
    });
  });
  afterAll(async () => {
    await production?.close();
    await smtp?.close();
  });

  it('sends the digest through SMTP with a List-Unsubscribe header', async () => {
    const email = 'reminder-owner@example.org';
    const requested = await production.gql('mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', { email });
    const code = /Anmeldecode lautet: (\d{6})/.exec(smtp.mails.at(-1)!.text)![1];
    const verified = await production.gql('mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }', {
      id: requested.data.requestLoginCode.challengeId,
      code,
    });
    const token = verified.data.verifyLoginCode.token;
    const { termsVersion, privacyVersion } = production.app.services.config;
    await production.gql('mutation($t: String!, $p: String!) { acceptConsents(termsVersion: $t, privacyVersion: $p, source: ui) { complete } }', { t: termsVersion, p: privacyVersion }, { token });
    await registeredVehicle(production, token, { nickname: 'Blitz' });

    expect(await sendReminderDigests(production.app.services, INSPEKTION_SOON)).toBe(1);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual([email]);
    expect(mail.headers.subject).toContain('Erinnerung');
    expect(mail.text).toContain(inspektionLine('Volkswagen Golf „Blitz“'));
    const link = /https:\/\/example\.test\/abmelden\/erinnerungen#token=\S+/.exec(mail.text)![0];
    expect(mail.headers['list-unsubscribe']).toBe(`<${link}>`);
    expect(production.outbox()).toEqual([]);

    expect((await production.gql(UNSUBSCRIBE, { token: unsubscribeTokenIn(mail.text) })).data.unsubscribeReminders).toBe(true);
    expect(await sendReminderDigests(production.app.services, INSPEKTION_OVERDUE)).toBe(0);
  });
});
