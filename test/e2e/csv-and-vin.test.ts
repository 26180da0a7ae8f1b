import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { addEntry, createVehicle, fakeVin } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

const LUBELOGGER_SAMPLE = readFileSync(new URL('../../server/entries-csv/samples/lubelogger-service-records.csv', import.meta.url));

describe("the buyer's VIN check", () => {
  it('answers „FIN stimmt überein“ and „FIN stimmt nicht überein“ to an anonymous visitor of the public page, never showing the VIN', async () => {
    const owner = await signInAs(e2e.server, 'user');
    const vin = fakeVin();
    const { id } = await createVehicle(e2e.server, owner.token, { vin, make: 'Mercedes-Benz', model: 'W123', buildYear: 1982, vehicleClass: 'Alltag' });
    const shared = await e2e.server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id }, { token: owner.token });
    const token = String(shared.data.enablePublicShare.url).split('/q/')[1]!;

    const { page, errors, context } = await newPage(e2e.browser, e2e.server);
    await page.goto(`/q/${token}`);
    await page.getByRole('heading', { name: 'Mercedes-Benz W123' }).waitFor();
    const field = page.getByLabel('FIN am Fahrzeug');
    // Typed as read off the car: lower case, with spaces.
    await field.fill(`${vin.slice(0, 6).toLowerCase()} ${vin.slice(6)}`);
    await page.getByRole('button', { name: 'FIN prüfen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'FIN' }).innerText()).toContain('FIN stimmt überein');
    expect(await page.locator('body').innerText()).not.toContain(vin);
    await checkPage(page, 'public-vin-check-match');

    await field.fill(fakeVin());
    await page.getByRole('button', { name: 'FIN prüfen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'FIN' }).innerText()).toContain('FIN stimmt nicht überein');
    await checkPage(page, 'public-vin-check-mismatch');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('CSV import and export on the vehicle page', () => {
  it('imports a LubeLogger file after a dry run (skipping its faulty rows) and exports the entries as CSV', async () => {
    const owner = await signInAs(e2e.server, 'user');
    const { id } = await createVehicle(e2e.server, owner.token, { make: 'Volvo', model: '240', buildYear: 1988, physicalServiceBook: true });
    await addEntry(e2e.server, owner.token, id, { date: '2020-02-02', odometerKm: 40000, note: 'Inspektion' });

    const { page, errors, context } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, owner.email, { next: `/vehicles/${id}`, consent: false });
    await page.getByRole('heading', { name: 'CSV', exact: true }).waitFor();
    await page.getByLabel('CSV-Datei').setInputFiles({ name: 'lubelogger-service.csv', mimeType: 'text/csv', buffer: LUBELOGGER_SAMPLE });
    await page.getByLabel('Art der Einträge (nur LubeLogger)').selectOption('repair');
    await page.getByRole('button', { name: 'CSV importieren' }).click();

    const table = page.getByRole('table', { name: 'Probelauf: jede Zeile der Datei' });
    await table.waitFor();
    await expect.poll(() => table.getByRole('row').count()).toBe(6);
    const statusText = await page.getByRole('status').filter({ hasText: 'LubeLogger-Export' }).innerText();
    expect(statusText).toContain('2 neu, 1 schon vorhanden, 2 fehlerhaft');
    expect(await table.innerText()).toContain('Ein Pflichtwert fehlt');
    const importButton = page.getByRole('button', { name: '2 Einträge importieren' });
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByLabel('Fehlerhafte Zeilen überspringen (2)').check();
    await checkPage(page, 'vehicle-csv-dry-run');
    await importButton.click();
    await page.getByText('2 Einträge importiert.').waitFor();
    await expect.poll(() => page.getByText('Importiert', { exact: true }).count()).toBe(2);
    const entries = await e2e.server.gql(`query($id: ID!) { vehicle(id: $id) { entries(first: 10) { edges { node { date type imported } } } } }`, { id }, { token: owner.token });
    expect(entries.data.vehicle.entries.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { date: '2021-11-02', type: 'repair', imported: true },
      { date: '2021-03-15', type: 'repair', imported: true },
      { date: '2020-02-02', type: 'service', imported: false },
    ]);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV exportieren' }).click();
    const file = await download;
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Datum;Art;Ausgeführt von;Kilometerstand;Tacho getauscht;Kosten (EUR);Notiz;Angegebene Stufe;Importiert');
    expect(text).toContain('2021-11-02;repair;Sonstiges;51003;nein;1234,56;');
    expect(errors).toEqual([]);
    await context.close();
  });
});
