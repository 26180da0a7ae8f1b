import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { Article } from '../../server/cms/article.entity.ts';
import { seedArticles } from '../../server/cms/seed-articles.ts';
import { signInAs, startServer } from '../harness.ts';
import { OPERATOR_ENV } from '../operator-env.ts';
import { createVehicle } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

// Real browser on a shared, busy machine: generous per-test limits.
vi.setConfig({ testTimeout: 300_000 });

const DISCLAIMER =
  'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.';

// A configured operator, as in production; the demo operator has its own test below.
const e2e = serverAndBrowser({ ...OPERATOR_ENV });

const heading = (page: Page, name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

describe('legal and help pages', () => {
  it('shows the configured operator in the Impressum and on the Kontakt page, reached from the footer', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hilfe und Rechtliches' }).getByRole('link', { name: 'Impressum' }).click();
    await heading(page, 'Impressum').waitFor();
    const article = page.getByRole('article');
    await article.getByText('Prüfbetrieb Service Heft GmbH').waitFor();
    for (const text of ['Prüfallee 7', '80331 München', 'Geschäftsführer: Max Prüfer', 'Amtsgericht München, HRB 999999', 'DE999999999', 'Max Prüfer, Prüfallee 7, 80331 München']) {
      await expect(article.getByText(text, { exact: false }).first().isVisible(), text).resolves.toBe(true);
    }
    await expect(article.getByRole('link', { name: 'kontakt@pruefbetrieb.example' }).getAttribute('href')).resolves.toBe('mailto:kontakt@pruefbetrieb.example');
    await expect(article.getByRole('link', { name: '+49 89 1234560' }).getAttribute('href')).resolves.toBe('tel:+49891234560');
    await expect(page.getByTestId('demo-operator').count()).resolves.toBe(0);
    expect(await article.innerText()).not.toMatch(/Musterstraße|Platzhalter|Beispiel/);
    await checkPage(page, 'impressum');

    await page.getByRole('navigation', { name: 'Hilfe und Rechtliches' }).getByRole('link', { name: 'Kontakt' }).click();
    await heading(page, 'Kontakt').waitFor();
    await page.getByRole('article').getByRole('link', { name: 'kontakt@pruefbetrieb.example' }).waitFor();
    await page.getByRole('article').getByRole('link', { name: '+49 89 1234560' }).waitFor();
    await checkPage(page, 'kontakt');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks the demo operator of a server without LTC_OPERATOR_* as example data', async () => {
    const demo = await startServer();
    try {
      const { page, context, errors } = await newPage(e2e.browser, demo);
      await page.goto('/impressum');
      await page.getByTestId('demo-operator').filter({ hasText: 'Beispieldaten' }).waitFor();
      await page.getByRole('article').getByText('LifeTimeCircle Demo-Betrieb (Beispieldaten)').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await demo.close();
    }
  });

  it('has complete AGB: every section, the operator, the server disclaimer and no placeholder', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/agb');
    await heading(page, 'Allgemeine Geschäftsbedingungen').waitFor();
    await page.getByRole('article').getByText('Prüfbetrieb Service Heft GmbH, Prüfallee 7, 80331 München', { exact: false }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(sections).toEqual([
      '1. Geltungsbereich und Anbieter',
      '2. Leistungsbeschreibung',
      '3. Konto und Anmeldung',
      '4. Pflichten der Nutzerinnen und Nutzer',
      '5. Inhalte und Nachweise',
      '6. Öffentliche Fahrzeugseite',
      '7. Übergabe eines Fahrzeugs',
      '8. Erweiterungen und Zahlung',
      '9. Haftung',
      '10. Laufzeit und Kündigung',
      '11. Datenschutz',
      '12. Änderungen dieser Bedingungen',
      '13. Schlussbestimmungen',
    ]);
    await page.getByRole('article').getByText(DISCLAIMER).waitFor();
    const text = await page.getByRole('article').innerText();
    expect(text).not.toMatch(/Platzhalter|Musterstraße|\b(du|dich|dein\w*)\b/i);
    await checkPage(page, 'agb');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers owners and buyers in the FAQ, and the Datenschutz page is complete', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Hilfe und Rechtliches' }).getByRole('link', { name: 'Häufige Fragen' }).click();
    await heading(page, 'Häufige Fragen').waitFor();
    for (const question of [
      'Was bewertet die Trust-Ampel?',
      'Was sagt die Trust-Ampel nicht aus?',
      'Wer sieht meine Fahrzeugdaten?',
      'Was zeigt die öffentliche Seite mit dem QR-Code?',
      'Wie übergebe ich mein Fahrzeug beim Verkauf?',
      'Wie erhalte ich meine Daten als Datei?',
      'Wie lösche ich mein Konto?',
    ]) {
      await heading(page, question, 3).waitFor();
    }
    await page.getByText(DISCLAIMER).waitFor();
    await checkPage(page, 'faq');

    await page.goto('/datenschutz');
    await heading(page, 'Datenschutzerklärung').waitFor();
    await page.getByRole('article').getByText('Prüfbetrieb Service Heft GmbH, Prüfallee 7', { exact: false }).waitFor();
    expect(await page.getByRole('article').innerText()).not.toContain('Platzhalter');
    // Signed out: the export asks to sign in first and comes back to it.
    await expect(page.getByRole('link', { name: 'Anmelden und exportieren' }).getAttribute('href')).resolves.toBe('/login?next=%2Fdatenschutz%23export');
    await checkPage(page, 'datenschutz');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the error pages accessible and on the phone width', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    for (const [path, name] of [['/401', 'Bitte melden Sie sich an'], ['/403', 'Kein Zugriff'], ['/gibt-es-nicht', 'Seite nicht gefunden']] as const) {
      await page.goto(path);
      await heading(page, name).waitFor();
      await checkPage(page, `error-${path.slice(1)}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the trust light on public pages', () => {
  it('shows the landing page example with the server hint and disclaimer', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/');
    const light = page.getByTestId('trust-light');
    await light.filter({ hasText: 'Grün' }).waitFor();
    await light.getByText('Dokumentation ist vollständig nachweisbar.').waitFor();
    await light.getByText(DISCLAIMER).waitFor();
    await checkPage(page, 'landing');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the public QR page with the disclaimer and nothing beyond the data-minimal facts', async () => {
    const owner = await signInAs(e2e.server, 'user');
    const vehicle = await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', buildYear: 2004, vehicleClass: 'Sport' });
    const shared = await e2e.server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id: vehicle.id }, { token: owner.token });
    const path = new URL(shared.data.enablePublicShare.url).pathname;

    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto(path);
    await heading(page, 'Porsche 911').waitFor();
    const light = page.getByTestId('trust-light');
    await light.getByText(DISCLAIMER).waitFor();
    const text = await page.getByRole('main').innerText();
    // SPEC §8: never the VIN (not even masked), owner, ids or dates.
    expect(text).not.toContain(vehicle.vin);
    expect(text).not.toContain(vehicle.vin.slice(-4));
    expect(text).not.toContain(vehicle.id);
    expect(text).not.toMatch(/\d{1,2}\.\d{1,2}\.\d{4}|@/);
    await checkPage(page, 'public-vehicle');

    await page.goto('/q/unbekannt-und-falsch');
    await heading(page, 'Diese Fahrzeugseite ist nicht verfügbar').waitFor();
    await expect(page.getByTestId('trust-light').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('articles', () => {
  it('live under /blog/<slug> and /news/<slug>; the old /blog/<kind>/<slug> redirects there', async () => {
    await signInAs(e2e.server, 'superadmin');
    await seedArticles(e2e.server.app.services.orm.em.fork());
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/blog');
    await heading(page, 'Blog & News').waitFor();
    const newsLink = page.getByRole('link', { name: 'Service Heft 4.0 startet' });
    await expect(newsLink.getAttribute('href')).resolves.toBe('/news/service-heft-4-0-startet');
    await expect(page.getByRole('link', { name: 'Fahrzeug sicher übergeben' }).getAttribute('href')).resolves.toBe('/blog/fahrzeug-sicher-uebergeben');
    await checkPage(page, 'blog');

    await newsLink.click();
    await page.waitForURL(/\/news\/service-heft-4-0-startet$/);
    await heading(page, 'Service Heft 4.0 startet').waitFor();
    await checkPage(page, 'article');

    await page.goto('/blog/blog/fahrzeug-sicher-uebergeben');
    await page.waitForURL(/\/blog\/fahrzeug-sicher-uebergeben$/);
    await heading(page, 'Fahrzeug sicher übergeben').waitFor();
    await page.goto('/blog/news/service-heft-4-0-startet');
    await page.waitForURL(/\/news\/service-heft-4-0-startet$/);
    await heading(page, 'Service Heft 4.0 startet').waitFor();
    // A news slug is not a blog article.
    await page.goto('/blog/service-heft-4-0-startet');
    await heading(page, 'Beitrag nicht gefunden').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages through the list: 20 at a time, the next page on request, focus on its first article', async () => {
    const author = await signInAs(e2e.server, 'superadmin');
    const em = e2e.server.app.services.orm.em.fork();
    // Older than the seeded articles, so those stay on top; 25 make a second page.
    for (let i = 0; i < 25; i += 1) {
      const publishedAt = new Date(Date.UTC(2020, 0, 25 - i));
      em.create(Article, { kind: 'blog', slug: `archiv-${i}`, title: `Archivbeitrag ${i}`, excerpt: 'Aus dem Archiv.', body: 'Text', author: author.userId, state: 'published', reviewedAt: publishedAt, reviewedBy: author.userId, reviewApproved: true, publishedAt });
    }
    await em.flush();
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/blog');
    const titles = page.getByRole('listitem').getByRole('heading', { level: 2 });
    await page.getByRole('button', { name: 'Weitere Beiträge laden' }).waitFor();
    expect(await titles.count()).toBe(20);
    await page.getByRole('button', { name: 'Weitere Beiträge laden' }).click();
    await expect.poll(() => titles.count()).toBe(28);
    const all = await titles.allInnerTexts();
    expect(new Set(all).size).toBe(28);
    expect(all.at(-1)).toBe('Archivbeitrag 24');
    await expect(page.getByRole('button', { name: 'Weitere Beiträge laden' }).count()).resolves.toBe(0);
    // The first article of the new page has the focus (the button it replaced is gone).
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(all[20]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('account export', () => {
  it('downloads the signed-in account’s own redacted export from the Datenschutz page, nobody else’s', async () => {
    const email = `export-${process.pid}@example.org`;
    const own = await signInAs(e2e.server, 'user', { email });
    const ownVehicle = await createVehicle(e2e.server, own.token, { make: 'Škoda', model: 'Octavia' });
    const other = await signInAs(e2e.server, 'user');
    const otherVehicle = await createVehicle(e2e.server, other.token, { make: 'Alpina', model: 'B3' });

    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, email, { next: '/datenschutz#export', consent: false });
    await page.waitForURL(/\/datenschutz/);
    const button = page.getByRole('button', { name: 'Konto-Export herunterladen' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/^service-heft-konto-export-\d{4}-\d{2}-\d{2}\.json$/);
    const content = readFileSync((await download.path())!, 'utf8');
    const exported = JSON.parse(content);
    expect(exported).toMatchObject({ redacted: true, kind: 'account', account: { id: own.userId, role: 'user' } });
    expect(exported.vehicles.map((vehicle: { id: string }) => vehicle.id)).toEqual([ownVehicle.id]);
    expect(content).not.toContain(otherVehicle.id);
    expect(content).not.toContain(other.userId);
    expect(content).not.toContain(email);
    expect(content).not.toContain(ownVehicle.vin);
    await page.getByRole('status').filter({ hasText: 'Der Export wurde heruntergeladen.' }).waitFor();
    await checkPage(page, 'datenschutz-export');
    expect(errors).toEqual([]);
    await context.close();
  });
});
