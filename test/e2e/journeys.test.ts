import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../harness.ts';
import { ensureWebBuild, expectAccessible, launchBrowser, newPage, screenshot, signInThroughUi, type E2EBrowser } from './browser.ts';

let server: TestServer;
let chromium: E2EBrowser;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild();
  server = await startServer();
  chromium = await launchBrowser();
  browser = chromium.browser;
}, 180_000);
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('public pages', () => {
  it('shows the landing page with the trust light, accessible and responsive', async () => {
    const { page, context, errors } = await newPage(browser, server);
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
    const { page, context, errors } = await newPage(browser, server);
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
    const { page, context, errors } = await newPage(browser, server);
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
    const mail = server.outbox().filter((m) => m.to === 'e2e-login@example.org').at(-1)!;
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
    const { page, context, errors } = await newPage(browser, server);
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').fill('e2e-magic@example.org');
    await page.getByRole('button', { name: 'Code anfordern' }).click();
    await expect.poll(() => server.outbox().filter((m) => m.to === 'e2e-magic@example.org').length).toBe(1);
    const mail = server.outbox().filter((m) => m.to === 'e2e-magic@example.org').at(-1)!;
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
