import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { EntryType } from '../entries/service-entry.entity.ts';
import type { CertificatePayload } from './certificates.service.ts';

/**
 * The certificate as a PDF (SPEC §22), drawn from the signed payload alone, so every download of
 * one certificate shows the same content. Black on white with grey rules only: it must read the
 * same when printed in black and white (the trust light is named in words, not only coloured).
 * IBM Plex Sans is embedded (German umlauts and typographic quotes); hashes use the built-in
 * Courier, whose glyphs tell 0/O and 1/l apart.
 */

const font = (file: string) => readFileSync(fileURLToPath(import.meta.resolve(`@fontsource/ibm-plex-sans/files/${file}`)));
const FONTS = { regular: font('ibm-plex-sans-latin-400-normal.woff'), bold: font('ibm-plex-sans-latin-600-normal.woff'), italic: font('ibm-plex-sans-latin-400-italic.woff') };

const ENTRY_TYPE_LABELS: Record<EntryType, string> = {
  service: 'Service',
  inspection: 'Inspektion',
  repair: 'Reparatur',
  modification: 'Umbau',
  tires: 'Reifen',
  accident: 'Unfall',
  restoration: 'Restaurierung',
  other: 'Sonstiges',
};
const LIGHT_LABELS: Record<string, string> = { gruen: 'Grün', gelb: 'Gelb', orange: 'Orange', rot: 'Rot' };
const LIGHT_COLOURS: Record<string, string> = { gruen: '#1b7a3a', gelb: '#d9a400', orange: '#d86a00', rot: '#b3261e' };
const LEVEL_LABELS: Record<string, string> = { hoch: 'Hoch', mittel: 'Mittel', niedrig: 'Niedrig' };
const PRESENCE_LABELS: Record<string, string> = { vorhanden: 'Vorhanden', nicht_vorhanden: 'Nicht vorhanden' };

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FOOTER_Y = PAGE.height - PAGE.margin + 14;
const BOTTOM = PAGE.height - PAGE.margin - 16;
const INK = '#000000';
const MUTED = '#444444';
const RULE = '#9a9a9a';

/** "12.03.2026" in the product's time zone. */
const germanDate = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso));
const germanDateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso)) + ' Uhr';
/** "2026-03-12" as 12.03.2026 (a calendar date, no time zone). */
const calendarDate = (date: string) => (/^(\d{4})-(\d{2})-(\d{2})$/.exec(date) ? date.split('-').reverse().join('.') : date);
const kilometres = (km: number | null) => (km === null ? '–' : `${new Intl.NumberFormat('de-DE').format(km)} km`);
/** A hex hash in groups of eight, as the public check shows it: easy to compare by eye. */
export const groupedHex = (hex: string) => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

export interface CertificateLinks {
  /** LTC_PUBLIC_BASE_URL/v/<id>: the QR code's target. */
  checkUrl: string;
  /** Where the public keys are published. */
  keyUrl: string;
}

