import { describe, expect, it, vi } from 'vitest';
import { User } from '../../server/identity/user.entity.ts';
import { sendReminderDigests } from '../../server/reminders/reminders.service.ts';
import { Vehicle } from '../../server/vehicles/vehicle.entity.ts';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { createVehicle } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

/** An owner whose vehicle's Inspektion is due soon on 2025-05-20 (first registered 2024-06-15). */
async function ownerWithDueVehicle() {
  const owner = await signInAs(e2e.server, 'user');
  const { id } = await createVehicle(e2e.server, owner.token, { make: 'Skoda', model: 'Octavia', nickname: 'Familienkutsche' });
  await e2e.server.app.services.orm.em.fork().nativeUpdate(Vehicle, { id }, { firstRegistration: '2024-06-15' });
  return owner;
}

const remindersEnabled = async (userId: string) => (await e2e.server.app.services.orm.em.fork().findOneOrFail(User, userId)).remindersEnabled;
/** The feed's path on the test server (the URL names the configured public base). */
const feedStatus = async (url: string) => (await fetch(`${e2e.server.url}${new URL(url).pathname}`)).status;

describe('settings', () => {
  it('switch reminder mails off and on, and create, rotate and end the calendar feed', async () => {
    const owner = await ownerWithDueVehicle();
    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, owner.email, { consent: false });
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();

    const reminders = page.getByLabel('Erinnerungen per E-Mail erhalten');
    expect(await reminders.isChecked()).toBe(true);
    await reminders.uncheck();
    await page.getByRole('status').filter({ hasText: 'Erinnerungen per E-Mail sind ausgeschaltet.' }).waitFor();
    await expect.poll(() => remindersEnabled(owner.userId)).toBe(false);
    await reminders.check();
    await page.getByRole('status').filter({ hasText: 'Erinnerungen per E-Mail sind eingeschaltet.' }).waitFor();
    await expect.poll(() => remindersEnabled(owner.userId)).toBe(true);

    await page.getByTestId('feed-status').filter({ hasText: 'Sie haben kein Kalender-Abo.' }).waitFor();
    await checkPage(page, 'settings');
    await page.getByRole('button', { name: 'Kalender-Adresse erstellen' }).click();
    const urlField = page.getByLabel('Ihre Kalender-Adresse (wird nur jetzt angezeigt)');
    await urlField.waitFor();
    const first = await urlField.inputValue();
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await page.getByRole('link', { name: 'In Kalender-App öffnen' }).getAttribute('href')).toBe(first.replace(/^https?:/, 'webcal:'));
    const feed = await fetch(`${e2e.server.url}${new URL(first).pathname}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('SUMMARY:Inspektion fällig: Skoda Octavia „Familienkutsche“');
    await page.getByTestId('feed-status').filter({ hasText: /Aktiv seit/ }).waitFor();
    await checkPage(page, 'settings-calendar');

    // Rotating asks first, then shows the new address; the old one stops working.
    await page.getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Neue Adresse erzeugen' }).click();
    await page.getByRole('status').filter({ hasText: 'Neue Kalender-Adresse erstellt.' }).waitFor();
    await expect.poll(() => urlField.inputValue()).not.toBe(first);
    const second = await urlField.inputValue();
    expect(await feedStatus(first)).toBe(404);
    expect(await feedStatus(second)).toBe(200);

    await page.getByRole('button', { name: 'Kalender-Abo beenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Abo beenden' }).click();
    await page.getByTestId('feed-status').filter({ hasText: 'Sie haben kein Kalender-Abo.' }).waitFor();
    expect(await urlField.count()).toBe(0);
    expect(await feedStatus(second)).toBe(404);
    expect(errors).toEqual([]);
  });
});

describe('the unsubscribe page', () => {
  it('unsubscribes with the link of a reminder mail, without a sign-in, and says so', async () => {
    const owner = await ownerWithDueVehicle();
    await sendReminderDigests(e2e.server.app.services, '2025-05-20');
    const mail = e2e.server.outbox().filter((entry) => entry.to === owner.email && entry.subject.startsWith('Erinnerung')).at(-1)!;
    const link = new URL(/https?:\/\/\S+\/abmelden\/erinnerungen#token=\S+/.exec(mail.text)![0]);

    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto(`${link.pathname}${link.hash}`);
    await page.getByTestId('unsubscribe-done').filter({ hasText: 'Erinnerungen abbestellt.' }).waitFor();
    // The token left the address bar.
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => remindersEnabled(owner.userId)).toBe(false);
    expect(await page.getByRole('link', { name: 'Einstellungen' }).last().getAttribute('href')).toBe('/login?next=%2Feinstellungen');
    await checkPage(page, 'unsubscribe-done');
    expect(errors).toEqual([]);
  });

  it('says clearly when a link is not valid, and changes nothing', async () => {
    const owner = await ownerWithDueVehicle();
    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto(`/abmelden/erinnerungen#token=${owner.userId}.v1.${'0'.repeat(64)}`);
    await page.getByTestId('unsubscribe-failed').filter({ hasText: 'Dieser Abmeldelink ist ungültig.' }).waitFor();
    expect(await remindersEnabled(owner.userId)).toBe(true);
    await checkPage(page, 'unsubscribe-invalid');

    await page.goto('/abmelden/erinnerungen');
    await page.getByTestId('unsubscribe-failed').filter({ hasText: 'Dieser Link ist unvollständig.' }).waitFor();
    expect(errors).toEqual([]);
  });
});
