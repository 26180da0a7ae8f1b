import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { Entitlement } from '../../server/addons/entitlement.entity.ts';
import { Session } from '../../server/identity/session.entity.ts';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../step-up.ts';
import { createVehicle, fakeVin } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

// The account pages (SPEC §17, issue 16): the gate of protected pages, login and consent, the
// vehicle list and form, transfers to redeem and API tokens. Real server, real browser.
vi.setConfig({ testTimeout: 300_000 });

const e2e = serverAndBrowser({ ...GENEROUS_LIMITS, LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });

const DISCLAIMER =
  'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.';

/**
 * Records whether an element matching `selector` (and, with `except`, not showing exactly that
 * text) was ever in the page, from the first byte on.
 */
async function watchFor(page: Page, selector: string, except?: string): Promise<() => Promise<boolean>> {
  await page.addInitScript(
    ([watched, ignored]) => {
      const seen = () => {
        if ([...document.querySelectorAll(watched!)].some((element) => element.textContent?.trim() !== ignored)) (window as unknown as { __seen: boolean }).__seen = true;
      };
      new MutationObserver(seen).observe(document, { subtree: true, childList: true, characterData: true });
    },
    [selector, except] as const,
  );
  return () => page.evaluate(() => (window as unknown as { __seen?: boolean }).__seen === true);
}

/** The GraphQL operation names the page sends (POST bodies and persisted GET queries alike). */
function recordOperations(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/graphql')) return;
    const fromUrl = new URL(request.url()).searchParams.get('operationName');
    let fromBody: string | undefined;
    try {
      fromBody = (request.postDataJSON() as { operationName?: string } | null)?.operationName;
    } catch {}
    const name = fromUrl ?? fromBody;
    if (name) names.push(name);
  });
  return names;
}

describe('protected pages', () => {
  it('sends signed-out visitors to the login before any form renders, and back to the form afterwards', async () => {
    const owner = await signInAs(e2e.server, 'user');
    const { id: vehicleId } = await createVehicle(e2e.server, owner.token);
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    // Any page heading but the login's: the protected page started to render.
    const sawForm = await watchFor(page, 'main h1', 'Anmelden');
    for (const path of ['/vehicles', '/vehicles/new', '/tokens', '/uebergabe', `/vehicles/${vehicleId}`]) {
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === path);
      await page.getByLabel('E-Mail-Adresse').waitFor();
      expect(await sawForm(), path).toBe(false);
    }

    await page.goto('/vehicles/new');
    await page.waitForURL(/\/login\?next=%2Fvehicles%2Fnew$/);
    expect(await sawForm()).toBe(false);
    await signInThroughUi(page, e2e.server, 'account-gate@example.org', { next: '/vehicles/new', consent: false });
    // A new account consents first, on the way back to the form.
    await page.waitForURL(/\/consent\?next=%2Fvehicles%2Fnew$/);
    await page.getByLabel(/AGB/).check();
    await page.getByLabel(/Datenschutzerklärung/).check();
    await checkPage(page, 'consent-form');
    await page.getByRole('button', { name: 'Zustimmen und fortfahren' }).click();
    await page.waitForURL((url) => url.pathname === '/vehicles/new');
    await page.getByLabel('FIN (Fahrzeug-Identifizierungsnummer)').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the code of a transfer link while the visitor signs in', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/uebergabe#token=ein-geheimer-code');
    await page.waitForURL(/\/login\?next=%2Fuebergabe$/);
    // The secret left the address bar and the history on the way.
    expect(page.url()).not.toContain('ein-geheimer-code');
    await signInThroughUi(page, e2e.server, 'account-link@example.org', { next: '/uebergabe' });
    await page.waitForURL(/\/uebergabe$/);
    expect(await page.getByLabel('Übergabe-Code').inputValue()).toBe('ein-geheimer-code');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends plain users away from the API tokens page before it renders', async () => {
    const { page, context } = await newPage(e2e.browser, e2e.server);
    const sawForm = await watchFor(page, '#token-name');
    await signInThroughUi(page, e2e.server, 'account-plain@example.org', { next: '/tokens' });
    await page.waitForURL(/\/403$/);
    expect(await sawForm()).toBe(false);
    await context.close();
  });
});

