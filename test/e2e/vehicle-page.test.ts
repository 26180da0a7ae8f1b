import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { AddonConfig } from '../../server/addons/addon-config.entity.ts';
import { Document } from '../../server/documents/document.entity.ts';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { addEntry, createVehicle, insertDocument } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

/** A tiny valid PDF: the server decides the type by its magic bytes. */
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 100]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const UPLOAD_LIMIT = 64 * 1024;
const PUBLIC = 'query($token: String!) { publicVehicle(token: $token) { make } }';

vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser({ ...GENEROUS_LIMITS, LTC_UPLOAD_MAX_BYTES: String(UPLOAD_LIMIT) });
let accounts = 0;

/** An owner (consent given) with a vehicle, signed in in a fresh browser page on the vehicle page. */
async function ownerOnVehiclePage(vehicle: Record<string, unknown> = {}, viewport?: { width: number; height: number }) {
  const email = `vehicle-page-${process.pid}-${++accounts}@example.org`;
  const owner = await signInAs(e2e.server, 'user', { email });
  const { id } = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', buildYear: 1998, vehicleClass: 'Sport', ...vehicle });
  const opened = await newPage(e2e.browser, e2e.server, viewport);
  const open = async () => {
    await signInThroughUi(opened.page, e2e.server, email, { next: `/vehicles/${id}`, consent: false });
    await opened.page.waitForURL((url) => url.pathname === `/vehicles/${id}`);
    await opened.page.getByTestId('trust-light').waitFor();
  };
  return { ...owner, email, vehicleId: id, ...opened, open };
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name });