export async function certificatePdf(payload: CertificatePayload, signature: string, links: CertificateLinks): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    bufferPages: true,
    info: { Title: `Nachweis-Zertifikat ${payload.vehicle.make} ${payload.vehicle.model}`, Author: 'Service Heft 4.0', Subject: 'Nachweis-Zertifikat', CreationDate: new Date(payload.issuedAt) },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = PAGE.margin;
  const qrSize = 112;
  const qrX = PAGE.width - PAGE.margin - qrSize;

  // Header: title and vehicle on the left, the QR code to the public check on the right.
  doc.fillColor(INK).font('bold').fontSize(24).text('Nachweis-Zertifikat', left, PAGE.margin, { width: qrX - left - 16 });
  doc.font('regular').fontSize(10).fillColor(MUTED).text('Service Heft 4.0 – geprüfte Fahrzeughistorie', { width: qrX - left - 16 });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(16).fillColor(INK).text(`${payload.vehicle.make} ${payload.vehicle.model}`, { width: qrX - left - 16 });
  doc.moveDown(0.3);
  facts(doc, [
    ['Baujahr', payload.vehicle.buildYear === null ? 'nicht angegeben' : String(payload.vehicle.buildYear)],
    ['FIN (maskiert)', payload.vehicle.vinMasked],
    ['Ausgestellt am', germanDateTime(payload.issuedAt)],
    ['Gültig bis', germanDate(payload.validUntil)],
  ], qrX - left - 16);
  drawQr(doc, links.checkUrl, qrX, PAGE.margin, qrSize);
  doc.font('regular').fontSize(7.5).fillColor(MUTED).text('Echtheit und Status prüfen:', qrX - 20, PAGE.margin + qrSize + 4, { width: qrSize + 20, align: 'center' });
  doc.font('Courier').fontSize(6.5).text(links.checkUrl.replace(/^https?:\/\//, ''), qrX - 20, doc.y + 1, { width: qrSize + 20, align: 'center' });
  doc.x = left;
  doc.y = Math.max(doc.y, PAGE.margin + qrSize + 36);

  // Trust summary with the disclaimer.
  section(doc, 'Vertrauensbewertung');
  const lightY = doc.y;
  doc.circle(left + 7, lightY + 7, 6).fillAndStroke(LIGHT_COLOURS[payload.trust.light] ?? '#777777', INK);
  doc.fillColor(INK).font('bold').fontSize(12).text(`Trust-Ampel: ${LIGHT_LABELS[payload.trust.light] ?? payload.trust.light}`, left + 20, lightY, { width: CONTENT_WIDTH - 20 });
  doc.font('regular').fontSize(10).text(payload.trust.hint, left + 20, doc.y + 1, { width: CONTENT_WIDTH - 20 });
  doc.x = left;
  doc.moveDown(0.4);
  facts(doc, [
    ['Verifizierungsstufe', LEVEL_LABELS[payload.trust.verificationLevel] ?? payload.trust.verificationLevel],
    ['Historie', PRESENCE_LABELS[payload.trust.historyStatus] ?? payload.trust.historyStatus],
    ['Nachweise', PRESENCE_LABELS[payload.trust.evidenceStatus] ?? payload.trust.evidenceStatus],
    ['Unfallstatus', payload.trust.accidentStatusLabel],
  ], CONTENT_WIDTH);
  doc.moveDown(0.4);
  doc.font('italic').fontSize(9).fillColor(MUTED).text(payload.trust.disclaimer, left, doc.y, { width: CONTENT_WIDTH });
  doc.fillColor(INK);

  // Fingerprint of the whole history.
  section(doc, 'Fingerabdruck der Historie (SHA-256 der Hash-Kette)');
  doc.font('Courier-Bold').fontSize(10.5).fillColor(INK).text(groupedHex(payload.chainFingerprint), left, doc.y, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(8.5).fillColor(MUTED).text('Stimmt dieser Wert mit der Prüfseite überein, beschreibt dieses Zertifikat die Historie, wie sie zum Ausstellungszeitpunkt gespeichert war.', { width: CONTENT_WIDTH });
  doc.fillColor(INK);

  // The entries.
  section(doc, `Einträge (${payload.entries.length})`);
  entriesTable(doc, payload);

  // Signature.
  ensureSpace(doc, 90);
  section(doc, 'Digitale Signatur');
  doc.font('regular').fontSize(8.5).fillColor(MUTED).text(
    `Ed25519-Signatur über den kanonischen JSON-Datensatz dieses Zertifikats (Format ${payload.format}), Schlüssel ${payload.keyId}. Öffentlicher Schlüssel: ${links.keyUrl}`,
    left,
    doc.y,
    { width: CONTENT_WIDTH },
  );
  doc.font('Courier').fontSize(7.5).fillColor(INK).text(signature, { width: CONTENT_WIDTH });

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin: without this, pdfkit would start a new page for it.
    doc.page.margins.bottom = 0;
    doc.moveTo(left, FOOTER_Y - 6).lineTo(PAGE.width - PAGE.margin, FOOTER_Y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(`Zertifikat ${payload.certificateId} · ${payload.vehicle.make} ${payload.vehicle.model} · ausgestellt ${germanDate(payload.issuedAt)}`, left, FOOTER_Y, { width: CONTENT_WIDTH - 80, lineBreak: false });
    doc.text(`Seite ${index - range.start + 1} von ${range.count}`, PAGE.width - PAGE.margin - 80, FOOTER_Y, { width: 80, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}

type Doc = InstanceType<typeof PDFDocument>;

function section(doc: Doc, title: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.9);
  doc.font('bold').fontSize(12).fillColor(INK).text(title, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  doc.moveTo(PAGE.margin, doc.y + 1).lineTo(PAGE.width - PAGE.margin, doc.y + 1).lineWidth(0.75).strokeColor(INK).stroke();
  doc.y += 6;
}

/** Label–value rows in two columns. */
function facts(doc: Doc, rows: [string, string][], width: number): void {
  const left = PAGE.margin;
  const labelWidth = 120;
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('regular').fontSize(10).fillColor(MUTED).text(label, left, y, { width: labelWidth });
    doc.font('bold').fontSize(10).fillColor(INK).text(value, left + labelWidth, y, { width: width - labelWidth });
    doc.y = Math.max(doc.y, y) + 2;
  }
  doc.x = left;
}

function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > BOTTOM) {
    doc.addPage();
    doc.y = PAGE.margin;
  }
}

const COLUMNS = [
  { title: 'Datum', width: 62 },
  { title: 'km-Stand', width: 70, align: 'right' as const },
  { title: 'Art', width: 78 },
  { title: 'Durchgeführt von', width: 175 },
  { title: 'Stufe', width: 40 },
  { title: 'Nachweise', width: 74 },
];

function tableHeader(doc: Doc): void {
  const y = doc.y;
  let x = PAGE.margin;
  doc.font('bold').fontSize(8.5).fillColor(INK);
  for (const column of COLUMNS) {
    doc.text(column.title, x + (column.align === 'right' ? 0 : 0), y, { width: column.width - 8, align: column.align ?? 'left' });
    x += column.width;
  }
  doc.y = y + 13;
  doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.width - PAGE.margin, doc.y).lineWidth(0.5).strokeColor(INK).stroke();
  doc.y += 4;
}

function entriesTable(doc: Doc, payload: CertificatePayload): void {
  if (payload.entries.length === 0) {
    doc.font('regular').fontSize(10).text('Keine Einträge.', PAGE.margin, doc.y);
    return;
  }
  tableHeader(doc);
  for (const entry of payload.entries) {
    const hashLines = entry.evidenceSha256.length;
    const rowHeight = 14 + hashLines * 10;
    if (doc.y + rowHeight > BOTTOM) {
      doc.addPage();
      doc.y = PAGE.margin;
      tableHeader(doc);
    }
    const y = doc.y;
    const cells = [
      calendarDate(entry.date),
      kilometres(entry.odometerKm),
      ENTRY_TYPE_LABELS[entry.type as EntryType] ?? entry.type,
      entry.performedBy,
      entry.effectiveLevel,
      hashLines === 0 ? 'keine' : hashLines === 1 ? '1 Dokument' : `${hashLines} Dokumente`,
    ];
    let x = PAGE.margin;
    let bottom = y;
    cells.forEach((cell, index) => {
      const column = COLUMNS[index]!;
      doc.font(index === 4 ? 'bold' : 'regular').fontSize(9).fillColor(INK).text(cell, x, y, { width: column.width - 8, align: column.align ?? 'left' });
      bottom = Math.max(bottom, doc.y);
      x += column.width;
    });
    doc.y = bottom + 1;
    for (const hash of entry.evidenceSha256) {
      doc.font('Courier').fontSize(7.5).fillColor(MUTED).text(`SHA-256 ${hash}`, PAGE.margin + COLUMNS[0]!.width, doc.y, { width: CONTENT_WIDTH - COLUMNS[0]!.width });
    }
    doc.y += 3;
    doc.moveTo(PAGE.margin, doc.y).lineTo(PAGE.width - PAGE.margin, doc.y).lineWidth(0.4).strokeColor(RULE).stroke();
    doc.y += 4;
  }
  doc.x = PAGE.margin;
  doc.fillColor(INK);
}

/** The QR code drawn as vector squares: sharp at any print size. */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  doc.fillColor(INK);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill(INK);
  doc.restore();
}
