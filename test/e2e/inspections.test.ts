import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { addEntry, createVehicle, insertDocument } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

const OPEN_CASE_HINT = 'Ein festgestellter Mangel ist noch nicht als behoben nachgewiesen.';

const e2e = serverAndBrowser(GENEROUS_LIMITS);

describe('inspections and defect cases on the vehicle page', () => {
  it('an owner records a failed inspection, sees the open case and the trust reason, records the remediation and sees the case closed', async () => {
    const email = `inspections-${process.pid}@example.org`;
    const owner = await signInAs(e2e.server, 'user', { email });
    // A vehicle that is green before the inspection: accident-free, service book, an entry with valid evidence.
    const { id } = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', accidentStatus: 'unfallfrei', physicalServiceBook: true });
    await addEntry(e2e.server, owner.token, id, { documentIds: [await insertDocument(e2e.server, id, owner.userId)] });
    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, email, { next: `/vehicles/${id}`, consent: false });
    await page.waitForURL((url) => url.pathname === `/vehicles/${id}`);
    await page.getByTestId('trust-light').waitFor();
    const section = page.getByTestId('inspections');
    await section.getByText('Noch keine Prüfungen erfasst.').waitFor();
    expect(await page.getByText(OPEN_CASE_HINT).count()).toBe(0);

    await section.getByRole('button', { name: 'Prüfung erfassen' }).click();
    await section.getByLabel('Quelle').selectOption('WORKSHOP');
    await section.getByLabel('Nicht OK').check();
    await section.getByLabel('Titel der Prüfung (optional)').fill('Hauptuntersuchung');
    await section.getByLabel('Zusammenfassung (optional)').fill('Bremsleitung hinten links undicht');
    await section.getByLabel('Kilometerstand der Prüfung (optional)').fill('98000');
    await section.getByRole('button', { name: 'Prüfung speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Prüfung gespeichert. Ein Maßnahmenfall wurde eröffnet.' }).waitFor();

    const defectCase = section.getByTestId('defect-case');
    await defectCase.filter({ hasText: 'In Arbeit' }).waitFor();
    expect(await defectCase.textContent()).toContain('Hauptuntersuchung');
    expect(await defectCase.textContent()).toContain('Nicht OK – weitere Maßnahmen erforderlich');
    // The trust summary shows the server's hint for the open case (and a to-do leading to it).
    await page.getByText(OPEN_CASE_HINT).first().waitFor();
    await page.getByRole('link', { name: 'Offenen Maßnahmenfall mit einer Behebung abschließen' }).waitFor();
    await checkPage(page, 'vehicle-defect-case-open');

    await defectCase.getByRole('button', { name: 'Behebung erfassen' }).click();
    await defectCase.getByLabel('In Ordnung').check();
    await defectCase.getByLabel('Titel der Behebung (optional)').fill('Bremsleitung erneuert');
    await defectCase.getByLabel('Kilometerstand der Behebung (optional)').fill('98100');
    await defectCase.getByRole('button', { name: 'Behebung speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Behebung gespeichert. Der Maßnahmenfall ist erledigt.' }).waitFor();

    await defectCase.filter({ hasText: 'Erledigt' }).waitFor();
    expect(await defectCase.textContent()).toContain('Bremsleitung erneuert');
    expect(await defectCase.getByRole('button', { name: 'Behebung erfassen' }).count()).toBe(0);
    await expect.poll(() => page.getByText(OPEN_CASE_HINT).count()).toBe(0);
    await checkPage(page, 'vehicle-defect-case-done');
    expect(errors).toEqual([]);
  });
});
