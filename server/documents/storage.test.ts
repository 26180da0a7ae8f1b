import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3RVER_CREDENTIALS, startS3, type S3Server } from '../../test/s3.ts';
import { DomainError } from '../errors.ts';
import { contentDisposition } from './download.ts';
import { S3DocumentStore } from './s3-document-store.ts';
import { contentTypeFromMagicBytes, FileDocumentStore, sanitizeFilename, stageUpload, type DocumentStore } from './storage.ts';
import { htmlFile, jpegFile, pdfFile, pngFile } from './test-files.ts';
import { tempDir } from '../../test/temp-dirs.ts';

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
    const dir = tempDir('ltc-store-');
    const png = pngFile();
    const stored = await stageUpload(dir, chunks(png.subarray(0, 1), png.subarray(1, 3), png.subarray(3)), 1024);
    expect(stored.contentType).toBe('image/png');
    expect(stored.sizeBytes).toBe(png.length);
  });

  it('an upload that fails mid-stream leaves no file behind', async () => {
    const dir = tempDir('ltc-store-');
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

// Both backends pass the same contract; the S3 one against a real S3-protocol server (s3rver) on loopback.
let s3: S3Server;
beforeAll(async () => {
  s3 = await startS3();
});
afterAll(async () => s3.stop());

const s3Config = (bucket: string) => ({ backend: 's3' as const, bucket, region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials: S3RVER_CREDENTIALS });

/** A store on a fresh storage folder (and, for S3, a fresh bucket). */
const backends: [string, () => Promise<{ store: DocumentStore; storageDir: string }>][] = [
  [
    'filesystem',
    async () => {
      const storageDir = tempDir('ltc-store-');
      return { store: new FileDocumentStore(storageDir), storageDir };
    },
  ],
  [
    's3',
    async () => {
      const storageDir = tempDir('ltc-store-');
      const bucket = `ltc-${randomBytes(6).toString('hex')}`;
      const client = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: S3RVER_CREDENTIALS });
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      client.destroy();
      return { store: new S3DocumentStore(s3Config(bucket), storageDir), storageDir };
    },
  ],
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(backends)('document store contract: %s', (_name, newStore) => {
  it('nothing is visible under a key before put; afterwards the same bytes, SHA-256 and size, and the temp file is gone', async () => {
    const { store, storageDir } = await newStore();
    const bytes = Buffer.concat([pdfFile(), randomBytes(200_000)]);
    const staged = await stageUpload(storageDir, chunks(bytes), 1024 * 1024);
    expect(await store.keys(-Infinity)).not.toContain(staged.storageKey);
    await expect(store.open(staged.storageKey).then(buffer)).rejects.toThrow();

    const stored = await store.put(staged);
    expect(stored).toEqual({ storageKey: staged.storageKey, contentType: 'application/pdf', sizeBytes: bytes.length, sha256: sha256(bytes) });
    const read = await buffer(await store.open(stored.storageKey));
    expect(read.length).toBe(bytes.length);
    expect(sha256(read)).toBe(stored.sha256);
    expect(await store.keys(-Infinity)).toEqual([stored.storageKey]);
    expect(existsSync(staged.tempPath)).toBe(false);
  });

  it('refuses a file of no allowed type and stores nothing', async () => {
    const { store, storageDir } = await newStore();
    const staged = await stageUpload(storageDir, chunks(htmlFile()), 1024);
    await expect(store.put(staged)).rejects.toMatchObject({ reason: 'unsupported_file_type' } satisfies Partial<DomainError>);
    expect(await store.keys(-Infinity)).toEqual([]);
  });

  it('lists keys by age, removes them, and a missing key is fine to remove', async () => {
    const { store, storageDir } = await newStore();
    const { storageKey } = await store.put(await stageUpload(storageDir, chunks(pngFile()), 1024));
    expect(await store.keys(60_000)).toEqual([]);
    expect(await store.keys(60_000, Date.now() + 120_000)).toEqual([storageKey]);
    await store.remove(storageKey);
    expect(await store.keys(-Infinity)).toEqual([]);
    await expect(store.open(storageKey).then(buffer)).rejects.toThrow();
    await expect(store.remove(storageKey)).resolves.toBeUndefined();
    await expect(store.remove('f'.repeat(64))).resolves.toBeUndefined();
  });

  it('gives the scanners a local file with the stored bytes, and refuses keys that are not storage keys', async () => {
    const { store, storageDir } = await newStore();
    const jpeg = jpegFile();
    const { storageKey } = await store.put(await stageUpload(storageDir, chunks(jpeg), 1024));
    expect(await store.withLocalCopy(storageKey, async (file) => readFileSync(file))).toEqual(jpeg);
    expect(await store.keys(-Infinity)).toEqual([storageKey]);
    for (const bad of ['../../etc/passwd', `${storageKey}/x`, storageKey.toUpperCase()]) await expect(store.open(bad)).rejects.toThrow('invalid storage key');
    // A downloaded copy is removed again; the only files left locally are the stored ones (filesystem).
    expect(readdirSync(path.join(storageDir, 'documents', 'tmp'))).toEqual([]);
  });

  it('check() passes when documents can be stored and fails when not', async () => {
    const { store } = await newStore();
    await expect(store.check()).resolves.toBeUndefined();
  });
});

describe('document store check() fails', () => {
  it('on a storage folder that cannot hold files', async () => {
    const notAFolder = path.join(tempDir('ltc-store-'), 'file');
    writeFileSync(notAFolder, '');
    await expect(new FileDocumentStore(notAFolder).check()).rejects.toThrow();
  });

  it('on a bucket that does not exist', async () => {
    const storageDir = tempDir('ltc-store-');
    await expect(new S3DocumentStore(s3Config('ltc-no-such-bucket'), storageDir).check()).rejects.toThrow();
  });
});
