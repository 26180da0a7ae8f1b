import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../errors.ts';
import type { DocumentContentType } from './document.entity.ts';

/** Stored files live in <storage>/documents/<key>; uploads in progress in <storage>/documents/tmp. */
const DOCUMENTS_DIR = 'documents';
const TEMP_DIR = 'tmp';
const KEY_PATTERN = /^[a-f0-9]{64}$/;

export interface StoredFile {
  storageKey: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  sha256: string;
}

/**
 * The allow-list of SPEC §6, decided by the first bytes of the file only (never the name or the
 * MIME type the client claims).
 */
export function contentTypeFromMagicBytes(head: Uint8Array): DocumentContentType | null {
  const startsWith = (...bytes: number[]) => bytes.every((byte, index) => head[index] === byte);
  if (startsWith(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // "%PDF-"
  if (startsWith(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (startsWith(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}

const MAGIC_BYTES_NEEDED = 8;

/** An upload written to a temp file (hashed, sized, typed), not yet stored under its key. */
export interface StagedFile {
  storageKey: string;
  tempPath: string;
  /** Null when the first bytes match no allowed type: refused at commit. */
  contentType: DocumentContentType | null;
  sizeBytes: number;
  sha256: string;
}

/**
 * Writes an upload to a temp file (<storage>/documents/tmp/<key>.part) while hashing it and
 * counting its size, then fsyncs it: the bytes go to disk as they arrive, never into memory.
 * On any failure (too large, aborted stream, disk error) the temp file is removed.
 */
export async function stageUpload(storageDir: string, source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StagedFile> {
  const tempDir = path.join(storageDir, DOCUMENTS_DIR, TEMP_DIR);
  await mkdir(tempDir, { recursive: true });
  const storageKey = randomBytes(32).toString('hex');
  const tempPath = path.join(tempDir, `${storageKey}.part`);
  const handle = await open(tempPath, 'wx', 0o600);
  try {
    const hash = createHash('sha256');
    let head: Uint8Array = new Uint8Array(0);
    let sizeBytes = 0;
    for await (const chunk of source) {
      sizeBytes += chunk.byteLength;
      if (sizeBytes > maxBytes) throw badInput('file_too_large', `The file exceeds the limit of ${maxBytes} bytes`);
      if (head.byteLength < MAGIC_BYTES_NEEDED) head = concat(head, chunk.subarray(0, MAGIC_BYTES_NEEDED - head.byteLength));
      hash.update(chunk);
      await handle.write(chunk);
    }
    await handle.sync();
    await handle.close();
    return { storageKey, tempPath, contentType: contentTypeFromMagicBytes(head), sizeBytes, sha256: hash.digest('hex') };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await discardStagedFile({ tempPath });
    throw error;
  }
}

/** Checks the staged file's type and moves it under its key (durably); afterwards it is a stored file. */
export async function commitStagedFile(storageDir: string, staged: StagedFile): Promise<StoredFile> {
  const { contentType } = staged;
  if (!contentType) throw badInput('unsupported_file_type', 'Only PDF, PNG and JPEG files are accepted');
  await rename(staged.tempPath, storedPath(storageDir, staged.storageKey));
  await syncDirectory(path.join(storageDir, DOCUMENTS_DIR));
  return { storageKey: staged.storageKey, contentType, sizeBytes: staged.sizeBytes, sha256: staged.sha256 };
}

/** Removes a staged file; one already committed or removed is fine. */
export async function discardStagedFile(staged: Pick<StagedFile, 'tempPath'>): Promise<void> {
  await unlink(staged.tempPath).catch(() => undefined);
}

/** Makes the rename itself durable (the directory entry), not only the file's bytes. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

/** The path of a stored file; the key is checked so it can never name anything else. */
export function storedPath(storageDir: string, storageKey: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error('invalid storage key');
  return path.join(storageDir, DOCUMENTS_DIR, storageKey);
}

export const openStoredFile = (storageDir: string, storageKey: string): ReadStream => createReadStream(storedPath(storageDir, storageKey));

/** Removes a stored file; a file that is already gone is fine. */
export async function removeStoredFile(storageDir: string, storageKey: string): Promise<void> {
  await unlink(storedPath(storageDir, storageKey)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/** Keys of stored files last written more than `olderThanMs` ago. */
export async function storedFileKeys(storageDir: string, olderThanMs: number, now = Date.now()): Promise<string[]> {
  const directory = path.join(storageDir, DOCUMENTS_DIR);
  const names = await readdir(directory).catch(() => [] as string[]);
  const keys: string[] = [];
  for (const name of names) {
    if (!KEY_PATTERN.test(name)) continue;
    const info = await stat(path.join(directory, name)).catch(() => null);
    if (info && now - info.mtimeMs > olderThanMs) keys.push(name);
  }
  return keys;
}

/** Temp files of uploads that never finished (a crash mid-write), older than `olderThanMs`. */
export async function removeStaleTempFiles(storageDir: string, olderThanMs: number, now = Date.now()): Promise<number> {
  const tempDir = path.join(storageDir, DOCUMENTS_DIR, TEMP_DIR);
  let names: string[];
  try {
    names = await readdir(tempDir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(tempDir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > olderThanMs) {
      await unlink(file).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/**
 * The original filename as harmless metadata: the last path segment only, without control
 * characters, path separators or leading dots, at most 200 characters.
 */
export function sanitizeFilename(name: string | undefined | null): string {
  const lastSegment = (name ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  return [...cleaned].slice(0, 200).join('') || 'dokument';
}
