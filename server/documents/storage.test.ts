import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { contentDisposition } from './download.ts';
import { contentTypeFromMagicBytes, sanitizeFilename, stageUpload } from './storage.ts';
import { htmlFile, jpegFile, pdfFile, pngFile } from './test-files.ts';

async function* chunks(...parts: Buffer[]) {
  for (const part of parts) yield part;
}

describe('document storage', () => {
  it('decides the type by magic bytes only', () => {
    expect(contentTypeFromMagicBytes(pdfFile())).toBe('application/pdf');
    expect(contentTypeFromMagicBytes(pngFile())).toBe('image/png');
    expect(contentTypeFromMagicBytes(jpegFile())).toBe('image/jpeg');
    expect(contentTypeFromMagicBytes(htmlFile())).toBeNull();
    expect(contentTypeFromMagicBytes(Buffer.from('%PD'))).toBeNull();
    expect(contentTypeFromMagicBytes(new Uint8Array(0))).toBeNull();
  });

  it('reads the magic bytes even when the first chunk is tiny', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ltc-store-'));
    const png = pngFile();
    const stored = await stageUpload(dir, chunks(png.subarray(0, 1), png.subarray(1, 3), png.subarray(3)), 1024);
    expect(stored.contentType).toBe('image/png');
    expect(stored.sizeBytes).toBe(png.length);
  });

  it('an upload that fails mid-stream leaves no file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ltc-store-'));
    async function* aborted() {
      yield pdfFile();
      throw new Error('client went away');
    }
    await expect(stageUpload(dir, aborted(), 1024 * 1024)).rejects.toThrow('client went away');
    await expect(stageUpload(dir, chunks(pdfFile(), Buffer.alloc(2048)), 1024)).rejects.toMatchObject({ reason: 'file_too_large' } satisfies Partial<DomainError>);
    expect(readdirSync(path.join(dir, 'documents')).filter((name) => name !== 'tmp')).toEqual([]);
    expect(readdirSync(path.join(dir, 'documents', 'tmp'))).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });

  it('keeps only a harmless last path segment of the original name', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\max\\Rechnung.pdf')).toBe('Rechnung.pdf');
    expect(sanitizeFilename('.htaccess')).toBe('htaccess');
    expect(sanitizeFilename('a\u0000b\u202ecod.pdf')).toBe('abcod.pdf');
    expect(sanitizeFilename('')).toBe('dokument');
    expect(sanitizeFilename('x'.repeat(500)).length).toBe(200);
  });

  it('builds an attachment header with the stored type as extension', () => {
    expect(contentDisposition('Prüfbericht.pdf', 'application/pdf')).toBe(`attachment; filename="Prufbericht.pdf"; filename*=UTF-8''Pr%C3%BCfbericht.pdf`);
    expect(contentDisposition('foto.pdf', 'image/png')).toBe(`attachment; filename="foto.png"; filename*=UTF-8''foto.png`);
    expect(contentDisposition('a"b;c', 'image/jpeg')).toBe(`attachment; filename="a_b_c.jpg"; filename*=UTF-8''a%22b%3Bc.jpg`);
  });
});