describe('moderators', () => {
  it('a newly accredited moderator lands in the CMS; no consent is asked or queried', async () => {
    const admin = await signInAs(e2e.server, 'admin');
    const email = 'account-moderator@example.org';
    const candidate = await signInAs(e2e.server, 'user', { email, consent: false });
    const stepUpToken = await stepUp(e2e.server, admin, 'moderator_accredit');
    const accredited = await e2e.server.gql('mutation($u: ID!, $s: String) { accreditModerator(userId: $u, stepUpToken: $s) { role } }', { u: candidate.userId, s: stepUpToken }, { token: admin.token });
    expect(accredited.data.accreditModerator.role).toBe('moderator');

    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const operations = recordOperations(page);
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    await signInThroughUi(page, e2e.server, email, { next: '/vehicles', consent: false });
    await page.waitForURL(/\/cms$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(visited.filter((path) => path.startsWith('/consent'))).toEqual([]);
    // A product page sends the moderator back to the CMS, still without a consent request.
    await page.goto('/consent');
    await page.waitForURL(/\/cms$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(operations).toContain('VerifyLoginCode');
    expect(operations.filter((name) => /consent/i.test(name))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('my vehicles', () => {
  it('shows the disclaimer with the trust light on the list', async () => {
    const owner = await signInAs(e2e.server, 'user', { email: 'account-list@example.org' });
    await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', nickname: 'Elfer' });
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'account-list@example.org', { consent: false });
    await page.waitForURL(/\/vehicles$/);
    const card = page.getByRole('listitem').filter({ hasText: 'Elfer' });
    await card.getByText(/Trust-Ampel: (Grün|Gelb|Orange|Rot)/).waitFor();
    await page.getByText(DISCLAIMER, { exact: true }).waitFor();
    await checkPage(page, 'vehicles');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the vehicle limit and the extension it takes before the form, not after it', async () => {
    const owner = await signInAs(e2e.server, 'user', { email: 'account-limit@example.org' });
    await createVehicle(e2e.server, owner.token);
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    const sawForm = await watchFor(page, '#vin');
    await signInThroughUi(page, e2e.server, 'account-limit@example.org', { consent: false });
    await page.waitForURL(/\/vehicles$/);
    await page.getByText('Ihr Konto umfasst ein Fahrzeug').first().waitFor();
    expect(await page.getByRole('link', { name: 'Fahrzeug hinzufügen' }).count()).toBe(0);
    await page.goto('/vehicles/new');
    await page.getByRole('heading', { name: 'Fahrzeuglimit erreicht' }).waitFor();
    await page.getByText('Erweiterung „Weitere Fahrzeuge“').waitFor();
    expect(await sawForm()).toBe(false);
    await checkPage(page, 'vehicle-limit');
    // The limit holds for taking a vehicle over, too: said before the code is typed.
    await page.goto('/uebergabe');
    await page.getByRole('heading', { name: 'Fahrzeuglimit erreicht' }).waitFor();
    expect(await page.getByLabel('Übergabe-Code').count()).toBe(0);
    await page.goto('/vehicles/new');

    // With the extension the form is there.
    const em = e2e.server.app.services.orm.em.fork();
    em.create(Entitlement, { user: owner.userId, key: 'extra_vehicles' });
    await em.flush();
    await page.reload();
    await page.getByLabel('FIN (Fahrzeug-Identifizierungsnummer)').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pages through more vehicles than fit on one page', async () => {
    const dealer = await signInAs(e2e.server, 'dealer', { email: 'account-many@example.org' });
    for (let i = 1; i <= 23; i++) await createVehicle(e2e.server, dealer.token, { nickname: `Wagen ${String(i).padStart(2, '0')}` });
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'account-many@example.org', { consent: false });
    await page.waitForURL(/\/vehicles$/);
    const cards = page.getByTestId('vehicle-card');
    await cards.filter({ hasText: 'Wagen 20' }).waitFor();
    expect(await cards.count()).toBe(20);
    expect(await cards.filter({ hasText: 'Wagen 21' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Weitere laden' }).click();
    await cards.filter({ hasText: 'Wagen 23' }).waitFor();
    expect(await cards.count()).toBe(23);
    await expect.poll(() => page.getByRole('button', { name: 'Weitere laden' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names the field and the limit when the form is refused', async () => {
    const other = await signInAs(e2e.server, 'dealer');
    const { vin: takenVin } = await createVehicle(e2e.server, other.token);
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'account-form@example.org', { next: '/vehicles/new' });
    await page.waitForURL(/\/vehicles\/new$/);
    const submit = page.getByRole('button', { name: 'Fahrzeug anlegen' });
    const fin = page.getByLabel('FIN (Fahrzeug-Identifizierungsnummer)');
    const make = page.getByLabel('Marke');
    const year = page.getByLabel('Baujahr');
    await fin.fill(fakeVin());
    await page.getByLabel('Modell', { exact: true }).fill('Golf');
    await submit.click();
    await expect.poll(() => make.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => describedBy(page, 'Marke')).toContain('Bitte geben Sie die Marke an (höchstens 80 Zeichen).');

    await make.fill('Volkswagen');
    await year.fill('2099');
    await submit.click();
    const nextYear = new Date().getFullYear() + 1;
    await expect.poll(() => describedBy(page, 'Baujahr')).toContain(`zwischen 1886 und ${nextYear}`);
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    expect(await make.getAttribute('aria-invalid')).not.toBe('true');

    await year.fill('2015');
    await fin.fill(takenVin);
    await submit.click();
    await expect.poll(() => describedBy(page, 'FIN (Fahrzeug-Identifizierungsnummer)')).toContain('bereits registriert');
    const message = await describedBy(page, 'FIN (Fahrzeug-Identifizierungsnummer)');
    expect(message).toContain('Übergabe');
    expect(message).not.toMatch(/erneut|nicht geklappt/);
    await checkPage(page, 'vehicle-new-errors');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** The texts an input's aria-describedby points at. */
function describedBy(page: Page, label: string): Promise<string> {
  return page.getByLabel(label, { exact: true }).evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

describe('transfers', () => {
  it('says that no transfer matches a wrong code, at the code field', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, 'account-redeem@example.org', { next: '/uebergabe' });
    await page.waitForURL(/\/uebergabe$/);
    await page.getByLabel('Übergabe-Code').fill('falscher-code');
    await page.getByRole('button', { name: 'Fahrzeug übernehmen' }).click();
    await expect.poll(() => describedBy(page, 'Übergabe-Code')).toContain('Zu diesem Übergabe-Code wurde keine Übergabe gefunden');
    expect(await page.getByText('Nicht gefunden.', { exact: true }).count()).toBe(0);
    await checkPage(page, 'redeem-transfer');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('login', () => {
  it('focuses the e-mail field, then the code field once the code is sent', async () => {
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await page.goto('/login');
    await page.getByLabel('E-Mail-Adresse').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('email');
    await checkPage(page, 'login');
    await page.keyboard.type('account-focus@example.org');
    await page.keyboard.press('Enter');
    await page.getByLabel('Anmeldecode').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('code');
    await checkPage(page, 'login-code-sent');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('signing out and another account signing in', () => {
  /** Marks the current document: a full page load (which empties the client's cache) drops the mark. */
  const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { earlierDocument: boolean }).earlierDocument = true));
  const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { earlierDocument?: boolean }).earlierDocument === true);

  it('signing out loads the app afresh, so the next person sees nothing of the account', async () => {
    const owner = await signInAs(e2e.server, 'user');
    await createVehicle(e2e.server, owner.token, { make: 'Porsche', model: '911', nickname: 'Abmelde-Test' });
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, owner.email, { next: '/vehicles', consent: false });
    await page.getByText('Abmelde-Test').waitFor();
    await markDocument(page);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('link', { name: 'Anmelden' }).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await sameDocument(page)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('when a session ended and another account signs in in the same tab, the app loads afresh', async () => {
    const first = await signInAs(e2e.server, 'user');
    const second = await signInAs(e2e.server, 'user');
    await createVehicle(e2e.server, first.token, { make: 'Porsche', model: '911', nickname: 'Erstes Konto' });
    const { page, context } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, first.email, { next: '/vehicles', consent: false });
    await page.getByText('Erstes Konto').waitFor();
    await markDocument(page);
    // The first account's session ends on the server (expired, or signed out on another device).
    await e2e.server.app.services.orm.em.fork().nativeUpdate(Session, { user: first.userId }, { revokedAt: new Date() });
    // In the app: home, then the list again, which the server now refuses, so the app itself shows the login.
    await page.locator('a.brand').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: 'Meine Fahrzeuge' }).click();
    await page.waitForURL(/\/login\?next=/);
    expect(await sameDocument(page)).toBe(true);
    await signInThroughUi(page, e2e.server, second.email, { consent: false, onLoginPage: true });
    await page.getByRole('heading', { name: 'Meine Fahrzeuge' }).waitFor();
    expect(await sameDocument(page)).toBe(false);
    expect(await page.getByText('Erstes Konto').count()).toBe(0);
    await context.close();
  });
});

describe('API tokens', () => {
  it('copies a new token, confirms before revoking and pages through the list by keyboard', async () => {
    const dealer = await signInAs(e2e.server, 'dealer', { email: 'account-tokens@example.org' });
    const CREATE = 'mutation($n: String!) { createApiToken(name: $n, scope: read, expiresInDays: 30) { apiToken { id } } }';
    const ids: string[] = [];
    // 24 tokens, at most 20 active at a time: revoke the first five.
    for (let i = 1; i <= 24; i++) {
      const created = await e2e.server.gql(CREATE, { n: `System ${String(i).padStart(2, '0')}` }, { token: dealer.token });
      ids.push(created.data.createApiToken.apiToken.id);
      if (i === 5) for (const id of ids) await e2e.server.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, { token: dealer.token });
    }
    const { page, context, errors } = await newPage(e2e.browser, e2e.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await signInThroughUi(page, e2e.server, 'account-tokens@example.org', { next: '/tokens', consent: false });
    await page.waitForURL(/\/tokens$/);

    // Newest first, 20 to a page: the oldest four wait behind "Weitere laden".
    const rows = page.getByTestId('token-row');
    await rows.filter({ hasText: 'System 24' }).waitFor();
    expect(await rows.count()).toBe(20);
    await page.getByRole('button', { name: 'Weitere laden' }).click();
    await rows.filter({ hasText: 'System 01' }).waitFor();
    expect(await rows.count()).toBe(24);

    // The table scrolls on a phone: reachable by keyboard.
    const region = page.getByRole('region', { name: 'Ihre API-Tokens' });
    expect(await region.getAttribute('tabindex')).toBe('0');

    await page.getByLabel('Name').fill('Werkstatt');
    await page.getByRole('button', { name: 'Token erstellen' }).click();
    const created = await page.getByLabel('Neues Token').inputValue();
    expect(created.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Token kopieren' }).click();
    await page.getByRole('status').filter({ hasText: 'Kopiert' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(created);
    // The list shows the new token without a reload.
    await rows.filter({ hasText: 'Werkstatt' }).waitFor();
    await checkPage(page, 'api-tokens-list');

    // Revoking asks first; "Abbrechen" leaves the token active.
    const row = rows.filter({ hasText: 'System 24' });
    await row.getByRole('button', { name: 'Token „System 24“ widerrufen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Token widerrufen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.getByText('Widerrufen', { exact: true }).count()).toBe(0);
    await row.getByRole('button', { name: 'Token „System 24“ widerrufen' }).click();
    await dialog.getByRole('button', { name: 'Widerrufen' }).click();
    await row.getByText('Widerrufen', { exact: true }).waitFor();
    const newest = await e2e.server.gql('{ myApiTokens(first: 2) { edges { node { name revokedAt } } } }', {}, { token: dealer.token });
    expect(newest.data.myApiTokens.edges.map((edge: { node: { name: string; revokedAt: string | null } }) => [edge.node.name, edge.node.revokedAt !== null])).toEqual([
      ['Werkstatt', false],
      ['System 24', true],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
