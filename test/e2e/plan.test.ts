import { describe, expect, it, vi } from 'vitest';
import { addMonths } from '../../server/plan/due.ts';
import { todayInGermany } from '../../server/entries/entry-rules.ts';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { createVehicle } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

const today = todayInGermany();
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('service plan and due list', () => {
  it('an owner sees what is due across the own vehicles, then adds, changes and removes items of a vehicle’s plan', async () => {
    const email = `plan-${process.pid}@example.org`;
    const owner = await signInAs(e2e.server, 'vip', { email });
    // HU/AU, Inspektion and Bremsflüssigkeit overdue; on the second car the Inspektion is due in 20 days.
    const old = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', firstRegistration: addMonths(today, -30) });
    await createVehicle(e2e.server, owner.token, { make: 'Audi', model: 'A4', nickname: 'Familienauto', firstRegistration: addDays(addMonths(today, -12), 20) });

    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, email, { next: '/faelligkeiten', consent: false });
    await page.waitForURL((url) => url.pathname === '/faelligkeiten');
    const list = page.getByTestId('due-list');
    await page.getByTestId('due-summary').filter({ hasText: '3 überfällig, 1 bald fällig.' }).waitFor();
    const rows = list.getByRole('listitem');
    expect(await rows.count()).toBe(4);
    expect(await rows.first().textContent()).toContain('Überfällig');
    expect(await rows.last().textContent()).toContain('Familienauto');
    expect(await rows.last().textContent()).toContain('Bald fällig');
    await checkPage(page, 'due-list');

    await page.getByLabel('Alle Punkte').check();
    await expect.poll(() => rows.count()).toBe(6);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälligkeiten' }).waitFor();

    // To the Porsche's page: its plan.
    await rows.first().getByRole('link', { name: 'Porsche 911' }).click();
    await page.waitForURL((url) => url.pathname === `/vehicles/${old.id}`);
    const plan = page.getByTestId('service-plan');
    const items = plan.getByTestId('plan-item');
    await expect.poll(() => items.count()).toBe(3);

    await plan.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await plan.getByLabel('Art').selectOption('custom');
    await plan.getByLabel('Titel').fill('Klimaanlage');
    await plan.getByLabel('Intervall in Monaten').fill('24');
    await plan.getByLabel('Reparatur').check();
    await plan.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Punkt zum Wartungsplan hinzugefügt.' }).waitFor();
    await items.filter({ hasText: 'Klimaanlage' }).waitFor();
    expect(await items.filter({ hasText: 'Klimaanlage' }).textContent()).toContain('Erledigt durch: Reparatur');

    // The Inspektion every 24 months instead of 12: due in six months.
    await plan.getByRole('button', { name: 'Inspektion bearbeiten' }).click();
    await plan.getByLabel('Intervall in Monaten').fill('36');
    await plan.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Punkt des Wartungsplans gespeichert.' }).waitFor();
    await items.filter({ hasText: 'alle 36 Monate oder 15.000 km' }).waitFor();

    await plan.getByRole('button', { name: 'Bremsflüssigkeit entfernen' }).click();
    await plan.getByRole('button', { name: 'Entfernen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Punkt aus dem Wartungsplan entfernt.' }).waitFor();
    await expect.poll(() => items.count()).toBe(3);
    expect(await plan.textContent()).not.toContain('Bremsflüssigkeit');
    await checkPage(page, 'vehicle-service-plan');

    // Invalid input: the server's German message.
    await plan.getByRole('button', { name: 'Punkt hinzufügen' }).click();
    await plan.getByLabel('Art').selectOption('oelwechsel');
    // The kind's default entry types, as the server publishes them: a Ölwechsel is done by a Service.
    await expect.poll(() => plan.getByLabel('Service', { exact: true }).isChecked()).toBe(true);
    expect(await plan.getByLabel('Reparatur').isChecked()).toBe(false);
    await plan.getByLabel('Art').selectOption('reifenwechsel');
    await expect.poll(() => plan.getByLabel('Reifen', { exact: true }).isChecked()).toBe(true);
    expect(await plan.getByLabel('Service', { exact: true }).isChecked()).toBe(false);
    await plan.getByLabel('Art').selectOption('oelwechsel');
    await plan.getByLabel('Intervall in Monaten').fill('');
    await plan.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Bitte geben Sie ein Intervall in Monaten oder Kilometern an.').waitFor();
    await plan.getByRole('button', { name: 'Abbrechen' }).click();

    // The due list now shows the changed plan: on the Porsche HU/AU and the new Klimaanlage (counted
    // from the first registration, 30 months ago) are overdue, the Inspektion no longer.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Fälligkeiten' }).click();
    await page.waitForURL((url) => url.pathname === '/faelligkeiten');
    await expect.poll(() => page.getByTestId('due-summary').textContent(), { timeout: 30_000 }).toContain('2 überfällig, 1 bald fällig.');
    expect(errors).toEqual([]);
  });
});
