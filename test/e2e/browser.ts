// End-to-end helpers: Debian's Chromium driven by playwright-core against the real server from
// test/harness.ts, which serves the built web app (web/build) and the real API.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildWeb, webBuildIsStale } from '../../scripts/build-web.ts';
import { lastCode, type TestServer } from '../harness.ts';

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
 * A fresh browser context (own cookies). `errors` collects uncaught page errors and every Content
 * Security Policy violation the browser reports (the CSP has no 'unsafe-inline'): tests assert it
 * stays empty.
 */
export async function newPage(browser: Browser, server: TestServer, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, viewport, locale: 'de-DE' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

/** Signs in through the UI: email, the code from the development outbox, then the consent page if asked. */
export async function signInThroughUi(page: Page, server: TestServer, email: string, options: { next?: string; consent?: boolean } = {}): Promise<void> {
  await page.goto(options.next ? `/login?next=${encodeURIComponent(options.next)}` : '/login');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByRole('button', { name: 'Code anfordern' }).click();
  await page.getByLabel('Anmeldecode').fill(await waitForCode(server, email));
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  if (options.consent === false) return;
  await page.waitForURL(/\/consent/);
  await page.getByLabel(/AGB/).check();
  await page.getByLabel(/Datenschutzerklärung/).check();
  await page.getByRole('button', { name: 'Zustimmen und fortfahren' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/consent'));
}

async function waitForCode(server: TestServer, email: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return lastCode(server, email);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
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

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
