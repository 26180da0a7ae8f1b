import type { Locator } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { todayInGermany } from '../../server/entries/entry-rules.ts';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { addEntry, createVehicle } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

/** The rows of a table as text, cells joined by " | " (Intl's no-break spaces as plain ones). */
const rowsOf = async (table: Locator) =>
  (await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '').join(' | ')))).map((row) =>
    row.replace(/\u00a0|\u202f/g, ' '),
  );

/** The values a chart drew, once it has drawn them. */
async function chartValues(canvas: Locator): Promise<unknown> {
  await expect.poll(() => canvas.getAttribute('data-values')).not.toBeNull();
  // Bars in the page's primary colour (#1f4e5f) are really on the canvas.
  const bars = await canvas.evaluate((element: HTMLCanvasElement) => {
    const { data } = element.getContext('2d')!.getImageData(0, 0, element.width, element.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 31 && data[i + 1] === 78 && data[i + 2] === 95) count++;
    return count;
  });
  expect(bars).toBeGreaterThan(100);
  return JSON.parse((await canvas.getAttribute('data-values'))!);
}

describe('costs and statistics on the vehicle page', () => {
  it('shows the header, the charts and their tables with the server’s figures', async () => {
    const email = `statistics-${process.pid}@example.org`;
    const owner = await signInAs(e2e.server, 'user', { email });
    const { id } = await createVehicle(e2e.server, owner.token, { make: 'Mercedes-Benz', model: 'E 220' });
    const thisYear = Number(todayInGermany().slice(0, 4));
    await addEntry(e2e.server, owner.token, id, { date: '2023-03-01', type: 'service', odometerKm: 20_000, cost: '300.00' });
    await addEntry(e2e.server, owner.token, id, { date: '2023-12-02', type: 'repair', performedBy: 'AUTOHAUS', odometerKm: 28_000, cost: '1250.00' });
    await addEntry(e2e.server, owner.token, id, { date: '2024-01-31', type: 'service', odometerKm: 30_000, cost: '420.50' });
    await addEntry(e2e.server, owner.token, id, { date: '2024-10-01', type: 'tires', performedBy: 'REIFENSERVICE', odometerKm: 40_000, cost: '640.00' });
    // Parked since: a cost this year without km.
    await addEntry(e2e.server, owner.token, id, { date: `${thisYear}-01-01`, type: 'other', performedBy: 'SONSTIGES', odometerKm: 40_000, cost: '80.00' });

    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, email, { next: `/vehicles/${id}`, consent: false });
    await page.waitForURL((url) => url.pathname === `/vehicles/${id}`);

    const header = page.locator('dl[aria-label="Überblick"]');
    await header.waitFor();
    const headerText = (await header.innerText()).replace(/\s+/g, ' ');
    expect(headerText).toContain('Letzter Service 31.01.2024 30.000 km');
    expect(headerText).toContain('Kosten dieses Jahr 80,00 €');
    // "Nächste Fälligkeit" is the service plan's most urgent item (computed by the plan, server/plan/).
    const planned = await e2e.server.gql('query($id: ID!) { vehicle(id: $id) { nextDue { title due { state } } } }', { id }, { token: owner.token });
    const nextDue = planned.data.vehicle.nextDue;
    expect(nextDue).not.toBeNull();
    const stateLabel = { ok: 'Im Plan', bald_faellig: 'Bald fällig', ueberfaellig: 'Überfällig' }[nextDue.due.state as string];
    expect(headerText).toContain(`Nächste Fälligkeit ${nextDue.title} ${stateLabel}`);

    await page.getByText('Kosten und Statistik').click();
    const section = page.locator('details.statistics');
    const figures = (await section.locator('dl.figures').innerText()).replace(/\s+/g, ' ');
    // 300 + 1 250 + 420.50 + 640 + 80; 20 000 km driven; 269 050 ct · 100 / 20 000 km = 1 345.25 ct.
    expect(figures).toBe('Gesamtkosten 2.690,50 € Kosten pro 100 km 13,45 € Gefahrene Kilometer 20.000 km Ø Abstand zwischen Services 336 Tage und 10.000 km');

    // Years 2023 to this year; 2 Dec 2023 → 31 Jan 2024 spreads 2 000 km half and half.
    const gapYears = Array.from({ length: thisYear - 2025 }, (_, index) => 2025 + index);
    const yearCosts = [1550, 1060.5, ...gapYears.map(() => 0), 80];
    const yearKm = [9_000, 11_000, ...gapYears.map(() => 0), 0];
    expect(await chartValues(section.locator('figure').nth(0).locator('canvas'))).toEqual(yearCosts);
    expect(await chartValues(section.locator('figure').nth(1).locator('canvas'))).toEqual(yearKm);
    expect(await chartValues(section.locator('figure').nth(2).locator('canvas'))).toEqual([1250, 720.5, 640, 80]);

    await expect.poll(() => section.getByRole('heading', { name: 'Kosten pro Jahr' }).count()).toBe(1);
    await section.getByText('Kosten pro Jahr als Tabelle').click();
    await section.getByText('Kilometer pro Jahr als Tabelle').click();
    await section.getByText('Kosten nach Art als Tabelle').click();
    expect(await rowsOf(section.getByRole('table', { name: 'Kosten pro Jahr' }))).toEqual([
      '2023 | 1.550,00 €',
      '2024 | 1.060,50 €',
      ...gapYears.map((year) => `${year} | 0,00 €`),
      `${thisYear} | 80,00 €`,
    ]);
    expect(await rowsOf(section.getByRole('table', { name: 'Kilometer pro Jahr' }))).toEqual([
      '2023 | 9.000 km',
      '2024 | 11.000 km',
      ...gapYears.map((year) => `${year} | 0 km`),
      `${thisYear} | 0 km`,
    ]);
    expect(await rowsOf(section.getByRole('table', { name: 'Kosten nach Art' }))).toEqual([
      'Reparatur | 1 | 1.250,00 €',
      'Service | 2 | 720,50 €',
      'Reifen | 1 | 640,00 €',
      'Sonstiges | 1 | 80,00 €',
    ]);
    // Each chart has its one-sentence summary.
    await section.getByText(`Von 2023 bis ${thisYear} kosteten die Einträge zusammen 2.690,50 €; am teuersten war 2023 mit 1.550,00 €.`).waitFor();
    await section.getByText('Insgesamt wurden 20.000 km gefahren; die meisten 2024 mit 11.000 km.').waitFor();
    await section.getByText('Den größten Anteil hat Reparatur mit 1.250,00 € von 2.690,50 €.').waitFor();

    await checkPage(page, 'vehicle-statistics');
    expect(errors).toEqual([]);
  });
});
