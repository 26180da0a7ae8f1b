import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { signInAs } from '../harness.ts';
import { GENEROUS_LIMITS } from '../step-up.ts';
import { addEntry, createVehicle, insertDocument } from '../vehicle-fixtures.ts';
import { checkPage, newPage, serverAndBrowser, signInThroughUi } from './browser.ts';

vi.setConfig({ testTimeout: 300_000 });

// A CommonJS bundle whose typings declare an ES default export: the function is `.default`.
const jsQR = jsQRModule.default;

const e2e = serverAndBrowser(GENEROUS_LIMITS);
const work = mkdtempSync(path.join(tmpdir(), 'ltc-certificate-'));

afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
});

/** The first page of a PDF as a PNG (Debian's poppler-utils), and as raw pixels for the QR reader. */
function renderFirstPage(pdfPath: string): { png: string; qrUrl: string | null } {
  const base = path.join(work, 'page');
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', pdfPath, base]);
  // PPM (P6) is trivial to read: header, then RGB bytes.
  execFileSync('pdftoppm', ['-r', '110', '-f', '1', '-l', '1', '-singlefile', pdfPath, base]);
  const ppm = readFileSync(`${base}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    rgba.set([rgb[pixel * 3]!, rgb[pixel * 3 + 1]!, rgb[pixel * 3 + 2]!, 255], pixel * 4);
  }
  return { png: `${base}.png`, qrUrl: jsQR(rgba, width, height)?.data ?? null };
}

describe('certificate', () => {
  it('the owner generates and downloads a certificate; its QR code leads an anonymous visitor to the check page; revoking shows there', async () => {
    const email = `certificate-${process.pid}@example.org`;
    const owner = await signInAs(e2e.server, 'user', { email });
    const { id: vehicleId, vin } = await createVehicle(e2e.server, owner.token, { make: 'Mercedes-Benz', model: '190 E „Baby-Benz“', buildYear: 1989, accidentStatus: 'unfallfrei', physicalServiceBook: true });
    await addEntry(e2e.server, owner.token, vehicleId, { date: '2023-03-14', odometerKm: 151_200, documentIds: [await insertDocument(e2e.server, vehicleId, owner.userId)] });
    await addEntry(e2e.server, owner.token, vehicleId, { date: '2024-04-02', odometerKm: 163_950, type: 'repair', performedBy: 'EIGENLEISTUNG' });
    await addEntry(e2e.server, owner.token, vehicleId, { date: '2025-05-20', odometerKm: 171_020, type: 'tires', performedBy: 'REIFENSERVICE' });

    const { page, errors } = await newPage(e2e.browser, e2e.server);
    await signInThroughUi(page, e2e.server, email, { next: `/vehicles/${vehicleId}`, consent: false });
    await page.waitForURL((url) => url.pathname === `/vehicles/${vehicleId}`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Nachweis-Zertifikat' }) });
    await section.getByText('Noch kein Zertifikat erstellt.').waitFor();

    // Generating downloads the PDF at once.
    const downloaded = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Zertifikat erstellen' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/^nachweis-zertifikat-.+\.pdf$/);
    const pdfPath = path.join(work, 'zertifikat.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByRole('status').filter({ hasText: 'Zertifikat erstellt.' }).waitFor();
    const listed = section.getByTestId('certificate');
    await listed.filter({ hasText: 'Gültig' }).waitFor();
    expect(await listed.textContent()).toContain('3 Einträge');
    await checkPage(page, 'vehicle-certificates');

    // The PDF's first page: looked at by eye (docs/screenshots/certificate-page1.png); the QR code read back.
    const { png, qrUrl } = renderFirstPage(pdfPath);
    if (process.env.LTC_UPDATE_SCREENSHOTS === '1') copyFileSync(png, path.resolve(import.meta.dirname, '../../docs/screenshots/certificate-page1.png'));
    // The QR code holds LTC_PUBLIC_BASE_URL/v/<id> (in tests the base names no real port: the path is opened on the test server).
    expect(qrUrl).toMatch(/\/v\/[A-Za-z0-9_-]{24}$/);
    const checkPath = new URL(qrUrl!).pathname;
    expect(qrUrl).toBe(`${e2e.server.app.services.config.publicBaseUrl}${checkPath}`);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
    expect(text).toContain('Nachweis-Zertifikat');
    expect(text).toContain('190 E „Baby-Benz“');
    expect(text).toContain(`${vin.slice(0, 3)}***${vin.slice(-4)}`);
    expect(text).not.toContain(vin);
    expect(text.replace(/\s+/g, ' ')).toContain('keine Aussage über den technischen Zustand');
    expect(text).toMatch(/14\.03\.2023\s+151\.200 km\s+Service/);
    expect(text).toContain('Eigenleistung');

    // A buyer scans the QR code: a fresh anonymous browser.
    const buyer = await newPage(e2e.browser, e2e.server);
    await buyer.page.goto(checkPath);
    await buyer.page.getByRole('heading', { name: 'Status: Gültig' }).waitFor();
    await buyer.page.getByRole('heading', { level: 1, name: 'Mercedes-Benz 190 E „Baby-Benz“' }).waitFor();
    const fingerprint = (await buyer.page.getByTestId('fingerprint').textContent())!.replace(/\s/g, '');
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(text.replace(/\s/g, '')).toContain(fingerprint);
    expect(await buyer.page.content()).not.toContain(vin.slice(-4));
    await checkPage(buyer.page, 'certificate-check');

    // The owner revokes it: the check says so.
    await listed.getByRole('button', { name: 'Widerrufen' }).click();
    await listed.getByRole('button', { name: 'Ja, widerrufen' }).click();
    await page.getByRole('status').filter({ hasText: 'Zertifikat widerrufen.' }).waitFor();
    await listed.filter({ hasText: 'Widerrufen' }).first().waitFor();
    await buyer.page.reload();
    await buyer.page.getByRole('heading', { name: 'Status: Widerrufen' }).waitFor();
    await checkPage(buyer.page, 'certificate-check-revoked');

    // Unknown ids: "not available", as the public page answers unknown tokens.
    await buyer.page.goto('/v/AAAAAAAAAAAAAAAAAAAAAAAA');
    await buyer.page.getByRole('heading', { name: 'Diese Fahrzeugseite ist nicht verfügbar' }).waitFor();

    expect(errors).toEqual([]);
    expect(buyer.errors).toEqual([]);
    await buyer.context.close();
  });
});
