// End-to-end helpers: Debian's Chromium driven by playwright-core against the real server from
// test/harness.ts, which serves the built web app (web/build) and the real API.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildWeb, webBuildIsStale } from '../../scripts/build-web.ts';
import { normaliseEmail } from '../../server/identity/email.ts';
import { lastCode, startServer, type TestServer } from '../harness.ts';

// `npm run screenshots` refreshes the committed ones in docs/screenshots; ordinary test runs write
// to a temporary folder so they leave the working tree clean.
const SCREENSHOT_DIR = process.env.LTC_UPDATE_SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../../docs/screenshots') : path.join(tmpdir(), 'ltc-e2e-screenshots');
const LOCK = path.join(tmpdir(), 'ltc-web-build.lock');

/** Builds web/build when it is missing or older than the sources; one build even with parallel test files. */
export async function ensureWebBuild(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left over from a crash.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 120_000) rmdirSync(LOCK);
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (webBuildIsStale()) buildWeb();
  } finally {
    rmdirSync(LOCK);
  }
}

export interface E2EBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** The real server and Chromium of one test file. */
export interface E2ESetup {
  server: TestServer;
  browser: Browser;
}

/**
 * Starts the real server (with `env`) and Chromium before the file's tests and closes both after
 * them; read `server` and `browser` from the returned object inside the tests.
 */
export function serverAndBrowser(env: Record<string, string> = {}): E2ESetup {
  const setup = {} as E2ESetup;
  let chromium: E2EBrowser | undefined;
  beforeAll(async () => {
    await ensureWebBuild();
    setup.server = await startServer(env);
    chromium = await launchBrowser();
    setup.browser = chromium.browser;
  }, 180_000);
  afterAll(async () => {
    await chromium?.close();
    await setup.server?.close();
  });
  return setup;
}

/** playwright's launch() gives every browser a fresh temporary profile of its own (it refuses --user-data-dir). */
export async function launchBrowser(): Promise<E2EBrowser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/**
 * How long any single wait may take before it fails. Tests wait for conditions (an element, a URL,
 * a mail), never for fixed times; this is only the upper bound, sized for a 2-core machine whose
 * other core runs the server suite (a sign-in is several requests plus a route chunk to load).
 */
export const WAIT_LIMIT_MS = 30_000;

/**
 * A fresh browser context (own cookies). `errors` collects uncaught page errors and every Content
 * Security Policy violation the browser reports (the CSP has no 'unsafe-inline'): tests assert it
 * stays empty.
 */
export async function newPage(browser: Browser, server: TestServer, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, viewport, locale: 'de-DE' });
  context.setDefaultTimeout(WAIT_LIMIT_MS);
  context.setDefaultNavigationTimeout(WAIT_LIMIT_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

/**
 * Signs in through the UI: email, the code from the development outbox, then the consent page if
 * asked. Each step waits for what the previous one produces (the code form, the mail, the next
 * page), and a refused code fails at once with the page's own message instead of a time-out.
 */
export async function signInThroughUi(page: Page, server: TestServer, email: string, options: { next?: string; consent?: boolean; onLoginPage?: boolean } = {}): Promise<void> {
  const mailsBefore = mailsTo(server, email);
  // `onLoginPage`: the app brought the visitor there itself (no page load of our own).
  if (!options.onLoginPage) await page.goto(options.next ? `/login?next=${encodeURIComponent(options.next)}` : '/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Code anfordern' }).click();
  const codeField = page.getByLabel('Anmeldecode');
  await codeField.waitFor();
  await codeField.fill(await waitForCode(server, email, mailsBefore));
  const loginPath = new URL(page.url()).pathname;
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  // Done when the app leaves the login page; an error alert on it means the code was refused.
  const left = page.waitForURL((url) => url.pathname !== loginPath).then(() => undefined);
  const alert = page.getByRole('alert').filter({ hasText: /\S/ }).first();
  const refused = alert
    .waitFor()
    .then(() => alert.innerText())
    // No alert before the limit: then `left` decides (and fails with its own time-out).
    .catch(() => new Promise<never>(() => {}));
  left.catch(() => {}); // when the alert wins, the abandoned wait must not surface as an unhandled rejection
  const outcome = await Promise.race([left, refused]);
  if (outcome !== undefined) throw new Error(`sign-in as ${email} refused: ${outcome}`);
  if (options.consent === false) return;
  await page.waitForURL(/\/consent/);
  await page.getByLabel(/AGB/).check();
  await page.getByLabel(/Datenschutzerklärung/).check();
  await page.getByRole('button', { name: 'Zustimmen und fortfahren' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/consent'));
}

const mailsTo = (server: TestServer, email: string) => server.outbox().filter((mail) => mail.to === normaliseEmail(email)).length;

/**
 * The login code from the mail that arrives after `mailsBefore` mails to this address. Taking the
 * newest mail at once raced the request: an account signed in before (as `promote` does) already
 * has a mail, and when the click returned before the server had written the new one, the old,
 * consumed code was typed and the sign-in never left the login page.
 */
async function waitForCode(server: TestServer, email: string, mailsBefore: number): Promise<string> {
  await expect.poll(() => mailsTo(server, email), { timeout: WAIT_LIMIT_MS, interval: 100 }).toBeGreaterThan(mailsBefore);
  return lastCode(server, email);
}

/** axe-core: no serious or critical violation (WCAG 2.x A/AA rules). */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}

/**
 * What every page is checked for (SPEC §17): axe at 1280 px and at 375 px, no sideways scrolling
 * on a phone, and a screenshot at each width (`<name>.png`, `<name>-mobile.png`). Leaves the
 * viewport as it found it.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 860 });
  await expectAccessible(page);
  await screenshot(page, name);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} scrolls sideways at 375 px`).toBeLessThanOrEqual(0);
  await screenshot(page, `${name}-mobile`);
  if (viewport) await page.setViewportSize(viewport);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
