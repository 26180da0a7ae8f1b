import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { createVehicle } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

// A whole intake in real browsers on a shared, busy machine: a generous limit.
vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

/**
 * The browser's speech recognition, replaced before the app loads by one that "hears" `phrase`
 * when started (Chromium's own needs a microphone and its vendor's service); `null` removes the
 * API, as in browsers without it.
 */
async function speechRecognitionHearing(context: BrowserContext, phrase: string | null): Promise<void> {
  await context.addInitScript((heard) => {
    const scope = window as unknown as Record<string, unknown>;
    delete scope.webkitSpeechRecognition;
    delete scope.SpeechRecognition;
    if (heard === null) return;
    scope.SpeechRecognition = class {
      lang = '';
      continuous = false;
      interimResults = false;
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      start() {
        (window as unknown as { heardLang?: string }).heardLang = this.lang;
        setTimeout(() => {
          this.onresult?.({ resultIndex: 0, results: [Object.assign([{ transcript: heard }], { isFinal: true })] });
          this.onend?.();
        }, 0);
      }
      stop() {
        this.onend?.();
      }
    };
  }, phrase);
}

const itemNamed = (page: Page, title: string) => page.getByTestId('workshop-item').filter({ has: page.getByRole('heading', { name: title }) });

describe('workshop intake', () => {
  it('runs an intake from the customer’s QR link to a proposed entry the owner confirms, while a second screen shows the board live', async () => {
    // The customer: a vehicle with a public link (its QR code).
    const owner = await signInAs(e2e.server, 'user');
    const { id: vehicleId } = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', buildYear: 1998, vehicleClass: 'Sport' });
    const shared = await e2e.server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id: vehicleId }, { token: owner.token });
    const shareUrl: string = shared.data.enablePublicShare.url;
    const shareToken = shareUrl.split('/q/')[1]!;
    const dealer = await signInAs(e2e.server, 'dealer');

    // The dealer scans the QR code: the public page offers the intake, which knows the token.
    const desk = await newPage(e2e.browser, e2e.server);
    await speechRecognitionHearing(desk.context, 'Bremsen vorne prüfen');
    await signInThroughUi(desk.page, e2e.server, dealer.email, { next: `/q/${shareToken}`, consent: false });
    await desk.page.getByRole('link', { name: 'Werkstatt-Annahme starten' }).click();
    await desk.page.waitForURL((url) => url.pathname === '/werkstatt');
    expect(await desk.page.getByLabel('Link oder Code der öffentlichen Fahrzeugseite').inputValue()).toBe(shareToken);
    // Pasting the whole link works the same.
    await desk.page.getByLabel('Link oder Code der öffentlichen Fahrzeugseite').fill(shareUrl);
    await desk.page.getByRole('button', { name: 'Annahme per Link starten' }).click();
    await desk.page.waitForURL(/\/werkstatt\/[^/]+$/);
    const sessionPath = new URL(desk.page.url()).pathname;
    await desk.page.getByRole('heading', { level: 1, name: 'Porsche 911 (1998)' }).waitFor();
    await desk.page.getByText('Sie sehen nur die Angaben der öffentlichen Seite').waitFor();

    // Notes: dictated text is appended to what was typed.
    const noteField = desk.page.getByLabel('Neue Notiz');
    await noteField.fill('Kunde meldet:');
    await desk.page.getByRole('button', { name: 'Diktieren' }).click();
    await expect.poll(() => noteField.inputValue()).toBe('Kunde meldet: Bremsen vorne prüfen');
    expect(await desk.page.evaluate(() => (window as unknown as { heardLang?: string }).heardLang)).toBe('de-DE');
    // The first answer is lost on the way back (the server did save the note): sending again
    // reuses the action's idempotency key, so the server answers the first result, no second note.
    let lost = false;
    await desk.page.route('**/graphql', async (route) => {
      if (lost || route.request().postDataJSON()?.operationName !== 'AddWorkshopNote') return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await desk.page.getByRole('button', { name: 'Notiz speichern' }).click();
    await desk.page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    await desk.page.getByRole('button', { name: 'Notiz speichern' }).click();
    await desk.page.getByRole('status').filter({ hasText: 'Notiz gespeichert.' }).waitFor();
    await desk.page.unroute('**/graphql');
    await desk.page.getByTestId('workshop-note').filter({ hasText: 'Kunde meldet: Bremsen vorne prüfen' }).waitFor();
    expect(await desk.page.getByTestId('workshop-note').count()).toBe(1);
    expect(await noteField.inputValue()).toBe('');

    // Several items in one go.
    await desk.page.getByLabel('Titel', { exact: true }).fill('Bremsbeläge vorne verschlissen');
    await desk.page.getByRole('button', { name: 'Weitere Zeile' }).click();
    await desk.page.getByLabel('Titel', { exact: true }).nth(1).fill('Ölwechsel');
    await desk.page.getByLabel('Art', { exact: true }).nth(1).selectOption('task');
    await desk.page.getByLabel('Dringlichkeit', { exact: true }).nth(1).selectOption('low');
    await desk.page.getByRole('button', { name: 'Weitere Zeile' }).click();
    await desk.page.getByLabel('Titel', { exact: true }).nth(2).fill('Wischerblätter erneuern');
    await desk.page.getByLabel('Art', { exact: true }).nth(2).selectOption('recommendation');
    await desk.page.getByRole('button', { name: 'Punkte speichern' }).click();
    await desk.page.getByRole('status').filter({ hasText: '3 Punkte hinzugefügt.' }).waitFor();
    await expect.poll(() => desk.page.getByTestId('workshop-item').count()).toBe(3);
    await itemNamed(desk.page, 'Bremsbeläge vorne verschlissen').getByLabel('Dringlichkeit: Bremsbeläge vorne verschlissen').selectOption('high');
    await desk.page.getByRole('status').filter({ hasText: '„Bremsbeläge vorne verschlissen“ geändert.' }).waitFor();

    // The wall screen: another browser, no speech recognition there (the note field stays plain).
    const wall = await newPage(e2e.browser, e2e.server);
    await speechRecognitionHearing(wall.context, null);
    await signInThroughUi(wall.page, e2e.server, dealer.email, { next: sessionPath, consent: false });
    await wall.page.getByLabel('Neue Notiz').waitFor();
    expect(await wall.page.getByRole('button', { name: 'Diktieren' }).count()).toBe(0);
    await wall.page.goto(`${sessionPath}/board`);
    const connection = wall.page.getByTestId('board-connection');
    await expect.poll(() => connection.getAttribute('data-state')).toBe('connected');
    await wall.page.getByText('Die Werkstatt hat noch keinen Stand veröffentlicht.').waitFor();
    expect(await wall.page.getByRole('navigation').count()).toBe(0);
    const wallUrl = wall.page.url();

    // Publishing the board: it appears on the wall without a reload, most urgent first.
    await desk.page.getByLabel('Hinweis auf dem Board (optional)').fill('Fahrzeug auf Bühne 2');
    await desk.page.getByRole('button', { name: 'Board aktualisieren' }).click();
    await desk.page.getByRole('status').filter({ hasText: 'Board aktualisiert.' }).waitFor();
    await wall.page.getByTestId('board-note').filter({ hasText: 'Fahrzeug auf Bühne 2' }).waitFor();
    const boardItems = wall.page.getByTestId('board-items').getByRole('listitem');
    await expect.poll(() => boardItems.allInnerTexts()).toEqual([
      expect.stringContaining('Bremsbeläge vorne verschlissen'),
      expect.stringContaining('Wischerblätter erneuern'),
      expect.stringContaining('Ölwechsel'),
    ]);
    await checkPage(wall.page, 'workshop-board');

    // A dropped connection shows on the wall, and the board reconnects by itself and goes on updating.
    e2e.server.app.server.closeAllConnections();
    await expect.poll(() => connection.getAttribute('data-state')).not.toBe('connected');
    await expect.poll(() => connection.getAttribute('data-state')).toBe('connected');
    await desk.page.getByLabel('Hinweis auf dem Board (optional)').fill('Fahrzeug auf Bühne 3');
    await desk.page.getByRole('button', { name: 'Board aktualisieren' }).click();
    await wall.page.getByTestId('board-note').filter({ hasText: 'Fahrzeug auf Bühne 3' }).waitFor();

    // Work goes on: status changes reach the wall by themselves too.
    await itemNamed(desk.page, 'Bremsbeläge vorne verschlissen').getByLabel('Status: Bremsbeläge vorne verschlissen').selectOption('done');
    await desk.page.getByRole('status').filter({ hasText: '„Bremsbeläge vorne verschlissen“ geändert.' }).waitFor();
    await itemNamed(desk.page, 'Ölwechsel').getByLabel('Status: Ölwechsel').selectOption('done');
    await expect.poll(() => itemNamed(desk.page, 'Ölwechsel').getAttribute('data-status')).toBe('done');
    await expect.poll(() => boardItems.first().innerText()).toContain('Erledigt');
    await checkPage(desk.page, 'workshop-intake');

    // Closing with a proposed entry from the done items.
    await desk.page.getByLabel('Aus erledigten Punkten einen Eintrag für die Halterin oder den Halter vorschlagen').check();
    const proposed = desk.page.getByRole('group', { name: 'Erledigte Punkte im Vorschlag' });
    expect(await proposed.getByRole('checkbox', { checked: true }).count()).toBe(2);
    await desk.page.getByLabel('Datum').fill('2026-11-30');
    await desk.page.locator('#propose-type').selectOption('repair');
    await desk.page.getByLabel('Kilometerstand', { exact: true }).fill('123456');
    await desk.page.getByLabel('Notiz (optional)').fill('Beläge und Öl erneuert.');
    await desk.page.getByRole('button', { name: 'Annahme abschließen' }).click();
    await desk.page.getByRole('dialog', { name: 'Annahme abschließen?' }).getByRole('button', { name: 'Abschließen' }).click();
    await desk.page.getByTestId('session-status').filter({ hasText: 'Abgeschlossen' }).waitFor();
    await desk.page.getByTestId('proposal-summary').filter({ hasText: 'wartet auf Bestätigung' }).waitFor();
    await wall.page.getByText('Diese Annahme ist abgeschlossen.').waitFor();
    // The server ends a closed session's stream; the wall does not try again.
    expect(await wall.page.getByTestId('board-connection').count()).toBe(0);
    // All of it happened on the wall without a page load.
    expect(wall.page.url()).toBe(wallUrl);

    // The list: the session has left the open ones.
    await desk.page.getByRole('link', { name: '← Alle Annahmen' }).click();
    await desk.page.getByText('Keine Annahmen mit Status „Offen“.').waitFor();
    await desk.page.getByRole('button', { name: 'Abgeschlossen' }).click();
    await desk.page.getByTestId('workshop-session').filter({ hasText: 'Porsche 911 (1998)' }).filter({ hasText: '1 offene von 3 Punkten' }).waitFor();
    await checkPage(desk.page, 'workshop-sessions');

    // The owner: the intake itself is not theirs; the proposal is, on the vehicle page.
    const home = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(home.page, e2e.server, owner.email, { next: sessionPath, consent: false });
    await home.page.waitForURL((url) => url.pathname === '/403');
    await home.page.goto(`/vehicles/${vehicleId}`);
    const proposal = home.page.getByTestId('workshop-proposal');
    await proposal.filter({ hasText: 'Reparatur vom 30.11.2026' }).waitFor();
    await proposal.getByText('Bremsbeläge vorne verschlissen').waitFor();
    await checkPage(home.page, 'vehicle-workshop-proposal');
    await proposal.getByRole('button', { name: 'Annehmen' }).click();
    await home.page.getByRole('status').filter({ hasText: 'Vorschlag angenommen.' }).waitFor();
    const entry = home.page.getByTestId('timeline-entry').filter({ hasText: 'Werkstatt-bestätigt' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('123.456 km');
    await proposal.waitFor({ state: 'detached' });

    for (const { errors, context } of [desk, wall, home]) {
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