describe('public link and QR code', () => {
  it('stays visible after a reload; rotating and disabling ask first and warn about printed codes', async () => {
    const { page, context, errors, open } = await ownerOnVehiclePage();
    await open();
    await tab(page, 'Teilen').click();
    await page.getByRole('button', { name: 'Öffentlichen Link erstellen' }).click();
    const first = await page.getByTestId('share-url').inputValue();
    expect(first).toMatch(/\/q\/[A-Za-z0-9_-]{32}$/);

    await page.reload();
    await tab(page, 'Teilen').click();
    expect(await page.getByTestId('share-url').inputValue()).toBe(first);
    expect(await page.getByRole('img', { name: 'QR-Code zur öffentlichen Fahrzeugseite' }).getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await checkPage(page, 'vehicle-share');

    // Cancelling the confirmation changes nothing.
    await page.getByRole('button', { name: 'Link erneuern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link erneuern?' });
    await dialog.getByText('gedruckte oder verschickte QR-Codes').waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('share-url').inputValue()).toBe(first);
    expect((await e2e.server.gql(PUBLIC, { token: first.split('/q/')[1] })).data.publicVehicle.make).toBe('Porsche');

    await page.getByRole('button', { name: 'Link erneuern' }).click();
    await dialog.getByRole('button', { name: 'Link erneuern' }).click();
    await page.getByRole('status').filter({ hasText: 'Neuer Link erstellt.' }).waitFor();
    await expect.poll(() => page.getByTestId('share-url').inputValue()).not.toBe(first);
    const second = await page.getByTestId('share-url').inputValue();
    expect((await e2e.server.gql(PUBLIC, { token: first.split('/q/')[1] })).data.publicVehicle).toBeNull();

    await page.getByRole('button', { name: 'Freigabe beenden' }).click();
    const disable = page.getByRole('dialog', { name: 'Freigabe beenden?' });
    await disable.getByText('Gedruckte oder verschickte QR-Codes funktionieren nicht mehr').waitFor();
    await disable.getByRole('button', { name: 'Freigabe beenden' }).click();
    await page.getByRole('button', { name: 'Öffentlichen Link erstellen' }).waitFor();
    expect(await page.getByTestId('share-url').count()).toBe(0);
    expect((await e2e.server.gql(PUBLIC, { token: second.split('/q/')[1] })).data.publicVehicle).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('trust panel', () => {
  it('turns the to-dos into steps that lead to where they are done, explains T-levels and shows the server disclaimer', async () => {
    const owner = await ownerOnVehiclePage({ physicalServiceBook: true, accidentStatus: 'unbekannt' });
    const { page, context, errors, open, token, vehicleId, userId } = owner;
    await addEntry(e2e.server, token, vehicleId, { date: '2024-03-15', odometerKm: 120000 });
    await insertDocument(e2e.server, vehicleId, userId, { filename: 'inspektion.pdf' });
    await insertDocument(e2e.server, vehicleId, userId, { filename: 'offen.pdf', approvalStatus: 'QUARANTINED', scanStatus: 'PENDING' });
    await open();

    const disclaimer = (await e2e.server.gql('query($id: ID!) { vehicle(id: $id) { trustSummary { disclaimer } } }', { id: vehicleId }, { token })).data.vehicle.trustSummary.disclaimer;
    await page.getByTestId('trust-light').getByText(disclaimer).waitFor();
    const todos = page.getByTestId('trust-todos');
    await todos.getByRole('link', { name: 'Unfallstatus angeben' }).waitFor();
    await todos.getByRole('link', { name: 'Dokument wartet auf Prüfung – es zählt nach der Freigabe' }).waitFor();
    const linkStep = todos.getByRole('link', { name: /^Rechnung mit Eintrag „Service vom 15\.03\.2024“ verknüpfen$/ });
    await linkStep.waitFor();
    // The steps are not the hints repeated.
    expect(await todos.getByRole('link').allInnerTexts()).not.toContain('Unfallstatus ist unbekannt. Trust ist begrenzt.');
    const timeline = page.getByRole('region', { name: 'Historie' });
    await timeline.getByText('Was bedeuten T1, T2 und T3?').click();
    await timeline.getByText('Ein geprüfter Nachweis (z. B. eine freigegebene Rechnung) ist mit dem Eintrag verknüpft.').waitFor();
    await checkPage(page, 'vehicle-checklist');

    // "Unfallstatus angeben" opens the vehicle data form at that field.
    await tab(page, 'Teilen').click();
    await todos.getByRole('link', { name: 'Unfallstatus angeben' }).click();
    await expect.poll(() => tab(page, 'Fahrzeugdaten').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-accident');
    await page.getByLabel('Unfallstatus').selectOption('unfallfrei');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await todos.getByRole('link', { name: 'Unfallstatus angeben' }).waitFor({ state: 'detached' });

    // The invoice step opens that entry's correction, where the evidence is linked.
    await linkStep.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^revise-.+-date$/);
    await page.getByLabel('inspektion.pdf').check();
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: 'T3' }).waitFor();
    await linkStep.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('odometer readings', () => {
  it('warns before saving a lower reading than the previous entry, saves it when asked again, and takes „Tacho getauscht“ without a warning', async () => {
    const owner = await ownerOnVehiclePage({ physicalServiceBook: true, accidentStatus: 'unfallfrei' });
    const { page, context, errors, open, token, vehicleId } = owner;
    await addEntry(e2e.server, token, vehicleId, { date: '2023-03-15', odometerKm: 150000 });
    await open();
    const timeline = page.getByRole('region', { name: 'Historie' });
    const addLower = async (km: string) => {
      await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
      await page.getByLabel('Datum', { exact: true }).fill('2024-03-15');
      await page.getByLabel('Kilometerstand').fill(km);
      await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    };

    // Lower than the entry of 15.03.2023: a warning, nothing saved yet.
    await addLower('2000');
    const warning = page.getByTestId('odometer-warning');
    await warning.filter({ hasText: 'niedriger als beim vorherigen Eintrag vom 15.03.2023 (150.000 km)' }).waitFor();
    expect(await timeline.getByTestId('timeline-entry').count()).toBe(1);
    // „Tacho getauscht“ answers the warning; the entry is saved at once and marked.
    await page.getByLabel('Tacho getauscht (Stand des neuen Tachos)').check();
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await timeline.getByTestId('timeline-entry').filter({ hasText: '2.000 km' }).filter({ hasText: 'Tacho getauscht' }).waitFor();
    // Yellow (no invoice yet), not capped: the readings are consistent.
    await page.getByTestId('trust-light').filter({ hasText: 'Gelb' }).waitFor();

    // A reading below the new odometer's: warned, then saved as given when the user insists.
    await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2024-06-01');
    await page.getByLabel('Kilometerstand').fill('1500');
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await warning.filter({ hasText: 'vom 15.03.2024 (2.000 km)' }).waitFor();
    await page.getByRole('button', { name: 'Trotzdem speichern' }).click();
    await timeline.getByTestId('timeline-entry').filter({ hasText: '1.500 km' }).waitFor();
    await page.getByTestId('trust-light').filter({ hasText: 'Kilometerstände sind nicht schlüssig. Trust ist begrenzt.' }).waitFor();
    await page.getByTestId('trust-todos').getByRole('link', { name: 'Kilometerstände prüfen: korrigieren oder „Tacho getauscht“ angeben' }).waitFor();
    await checkPage(page, 'vehicle-odometer-warning');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('vehicle data, documents and add-ons', () => {
  it('edits make, model, build year, nickname and class with field-level messages that state the limits', async () => {
    const { page, context, errors, open } = await ownerOnVehiclePage();
    await open();
    await page.getByRole('button', { name: 'Angaben ändern' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('edit-make');
    await page.getByLabel('Baujahr (optional)').fill('2099');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.locator('#edit-buildYear-error').innerText()).toContain('zwischen 1886 und');
    expect(await page.getByLabel('Baujahr (optional)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Baujahr (optional)').fill('1999');
    await page.getByLabel('Marke').fill('   ');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect.poll(() => page.locator('#edit-make-error').innerText()).toContain('höchstens 80 Zeichen');
    await page.getByLabel('Marke').fill('Porsche');
    await page.getByLabel('Modell').fill('911 Carrera');
    await page.getByLabel('Spitzname (optional)').fill('Elfer');
    await page.getByLabel('Fahrzeugklasse (optional)').selectOption('Luxus');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Elfer' }).waitFor();
    const facts = page.locator('#vehicle-data dl');
    await facts.getByText('Porsche 911 Carrera').waitFor();
    await facts.getByText('1999').waitFor();
    await facts.getByText('Luxus').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows rejection reasons in German, removes and replaces own rejected uploads, and states the upload limit', async () => {
    const { page, context, errors, open, vehicleId, userId } = await ownerOnVehiclePage();
    const rejected = { approvalStatus: 'REJECTED', scanStatus: 'INFECTED', rejectionReason: 'infected_auto_reject', reviewedAt: new Date() } as const;
    const removedId = await insertDocument(e2e.server, vehicleId, userId, { ...rejected, filename: 'virus.pdf' });
    const replacedId = await insertDocument(e2e.server, vehicleId, userId, { ...rejected, filename: 'alt.pdf', rejectionReason: 'Unleserlich' });
    await open();

    const virusRow = page.getByTestId('document-row').filter({ hasText: 'virus.pdf' });
    await virusRow.getByText('Automatisch abgelehnt: Die Virenprüfung hat Schadsoftware gefunden.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('infected_auto_reject');
    await page.getByTestId('document-row').filter({ hasText: 'alt.pdf' }).getByText('Grund: Unleserlich').waitFor();

    // Remove, after a confirmation.
    await page.getByRole('button', { name: 'Entfernen: virus.pdf' }).click();
    await page.getByRole('dialog', { name: 'Dokument entfernen?' }).getByRole('button', { name: 'Entfernen bestätigen' }).click();
    await virusRow.waitFor({ state: 'detached' });
    expect((await e2e.server.app.services.orm.em.fork().findOneOrFail(Document, { id: removedId })).deletedAt).toBeInstanceOf(Date);

    // Too large: refused before sending, with the configured limit.
    await page.getByRole('button', { name: 'Ersetzen: alt.pdf' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('document-file');
    await page.getByLabel('Neue Datei auswählen').setInputFiles({ name: 'gross.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([MINIMAL_PDF, Buffer.alloc(UPLOAD_LIMIT)]) });
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await expect.poll(() => page.locator('#document-file-error').innerText()).toBe('Die Datei ist zu groß. Erlaubt sind höchstens 64 KB je Datei.');

    // Replace: the new file is uploaded, then the rejected one removed.
    await page.getByLabel('Neue Datei auswählen').setInputFiles({ name: 'neu.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '„alt.pdf“ wurde durch die neue Datei ersetzt' }).waitFor();
    await page.getByTestId('document-row').filter({ hasText: 'neu.pdf' }).filter({ hasText: 'In Prüfung' }).waitFor();
    await page.getByTestId('document-row').filter({ hasText: 'alt.pdf' }).waitFor({ state: 'detached' });
    expect((await e2e.server.app.services.orm.em.fork().findOneOrFail(Document, { id: replacedId })).deletedAt).toBeInstanceOf(Date);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers add-ons and trust folders only where the gate allows them', async () => {
    await e2e.server.app.services.orm.em.fork().nativeDelete(AddonConfig, {});
    const { page, context, errors, open } = await ownerOnVehiclePage();
    await open();
    await tab(page, 'Erweiterungen').click();
    const panel = page.getByRole('tabpanel', { name: 'Erweiterungen' });
    await panel.getByTestId('folders-unavailable').waitFor();
    expect(await panel.getByRole('button', { name: /Einschalten/ }).count()).toBe(0);
    expect(await panel.getByLabel('Ordnertitel').count()).toBe(0);

    const em = e2e.server.app.services.orm.em.fork();
    em.create(AddonConfig, { key: 'restauration', allowNew: true, requiresPayment: false, adminOnly: false });
    em.create(AddonConfig, { key: 'oldtimer', allowNew: true, requiresPayment: true, adminOnly: false });
    await em.flush();
    await page.reload();
    await tab(page, 'Erweiterungen').click();
    await panel.getByText('Für diese Erweiterung wird eine Freischaltung benötigt.').waitFor();
    await panel.getByRole('button', { name: 'Einschalten: Restaurierung' }).click();
    await panel.getByRole('button', { name: 'Ausschalten: Restaurierung' }).waitFor();
    expect(await panel.getByLabel('Art des Ordners').locator('option').allInnerTexts()).toEqual(['Restaurierung']);
    await panel.getByLabel('Ordnertitel').fill('Karosserie 2024');
    await panel.getByRole('button', { name: 'Ordner anlegen' }).click();
    await panel.getByRole('heading', { name: /Karosserie 2024/ }).waitFor();
    await checkPage(page, 'vehicle-addons');
    expect(errors).toEqual([]);
    await context.close();
    await e2e.server.app.services.orm.em.fork().nativeDelete(AddonConfig, {});
  });
});

describe('on a phone', () => {
  it('puts the light, the add button and the upload near the top, keeps the rest behind tabs, and confirms withdrawals', async () => {
    const owner = await ownerOnVehiclePage({ physicalServiceBook: true }, { width: 375, height: 800 });
    const { page, context, errors, open, token, vehicleId } = owner;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await addEntry(e2e.server, token, vehicleId, { date: '2024-03-15', odometerKm: 120000 });
    await addEntry(e2e.server, token, vehicleId, { date: '2023-02-10', type: 'tires', odometerKm: 100000 });
    await open();

    for (const name of ['Eintrag hinzufügen', 'Hochladen']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y, `${name} at ${box!.y}px`).toBeLessThan(1200);
    }
    const lightY = (await page.getByTestId('trust-light').boundingBox())!.y;
    const timelineY = (await page.getByRole('heading', { name: 'Historie' }).boundingBox())!.y;
    const documentsY = (await page.getByRole('heading', { name: 'Dokumente und Nachweise' }).boundingBox())!.y;
    const tabsY = (await page.getByRole('tablist').boundingBox())!.y;
    expect(lightY).toBeLessThan(timelineY);
    expect(timelineY).toBeLessThan(documentsY);
    expect(documentsY).toBeLessThan(tabsY);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // Tabs by keyboard; only the selected panel shows.
    await tab(page, 'Fahrzeugdaten').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab(page, 'Teilen').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tab-share');
    expect(await page.getByRole('tabpanel', { name: 'Teilen' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Angaben ändern' }).isVisible()).toBe(false);

    // Every withdraw button names its entry; the form takes focus; nothing happens without confirming.
    const withdraw = page.getByRole('button', { name: /^Zurückziehen:/ });
    expect(await withdraw.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual(['Zurückziehen: Service vom 15.03.2024', 'Zurückziehen: Reifen vom 10.02.2023']);
    await page.getByRole('button', { name: 'Zurückziehen: Reifen vom 10.02.2023' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page.getByLabel('Grund für das Zurückziehen').fill('Doppelt erfasst');
    await page.getByRole('button', { name: 'Eintrag zurückziehen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Eintrag zurückziehen?' });
    await confirm.getByText('„Reifen vom 10.02.2023“').waitFor();
    await confirm.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await page.getByTestId('timeline-entry').filter({ hasText: 'Zurückgezogen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Eintrag zurückziehen' }).click();
    await confirm.getByRole('button', { name: 'Zurückziehen bestätigen' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: 'Zurückgezogen' }).waitFor();

    // "Eintrag hinzufügen" moves focus into the new form.
    await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-entry-date');

    // The transfer code has a copy button with a visible confirmation.
    await tab(page, 'Übergabe und Export').click();
    await page.getByRole('button', { name: 'Übergabe vorbereiten' }).click();
    const code = await page.getByLabel('Übergabe-Code').inputValue();
    await page.getByRole('button', { name: 'Code kopieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Kopiert' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the documents table keyboard-reachable and loads more entries and documents instead of cutting the lists off', async () => {
    const { page, context, errors, open, token, vehicleId, userId } = await ownerOnVehiclePage();
    for (let day = 1; day <= 23; day++) await addEntry(e2e.server, token, vehicleId, { date: `2023-01-${String(day).padStart(2, '0')}`, odometerKm: 1000 * day });
    await insertDocument(e2e.server, vehicleId, userId, { filename: 'rechnung-mit-einem-sehr-langen-dateinamen-2023.pdf' });
    for (let n = 1; n <= 20; n++) await insertDocument(e2e.server, vehicleId, userId, { filename: `beleg-${n}.pdf` });
    await open();
    await page.getByTestId('document-row').nth(19).waitFor();
    expect(await page.getByTestId('document-row').count()).toBe(20);
    await page.getByRole('button', { name: 'Weitere Dokumente laden' }).click();
    await page.getByTestId('document-row').nth(20).waitFor();
    expect(await page.getByTestId('document-row').count()).toBe(21);
    await page.getByRole('button', { name: 'Weitere Dokumente laden' }).waitFor({ state: 'detached' });
    await page.getByTestId('timeline-entry').nth(19).waitFor();
    expect(await page.getByTestId('timeline-entry').count()).toBe(20);
    await page.getByRole('button', { name: 'Weitere Einträge laden' }).click();
    await page.getByTestId('timeline-entry').nth(22).waitFor();
    expect(await page.getByTestId('timeline-entry').count()).toBe(23);
    await page.getByRole('button', { name: 'Weitere Einträge laden' }).waitFor({ state: 'detached' });

    const region = page.getByRole('region', { name: 'Dokumente (seitlich scrollbar)' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Dokumente (seitlich scrollbar)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
