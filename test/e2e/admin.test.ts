import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { AuditEvent } from '../../server/audit/audit-event.entity.ts';
import { VipBusinessStaff } from '../../server/businesses/vip-business.entity.ts';
import { Document } from '../../server/documents/document.entity.ts';
import { decryptExport } from '../../server/exports/decrypt-export.ts';
import type { Role } from '../../server/identity/roles.ts';
import { User } from '../../server/identity/user.entity.ts';
import { signIn } from '../harness.ts';
import { GENEROUS_LIMITS, lastStepUpCode } from '../step-up.ts';
import { createVehicle, insertDocument } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi, WAIT_LIMIT_MS } from './browser.ts';

// Whole journeys in a real browser on a shared, busy machine: generous per-test limits.
vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser(GENEROUS_LIMITS);

/** Sets a role directly in the database, as an earlier admin decision would have. */
async function promote(email: string, role: Role): Promise<{ token: string; userId: string }> {
  const session = await signIn(e2e.server, email);
  await e2e.server.app.services.orm.em.fork().nativeUpdate(User, { id: session.userId }, { role });
  return session;
}

/** A page that also collects every console error (an invalid `pattern` is only reported there). */
async function adminPage(email: string, next: string) {
  const opened = await newPage(e2e.browser, e2e.server);
  const consoleErrors: string[] = [];
  opened.page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await signInThroughUi(opened.page, e2e.server, email, { next });
  await opened.page.waitForURL((url) => url.pathname === next);
  return { ...opened, consoleErrors };
}

/** Step-up through the UI: send the code, type it from the mail, confirm. */
async function confirmStepUp(page: Page, email: string): Promise<void> {
  const mailsBefore = e2e.server.outbox().filter((mail) => mail.to === email).length;
  // Focus follows into the confirmation, then into the code field.
  const send = page.getByRole('button', { name: 'Code senden' });
  await expect.poll(() => send.evaluate((button) => button === document.activeElement), { timeout: WAIT_LIMIT_MS }).toBe(true);
  await send.click();
  await expect.poll(() => page.getByLabel('Bestätigungscode').evaluate((input) => input === document.activeElement), { timeout: WAIT_LIMIT_MS }).toBe(true);
  await expect.poll(() => e2e.server.outbox().filter((mail) => mail.to === email).length, { timeout: WAIT_LIMIT_MS }).toBeGreaterThan(mailsBefore);
  await page.getByLabel('Bestätigungscode').fill(lastStepUpCode(e2e.server, email));
  await page.getByRole('button', { name: 'Bestätigen' }).click();
}

/** Picks an account in a UserPicker (by its legend) through the email search. */
async function pick(page: Page, legend: string, search: string, masked: string): Promise<void> {
  const picker = page.getByRole('group', { name: legend, exact: true });
  await picker.getByLabel('E-Mail-Adresse').fill(search);
  await picker.getByRole('button', { name: /^Suchen/ }).click();
  await picker.getByRole('button', { name: `Auswählen – ${masked}`, exact: false }).first().click();
  await picker.getByText(`Ausgewählt: ${masked}`).waitFor();
}

/**
 * Records whether the administration's navigation was ever in the document, across client-side
 * navigations, and which GraphQL operations the page sent.
 */
