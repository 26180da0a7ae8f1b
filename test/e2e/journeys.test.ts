import { describe, expect, it, vi } from 'vitest';
import { User } from '../../server/identity/user.entity.ts';
import type { Role } from '../../server/identity/roles.ts';
import { signIn } from '../harness.ts';
import { GENEROUS_LIMITS, lastStepUpCode } from '../step-up.ts';
import { expectAccessible, newPage, screenshot, serverAndBrowser, signInThroughUi, WAIT_LIMIT_MS } from './browser.ts';

/** A tiny valid PDF: the server decides the type by its magic bytes. */
const MINIMAL_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 100]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

// Whole journeys in a real browser on a shared, busy machine: generous per-test limits.
vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);
/** Sets a role directly in the database, as an earlier admin decision would have. */
async function promote(email: string, role: Role): Promise<string> {
  const { userId } = await signIn(e2e.server, email);
  await e2e.server.app.services.orm.em.fork().nativeUpdate(User, { id: userId }, { role });
  return userId;
}

describe('public pages', () => {
  it('shows the landing page with the trust light, accessible and responsive', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Nachweise' }).waitFor();
    await page.getByTestId('trust-light').filter({ hasText: 'Grün' }).waitFor();
    await page.getByRole('link', { name: 'Anmelden' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'landing');
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'landing-mobile');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the legal pages and a 404 page', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    for (const [path, heading] of [['/impressum', 'Impressum'], ['/datenschutz', 'Datenschutzerklärung'], ['/agb', 'Allgemeine Geschäftsbedingungen']]) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).filter({ hasText: heading }).waitFor();
    }
    await expectAccessible(page);
    await page.goto('/gibt-es-nicht');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Seite nicht gefunden' }).waitFor();
    await screenshot(page, 'not-found');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('login and consent', () => {
  it('sends an anonymous visitor of a protected page to the login with next, then consent, then back', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/consent');
    await page.waitForURL(/\/login\?next=%2Fconsent/);
    await page.getByLabel('E-Mail-Adresse').fill('e2e-login@example.org');
    await page.getByRole('button', { name: 'Code anfordern' }).click();
    await page.getByRole('status').filter({ hasText: 'Wenn die E-Mail-Adresse gültig ist, wurde ein Code gesendet.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'login-code');
    await page.getByLabel('Anmeldecode').fill('000000');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Der Code ist nicht gültig' }).waitFor();
    const mail = e2e.server.outbox().filter((m) => m.to === 'e2e-login@example.org').at(-1)!;
    const code = /Anmeldecode lautet: (\d{6})/.exec(mail.text)![1]!;
    await page.getByLabel('Anmeldecode').fill(code);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL(/\/consent\?next=%2Fconsent/);
    await expectAccessible(page);
    await screenshot(page, 'consent');
    await page.getByLabel(/AGB/).check();
    await page.getByLabel(/Datenschutzerklärung/).check();
    await page.getByRole('button', { name: 'Zustimmen und fortfahren' }).click();
    await page.getByRole('status').filter({ hasText: 'bereits zugestimmt' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('signs in with the magic link from the mail and removes the secret from the address bar', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').fill('e2e-magic@example.org');
    await page.getByRole('button', { name: 'Code anfordern' }).click();
    await expect.poll(() => e2e.server.outbox().filter((m) => m.to === 'e2e-magic@example.org').length, { timeout: WAIT_LIMIT_MS }).toBe(1);
    const mail = e2e.server.outbox().filter((m) => m.to === 'e2e-magic@example.org').at(-1)!;
    // The link opens in a new tab, as from a mail program (the base URL differs in tests: port 0).
    const link = /\/login#challenge=[^\s]+/.exec(mail.text)![0];
    const tab = await context.newPage();
    await page.close();
    await tab.goto(link);
    const page2 = tab;
    await page2.waitForURL(/\/consent/);
    expect(page2.url()).not.toContain('code=');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('vehicle journey', () => {
  it('onboards the first vehicle, adds and revises entries, uploads evidence an admin approves, turns the light green and shares the public page', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'e2e-owner@example.org');
    await page.waitForURL(/\/vehicles$/);
    await page.getByRole('heading', { name: 'Willkommen! Legen Sie Ihr erstes Fahrzeug an.' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'onboarding');

    await page.getByRole('link', { name: 'Erstes Fahrzeug anlegen' }).click();
    await page.getByLabel('FIN (Fahrzeug-Identifizierungsnummer)').fill('WVWZZZ1KZAW000001');
    await page.getByLabel('Marke').fill('Volkswagen');
    await page.getByLabel('Modell', { exact: true }).fill('Golf');
    await page.getByLabel('Baujahr').fill('2010');
    await page.getByLabel('Fahrzeugklasse').selectOption('Alltag');
    await page.getByLabel('Ein physisches Serviceheft ist vorhanden').check();
    await expectAccessible(page);
    await screenshot(page, 'vehicle-new');
    await page.getByRole('button', { name: 'Fahrzeug anlegen' }).click();
    await page.waitForURL((url) => /^\/vehicles\/(?!new$)[^/]+$/.test(url.pathname));
    const vehicleUrl = page.url();

    // Accident status unknown caps the light at orange; the VIN is only ever shown masked.
    await page.getByTestId('trust-light').filter({ hasText: 'Orange' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('WVW***0001');
    expect(await page.locator('main').textContent()).not.toContain('WVWZZZ1KZAW000001');

    await page.getByRole('button', { name: 'Eintrag hinzufügen' }).click();
    await page.getByLabel('Datum', { exact: true }).fill('2024-03-15');
    await page.getByLabel('Art', { exact: true }).selectOption('service');
    await page.getByLabel('Durchgeführt von', { exact: true }).selectOption('FACHWERKSTATT');
    await page.getByLabel('Kilometerstand').fill('120000');
    await page.getByLabel('Notiz (optional)').fill('Ölwechsel und Inspektion');
    await page.getByRole('button', { name: 'Eintrag speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Eintrag gespeichert.' }).waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: '120.000 km' }).waitFor();

    // Revise: a new version, the old one stays in the history.
    await page.getByRole('button', { name: 'Korrigieren' }).click();
    await page.getByLabel('Kilometerstand').fill('121500');
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: '121.500 km' }).filter({ hasText: 'Fassung 2' }).waitFor();
    await page.getByRole('button', { name: 'Verlauf' }).click();
    const history = page.getByTestId('entry-history').locator('li');
    await history.nth(1).waitFor();
    expect(await history.count()).toBe(2);
    expect(await history.nth(0).textContent()).toContain('120.000 km');

    // Accident-free: the cap goes, the light changes from orange to yellow (T2 without a document).
    await page.getByRole('button', { name: 'Angaben ändern' }).click();
    await page.getByLabel('Unfallstatus').selectOption('unfallfrei');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByTestId('trust-light').filter({ hasText: 'Gelb' }).waitFor();
    await page.getByTestId('trust-todos').getByRole('link', { name: 'Rechnung hochladen und nach der Freigabe mit dem Eintrag verknüpfen' }).waitFor();

    // Upload an invoice: it is quarantined, which caps the light at orange until an admin approves it.
    await page.getByLabel('Datei auswählen').setInputFiles({ name: 'rechnung.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByRole('status').filter({ hasText: 'Hochgeladen.' }).waitFor();
    await page.getByTestId('document-row').filter({ hasText: 'rechnung.pdf' }).filter({ hasText: 'In Prüfung' }).waitFor();
    await page.getByTestId('trust-light').filter({ hasText: 'Orange' }).waitFor();

    const reviewerEmail = 'e2e-reviewer@example.org';
    await promote(reviewerEmail, 'admin');
    const reviewer = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(reviewer.page, e2e.server, reviewerEmail, { next: '/admin/quarantine' });
    await reviewer.page.waitForURL(/\/admin\/quarantine$/);
    await reviewer.page.getByRole('button', { name: /rechnung\.pdf/ }).click();
    await reviewer.page.getByTitle('Vorschau: rechnung.pdf').waitFor();
    await expectAccessible(reviewer.page);
    await screenshot(reviewer.page, 'admin-quarantine');
    await reviewer.page.getByRole('button', { name: 'Freigeben' }).click();
    await reviewer.page.getByRole('status').filter({ hasText: 'Dokument freigegeben.' }).waitFor();
    expect(reviewer.errors).toEqual([]);
    await reviewer.context.close();

    // Approved evidence linked to the entry: T3, the light turns green.
    await page.reload();
    await page.getByTestId('document-row').filter({ hasText: 'Freigegeben' }).waitFor();
    await page.getByTestId('trust-light').filter({ hasText: 'Gelb' }).waitFor();
    await page.getByRole('button', { name: 'Korrigieren' }).click();
    await page.getByLabel('rechnung.pdf').check();
    await page.getByRole('button', { name: 'Korrektur speichern' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: 'Fassung 3' }).filter({ hasText: 'T3' }).waitFor();
    await page.getByTestId('trust-light').filter({ hasText: 'Grün' }).filter({ hasText: 'Dokumentation ist vollständig nachweisbar.' }).waitFor();

    // Public sharing: the QR code and link, then the anonymous public page.
    await page.getByRole('tab', { name: 'Teilen' }).click();
    await page.getByRole('button', { name: 'Öffentlichen Link erstellen' }).click();
    const shareUrl = await page.getByTestId('share-url').inputValue();
    expect(shareUrl).toMatch(/\/q\/[A-Za-z0-9_-]{20,}$/);
    expect(await page.getByRole('img', { name: 'QR-Code zur öffentlichen Fahrzeugseite' }).getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expectAccessible(page);
    await screenshot(page, 'vehicle-detail');
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'vehicle-detail-mobile');

    const visitor = await newPage(e2e.browser, e2e.server);
    await visitor.page.goto(new URL(shareUrl).pathname);
    await visitor.page.getByTestId('trust-light').filter({ hasText: 'Grün' }).waitFor();
    const publicText = (await visitor.page.locator('main').textContent()) ?? '';
    expect(publicText).toContain('Volkswagen Golf');
    expect(publicText).toContain('Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität.');
    expect(publicText).not.toContain('WVW');
    expect(publicText).not.toContain('120');
    await expectAccessible(visitor.page);
    await screenshot(visitor.page, 'public-page');

    // Withdraw the entry: it stays visible, marked as withdrawn.
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.goto(vehicleUrl);
    await page.getByRole('button', { name: 'Zurückziehen' }).click();
    await page.getByLabel('Grund für das Zurückziehen').fill('Doppelt erfasst');
    await page.getByRole('button', { name: 'Eintrag zurückziehen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Zurückziehen bestätigen' }).click();
    await page.getByTestId('timeline-entry').filter({ hasText: 'Zurückgezogen' }).waitFor();

    // Disabling the share: the same link now shows "not available".
    await page.getByRole('tab', { name: 'Teilen' }).click();
    await page.getByRole('button', { name: 'Freigabe beenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Freigabe beenden' }).click();
    await page.getByRole('status').filter({ hasText: 'Freigabe beendet' }).waitFor();
    await visitor.page.reload();
    await visitor.page.getByRole('heading', { name: 'Diese Fahrzeugseite ist nicht verfügbar' }).waitFor();

    // Trust folders are add-on gated: without an admin's configuration none is offered.
    await page.getByRole('tab', { name: 'Erweiterungen' }).click();
    await page.getByTestId('folders-unavailable').waitFor();

    // Transfer: the buyer opens the link without an account, signs in, consents and takes over.
    await page.getByRole('tab', { name: 'Übergabe und Export' }).click();
    await page.getByRole('button', { name: 'Übergabe vorbereiten' }).click();
    const transferToken = await page.getByLabel('Übergabe-Code').inputValue();
    expect(transferToken.length).toBeGreaterThan(20);
    await page.getByText('Offen').waitFor();
    await screenshot(page, 'vehicle-transfer');
    const buyer = await newPage(e2e.browser, e2e.server);
    await buyer.page.goto(`/uebergabe#token=${transferToken}`);
    await buyer.page.waitForURL(/\/login\?next=%2Fuebergabe/);
    await signInThroughUi(buyer.page, e2e.server, 'e2e-buyer@example.org', { next: '/uebergabe' });
    await buyer.page.waitForURL(/\/uebergabe$/);
    expect(await buyer.page.getByLabel('Übergabe-Code').inputValue()).toBe(transferToken);
    await buyer.page.getByRole('button', { name: 'Fahrzeug übernehmen' }).click();
    await buyer.page.waitForURL((url) => url.pathname === new URL(vehicleUrl).pathname);
    await buyer.page.getByTestId('timeline-entry').first().waitFor();
    await buyer.page.getByTestId('document-row').filter({ hasText: 'rechnung.pdf' }).waitFor();

    // The former owner has lost access: the vehicle page is forbidden now.
    await page.goto(vehicleUrl);
    await page.waitForURL(/\/403$/);

    expect(errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
    expect(buyer.errors).toEqual([]);
    await visitor.context.close();
    await buyer.context.close();
    await context.close();
  });
});

describe('CMS and blog', () => {
  it('confines a moderator to the CMS; an admin reviews, a superadmin publishes, the public reads it', async () => {
    const moderatorEmail = 'e2e-moderator@example.org';
    await promote(moderatorEmail, 'moderator');
    const moderator = await newPage(e2e.browser, e2e.server);
    // Moderators need no consent for the CMS (SPEC §1): they land there directly.
    await signInThroughUi(moderator.page, e2e.server, moderatorEmail, { consent: false });
    await moderator.page.waitForURL(/\/cms$/);
    const nav = moderator.page.getByRole('navigation', { name: 'Hauptnavigation' });
    expect((await nav.getByRole('link').allTextContents()).map((text) => text.trim())).toEqual(['CMS']);

    await moderator.page.getByRole('button', { name: 'Neuer Beitrag' }).click();
    await moderator.page.getByLabel('Art', { exact: true }).selectOption('news');
    await moderator.page.getByLabel('Adresse (Slug)').fill('digitales-serviceheft');
    await moderator.page.getByLabel('Titel').fill('Das digitale Serviceheft ist da');
    await moderator.page.getByLabel('Kurzfassung').fill('Nachweise statt Behauptungen – ab heute.');
    await moderator.page.getByLabel('Text (Markdown)').fill('## Was neu ist\n\nDie **Trust-Ampel** zeigt, wie gut die Historie belegt ist.');
    await moderator.page.getByRole('button', { name: 'Speichern' }).click();
    await moderator.page.getByRole('status').filter({ hasText: 'Entwurf angelegt.' }).waitFor();
    await moderator.page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
    await moderator.page.getByTestId('cms-row').filter({ hasText: 'In Prüfung' }).waitFor();
    await expectAccessible(moderator.page);
    await screenshot(moderator.page, 'cms-moderator');

    // Everything else sends the moderator back to the CMS.
    await moderator.page.goto('/vehicles');
    await moderator.page.waitForURL(/\/cms$/);
    expect(moderator.errors).toEqual([]);
    await moderator.context.close();

    const superadminEmail = 'e2e-superadmin@example.org';
    await promote(superadminEmail, 'superadmin');
    const editor = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(editor.page, e2e.server, superadminEmail, { next: '/cms' });
    await editor.page.waitForURL(/\/cms$/);
    const row = editor.page.getByTestId('cms-row').filter({ hasText: 'Das digitale Serviceheft ist da' });
    await row.getByRole('button', { name: 'Freigeben' }).click();
    await editor.page.getByRole('status').filter({ hasText: 'Prüfung abgeschlossen.' }).waitFor();
    await row.getByRole('button', { name: 'Veröffentlichen' }).click();
    await row.filter({ hasText: 'Veröffentlicht' }).waitFor();
    await editor.context.close();

    const reader = await newPage(e2e.browser, e2e.server);
    await reader.page.goto('/blog');
    await reader.page.getByRole('link', { name: 'Das digitale Serviceheft ist da' }).click();
    await reader.page.waitForURL(/\/news\/digitales-serviceheft$/);
    await reader.page.getByRole('heading', { name: 'Was neu ist' }).waitFor();
    expect(await reader.page.locator('strong', { hasText: 'Trust-Ampel' }).count()).toBe(1);
    await expectAccessible(reader.page);
    await screenshot(reader.page, 'blog-article');
    expect(reader.errors).toEqual([]);
    await reader.context.close();
  });
});

describe('administration', () => {
  it('lets an admin change a role with step-up, read the audit log, create a VIP business, configure an add-on and create an API token', async () => {
    const memberEmail = 'e2e-member@example.org';
    await signIn(e2e.server, memberEmail);
    const adminEmail = 'e2e-admin@example.org';
    await promote(adminEmail, 'admin');
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, adminEmail, { next: '/admin/users' });
    await page.waitForURL(/\/admin\/users$/);

    await page.getByLabel('Suche (E-Mail-Adresse)').fill(memberEmail);
    await page.getByRole('button', { name: 'Suchen' }).click();
    const row = page.getByTestId('user-row');
    await row.filter({ hasText: 'e***@example.org' }).waitFor();
    expect(await row.count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain(memberEmail);
    await row.getByRole('combobox').selectOption('vip');
    await row.getByRole('button', { name: 'Ändern' }).click();
    await page.getByRole('button', { name: 'Code senden' }).click();
    await page.getByLabel('Bestätigungscode').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-users-step-up');
    await page.getByLabel('Bestätigungscode').fill(lastStepUpCode(e2e.server, adminEmail));
    await page.getByRole('button', { name: 'Bestätigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Rolle geändert: VIP.' }).waitFor();
    await row.filter({ hasText: 'VIP' }).waitFor();

    await page.getByRole('link', { name: 'Audit-Log' }).click();
    await page.getByLabel('Aktionen (kommagetrennt)').fill('ROLE_GRANTED');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.locator('tbody tr').filter({ hasText: 'ROLE_GRANTED' }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'admin-audit-log');

    await page.getByRole('link', { name: 'VIP-Betriebe' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Autohaus Muster');
    const ownerPicker = page.getByRole('group', { name: 'Inhaberin / Inhaber' });
    await ownerPicker.getByLabel('E-Mail-Adresse').fill(memberEmail);
    await ownerPicker.getByRole('button', { name: /^Suchen/ }).click();
    await ownerPicker.getByRole('button', { name: /^Auswählen – e\*\*\*@example\.org/ }).click();
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: /Autohaus Muster/ }).filter({ hasText: 'Nicht freigegeben' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Erweiterungen' }).click();
    await page.getByLabel('Neu aktivierbar: Restaurierung').check();
    await page.getByRole('status').filter({ hasText: 'Restaurierung: gespeichert.' }).waitFor();
    await page.reload();
    // The box renders before the configuration has loaded: wait for the stored state.
    await expect.poll(() => page.getByLabel('Neu aktivierbar: Restaurierung').isChecked(), { timeout: WAIT_LIMIT_MS }).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'admin-addons');

    await page.getByRole('link', { name: 'API-Tokens' }).click();
    await page.getByLabel('Name').fill('Werkstatt-System');
    await page.getByLabel('Umfang').selectOption('read');
    await page.getByRole('button', { name: 'Token erstellen' }).click();
    const token = await page.getByLabel('Neues Token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    const me = await e2e.server.gql('{ me { role } }', {}, { token });
    expect(me.data.me.role).toBe('admin');
    await page.locator('tbody tr').filter({ hasText: 'Werkstatt-System' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'api-tokens');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends a plain user away from the admin pages to the forbidden page', async () => {
    const { page, context } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'e2e-plain@example.org', { next: '/admin/users' });
    await page.waitForURL(/\/403$/);
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
    await context.close();
  });
});