async function watchAdminRendering(page: Page): Promise<{ operations: string[] }> {
  await page.addInitScript(() => {
    (window as unknown as { sawAdmin: boolean }).sawAdmin = false;
    new MutationObserver(() => {
      if (document.querySelector('nav[aria-label="Verwaltung"]')) (window as unknown as { sawAdmin: boolean }).sawAdmin = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const operations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const name = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
    if (name) operations.push(name);
  });
  return { operations };
}
const sawAdmin = (page: Page) => page.evaluate(() => (window as unknown as { sawAdmin: boolean }).sawAdmin);

describe('the administration gate', () => {
  it('sends anonymous visitors to the login with next, without rendering the administration', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const watched = await watchAdminRendering(page);
    await page.goto('/admin/users');
    await page.waitForURL(/\/login\?next=%2Fadmin%2Fusers$/);
    await page.getByLabel('E-Mail-Adresse').waitFor();
    expect(await sawAdmin(page)).toBe(false);
    expect(watched.operations).not.toContain('Users');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends plain users to the forbidden page, without rendering the administration', async () => {
    const email = 'gate-user@example.org';
    await promote(email, 'user');
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const watched = await watchAdminRendering(page);
    await signInThroughUi(page, e2e.server, email, { next: '/admin/audit' });
    await page.waitForURL(/\/403$/);
    await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    // A later visit, with the session known, is refused before rendering too.
    await page.goto('/admin/users');
    await page.waitForURL(/\/403$/);
    await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    expect(await sawAdmin(page)).toBe(false);
    expect(watched.operations.filter((name) => name === 'Users' || name === 'AuditLog')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends moderators to the CMS, without rendering the administration', async () => {
    const email = 'gate-moderator@example.org';
    await promote(email, 'moderator');
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const watched = await watchAdminRendering(page);
    await signInThroughUi(page, e2e.server, email, { consent: false });
    await page.goto('/admin/users');
    await page.waitForURL(/\/cms$/);
    await page.getByRole('heading', { level: 1, name: 'CMS: Blog & News' }).waitFor();
    expect(await sawAdmin(page)).toBe(false);
    expect(watched.operations).not.toContain('Users');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('VIP businesses', () => {
  it('picks owner and staff by email (never an account id), approves, adds and removes staff with step-up', async () => {
    await signIn(e2e.server, 'owner-vip@example.org');
    const { userId: staffId } = await signIn(e2e.server, 'staff@werkstatt-vip.example');
    const superEmail = 'super-businesses@example.org';
    await promote(superEmail, 'superadmin');
    const { page, context, errors, consoleErrors } = await adminPage(superEmail, '/admin/businesses');

    await page.getByLabel('Name', { exact: true }).fill('Autohaus Picker');
    await pick(page, 'Inhaberin / Inhaber', 'owner-vip@example.org', 'o***@example.org');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Betrieb angelegt.' }).waitFor();
    const card = page.getByTestId('business').filter({ hasText: 'Autohaus Picker' });
    await card.filter({ hasText: 'Nicht freigegeben' }).waitFor();
    await card.getByText('Inhaber: o***@example.org').waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Konto-ID|owner-vip@example\.org/);

    await card.getByRole('button', { name: 'Freigeben – Autohaus Picker' }).click();
    await confirmStepUp(page, superEmail);
    await page.getByRole('status').filter({ hasText: 'Betrieb freigegeben.' }).waitFor();
    await card.locator('.badge', { hasText: /^Freigegeben$/ }).waitFor();

    // Part of the masked address lists the matching accounts; the one picked is added.
    await pick(page, 'Mitarbeitende für Autohaus Picker hinzufügen', 'werkstatt-vip', 's***@werkstatt-vip.example');
    await card.getByRole('button', { name: 'Hinzufügen – s***@werkstatt-vip.example zu Autohaus Picker' }).click();
    await confirmStepUp(page, superEmail);
    await page.getByRole('status').filter({ hasText: 's***@werkstatt-vip.example gehört jetzt zu den Mitarbeitenden.' }).waitFor();
    const removeButton = card.getByRole('button', { name: 'Entfernen – s***@werkstatt-vip.example aus Autohaus Picker' });
    await removeButton.waitFor();
    const orm = e2e.server.app.services.orm;
    expect(await orm.em.fork().count(VipBusinessStaff, { user: staffId })).toBe(1);
    await checkPage(page, 'admin-businesses');

    await removeButton.click();
    await confirmStepUp(page, superEmail);
    await page.getByRole('status').filter({ hasText: 's***@werkstatt-vip.example wurde entfernt' }).waitFor();
    await removeButton.waitFor({ state: 'detached' });
    await card.getByText('Keine.').waitFor();
    expect(await orm.em.fork().count(VipBusinessStaff, { user: staffId })).toBe(0);
    expect(await orm.em.fork().count(AuditEvent, { action: 'VIP_BUSINESS_STAFF_REMOVED', result: 'success', metadata: { staffUserId: staffId } })).toBe(1);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('entitlements', () => {
  it('are granted and revoked for an account picked by email', async () => {
    const { userId } = await signIn(e2e.server, 'entitled@example.org');
    const adminEmail = 'admin-entitlements@example.org';
    const { token: adminToken } = await promote(adminEmail, 'admin');
    const { page, context, errors, consoleErrors } = await adminPage(adminEmail, '/admin/addons');
    await pick(page, 'Konto', 'entitled@example.org', 'e***@example.org');
    await page.getByText('Keine Freischaltungen.').waitFor();
    await page.getByLabel('Freischaltung', { exact: true }).selectOption('oldtimer');
    await page.getByRole('button', { name: 'Vergeben' }).click();
    await page.getByRole('status').filter({ hasText: 'Freischaltung „Oldtimer“ für e***@example.org vergeben.' }).waitFor();
    const revoke = page.getByRole('button', { name: 'Entziehen – Oldtimer' });
    await revoke.waitFor();
    const held = async () => (await e2e.server.gql('query($u: ID!) { entitlements(userId: $u) { key } }', { u: userId }, { token: adminToken })).data.entitlements;
    expect(await held()).toEqual([{ key: 'oldtimer' }]);
    await checkPage(page, 'admin-entitlements');

    await revoke.click();
    await page.getByRole('status').filter({ hasText: 'Freischaltung „Oldtimer“ für e***@example.org entzogen.' }).waitFor();
    // The list follows without a reload (the revocation names the type the cache refetches).
    await page.getByText('Keine Freischaltungen.').waitFor();
    expect(await held()).toEqual([]);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('full export', () => {
  it('is offered to superadmins only: step-up, one-use grant, encrypted download that export:decrypt opens', async () => {
    const owner = await signIn(e2e.server, 'export-owner@example.org');
    await e2e.server.gql(
      'mutation($t: String!, $p: String!) { acceptConsents(termsVersion: $t, privacyVersion: $p, source: ui) { complete } }',
      { t: e2e.server.app.services.config.termsVersion, p: e2e.server.app.services.config.privacyVersion },
      { token: owner.token },
    );
    const vehicle = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911' });

    const adminEmail = 'admin-no-export@example.org';
    await promote(adminEmail, 'admin');
    const admin = await adminPage(adminEmail, '/admin');
    expect(await admin.page.getByRole('navigation', { name: 'Verwaltung' }).getByRole('link', { name: 'Vollexport' }).count()).toBe(0);
    await admin.page.goto('/admin/exports');
    await admin.page.getByText('dürfen nur Superadmins erstellen').waitFor();
    expect(await admin.page.getByRole('button', { name: 'Freigabe anfordern' }).count()).toBe(0);
    await admin.context.close();

    const superEmail = 'super-export@example.org';
    await promote(superEmail, 'superadmin');
    const { page, context, errors, consoleErrors } = await adminPage(superEmail, '/admin');
    await page.getByRole('heading', { level: 1, name: 'Verwaltung' }).waitFor();
    await checkPage(page, 'admin-home');
    await page.getByRole('navigation', { name: 'Verwaltung' }).getByRole('link', { name: 'Vollexport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vollexport' }).waitFor();
    await page.getByText('npm run export:decrypt').waitFor();
    // Not an id from nowhere: the address of the vehicle page is accepted as it is.
    await page.getByLabel('Fahrzeug (Adresse der Fahrzeugseite oder Fahrzeug-ID)').fill(`${e2e.server.url}/vehicles/${vehicle.id}`);
    await page.getByRole('button', { name: 'Freigabe anfordern' }).click();
    await page.getByRole('heading', { name: /Bestätigung erforderlich: Vollexport des Fahrzeugs/ }).waitFor();
    await confirmStepUp(page, superEmail);
    await page.getByRole('status').filter({ hasText: 'Freigabe erteilt.' }).waitFor();
    const downloadButton = page.getByRole('button', { name: 'Verschlüsselt herunterladen' });
    await expect.poll(() => downloadButton.evaluate((button) => button === document.activeElement), { timeout: WAIT_LIMIT_MS }).toBe(true);
    await checkPage(page, 'admin-exports');

    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    expect(download.suggestedFilename()).toBe(`vollexport-fahrzeug-${vehicle.id}.json`);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(saved).not.toContain('Porsche');
    const record = decryptExport(e2e.server.app.services.keyring, saved) as Record<string, unknown>;
    expect(JSON.stringify(record)).toContain(vehicle.id);
    expect(JSON.stringify(record)).toContain('Porsche');
    await page.getByRole('status').filter({ hasText: 'Die Freigabe ist damit verbraucht.' }).waitFor();
    expect(await downloadButton.count()).toBe(0);
    const orm = e2e.server.app.services.orm;
    expect(await orm.em.fork().count(AuditEvent, { action: 'EXPORT_FULL_SERVED', targetId: vehicle.id })).toBe(1);

    // A target that is not an id is refused at the field, before any step-up.
    await page.getByLabel('Fahrzeug (Adresse der Fahrzeugseite oder Fahrzeug-ID)').fill('irgendwas');
    await page.getByRole('button', { name: 'Freigabe anfordern' }).click();
    await page.getByText('Bitte geben Sie die Adresse der Fahrzeugseite oder die Fahrzeug-ID').waitFor();
    expect(await page.getByRole('button', { name: 'Code senden' }).count()).toBe(0);
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('long lists', () => {
  it('page users, audit events and the quarantine queue with "Weitere laden" instead of cutting them off', async () => {
    const orm = e2e.server.app.services.orm;
    const em = orm.em.fork();
    for (let i = 0; i < 30; i++) em.create(User, { emailHmac: `paging-${randomUUID()}`, emailEncrypted: 'x', emailMasked: `p***@paging${i}.example` });
    const owner = await signIn(e2e.server, 'paging-owner@example.org');
    for (let i = 0; i < 60; i++) em.create(AuditEvent, { actorType: 'system', action: 'EXPORT_DENIED', result: 'denied', reason: 'export_token_invalid' });
    await em.flush();
    const { termsVersion, privacyVersion } = e2e.server.app.services.config;
    await e2e.server.gql('mutation($t: String!, $p: String!) { acceptConsents(termsVersion: $t, privacyVersion: $p, source: ui) { complete } }', { t: termsVersion, p: privacyVersion }, { token: owner.token });
    const vehicle = await createVehicle(e2e.server, owner.token);
    for (let i = 0; i < 27; i++) await insertDocument(e2e.server, vehicle.id, owner.userId, { approvalStatus: 'QUARANTINED', scanStatus: 'PENDING', piiStatus: 'SUSPECTED', filename: `beleg-${i}.pdf` });

    const adminEmail = 'admin-paging@example.org';
    await promote(adminEmail, 'admin');
    const { page, context, errors, consoleErrors } = await adminPage(adminEmail, '/admin/users');

    // Users: 30 matching accounts, 25 per page.
    await page.getByLabel('Suche (E-Mail-Adresse)').fill('@paging');
    await page.getByRole('button', { name: 'Suchen', exact: true }).click();
    const rows = page.getByTestId('user-row');
    await expect.poll(() => rows.count(), { timeout: WAIT_LIMIT_MS }).toBe(25);
    await page.getByText('25 angezeigt, weitere vorhanden').waitFor();
    await checkPage(page, 'admin-users');
    await page.getByRole('button', { name: 'Weitere laden – Konten' }).click();
    await expect.poll(() => rows.count(), { timeout: WAIT_LIMIT_MS }).toBe(30);
    await page.getByText('Alle 30 angezeigt', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Weitere laden/ }).count()).toBe(0);
    expect(new Set(await rows.locator('strong').allTextContents()).size).toBe(30);

    // Audit log: 60 events of one action, 50 per page.
    await page.getByRole('navigation', { name: 'Verwaltung' }).getByRole('link', { name: 'Audit-Log' }).click();
    await page.getByLabel('Aktionen (kommagetrennt)').fill('EXPORT_DENIED');
    await page.getByRole('button', { name: 'Filtern' }).click();
    const events = page.locator('tbody tr');
    await expect.poll(() => events.count(), { timeout: WAIT_LIMIT_MS }).toBe(50);
    const deniedExports = await orm.em.fork().count(AuditEvent, { action: 'EXPORT_DENIED' });
    expect(deniedExports).toBeGreaterThanOrEqual(60);
    await page.getByRole('button', { name: 'Weitere laden – Audit-Ereignisse' }).click();
    await expect.poll(() => events.count(), { timeout: WAIT_LIMIT_MS }).toBe(Math.min(deniedExports, 100));
    await checkPage(page, 'admin-audit-log-paged');

    // Quarantine queue: every quarantined document, 25 per page.
    await page.getByRole('navigation', { name: 'Verwaltung' }).getByRole('link', { name: 'Dokumentenprüfung' }).click();
    const queued = page.getByRole('button', { name: /^beleg-/ });
    await expect.poll(() => queued.count(), { timeout: WAIT_LIMIT_MS }).toBe(25);
    const quarantined = await orm.em.fork().count(Document, { approvalStatus: 'QUARANTINED' });
    await page.getByRole('button', { name: 'Weitere laden – Dokumente in Prüfung' }).click();
    await page.getByText(`Alle ${quarantined} angezeigt`, { exact: true }).waitFor();
    await checkPage(page, 'admin-quarantine-queue');
    // Approving one takes it out of the queue without a reload.
    await queued.filter({ hasText: 'beleg-0.pdf' }).click();
    await page.getByRole('combobox', { name: 'Prüfergebnis setzen' }).selectOption('CLEAN');
    await page.getByRole('status').filter({ hasText: 'Prüfergebnis gespeichert.' }).waitFor();
    await page.getByRole('combobox', { name: 'Datenschutz-Status setzen' }).selectOption('OK');
    await page.getByRole('status').filter({ hasText: 'Datenschutz-Status gespeichert.' }).waitFor();
    await page.getByRole('button', { name: 'Freigeben' }).click();
    await page.getByRole('status').filter({ hasText: 'Dokument freigegeben.' }).waitFor();
    await queued.filter({ hasText: 'beleg-0.pdf' }).waitFor({ state: 'detached' });
    // The second page now continues where the refetched first one ends: nothing lost, nothing twice.
    await page.getByText(`Alle ${quarantined - 1} angezeigt`, { exact: true }).waitFor();
    expect(await queued.count()).toBe(quarantined - 1);
    expect(errors).toEqual([]);
    // The inserted rows have no stored file: the preview's download answers 404, nothing else fails.
    expect(consoleErrors.filter((text) => !text.includes('status of 404'))).toEqual([]);
    await context.close();
  });
});

describe('CMS', () => {
  it('checks the slug in the browser without console errors and shows a taken slug at the field', async () => {
    const moderatorEmail = 'cms-slug@example.org';
    await promote(moderatorEmail, 'moderator');
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await signInThroughUi(page, e2e.server, moderatorEmail, { consent: false });
    await page.goto('/cms');
    await page.getByRole('heading', { level: 1, name: 'CMS: Blog & News' }).waitFor();

    const write = async (slug: string, title: string) => {
      await page.getByRole('button', { name: 'Neuer Beitrag' }).click();
      await expect.poll(() => page.getByLabel('Art', { exact: true }).evaluate((element) => element === document.activeElement), { timeout: WAIT_LIMIT_MS }).toBe(true);
      await page.getByLabel('Adresse (Slug)').fill(slug);
      await page.getByLabel('Titel').fill(title);
      await page.getByLabel('Text (Markdown)').fill('Text.');
    };
    await write('Mit Leerzeichen', 'Ungültig');
    // The pattern compiles (an invalid one is ignored with a console error) and rejects the slug.
    expect(await page.getByLabel('Adresse (Slug)').evaluate((input: HTMLInputElement) => input.validity.patternMismatch)).toBe(true);
    await page.getByLabel('Adresse (Slug)').fill('doppelte-adresse');
    expect(await page.getByLabel('Adresse (Slug)').evaluate((input: HTMLInputElement) => input.validity.valid)).toBe(true);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Entwurf angelegt.' }).waitFor();

    await write('doppelte-adresse', 'Zweiter Beitrag');
    await page.getByRole('button', { name: 'Speichern' }).click();
    const slugField = page.getByLabel('Adresse (Slug)');
    await expect.poll(() => slugField.getAttribute('aria-invalid'), { timeout: WAIT_LIMIT_MS }).toBe('true');
    const describedBy = (await slugField.getAttribute('aria-describedby'))!.split(' ');
    const fieldMessage = page.locator(`[id="${describedBy.at(-1)}"]`);
    expect(await fieldMessage.textContent()).toBe('Diese Adresse ist bereits vergeben.');
    await page.getByRole('alert').filter({ hasText: 'Diese Adresse ist bereits vergeben.' }).waitFor();
    await checkPage(page, 'cms-slug-taken');
    expect(errors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
