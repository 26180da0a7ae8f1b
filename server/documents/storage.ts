import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { badInput } from '../errors.ts';
import type { DocumentContentType } from './document.entity.ts';

/**
 * Uploads in progress live in <storage>/documents/tmp whatever the backend; stored files in
 * <storage>/documents/<key> (filesystem) or under documents/<key> in the bucket (s3-document-store.ts).
 */
const DOCUMENTS_DIR = 'documents';
const TEMP_DIR = 'tmp';
export const KEY_PATTERN = /^[a-f0-9]{64}$/;

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

/**
 * Where stored documents live: the storage folder (FileDocumentStore) or an S3 bucket
 * (S3DocumentStore); createDocumentStore (document-store.ts) picks one from the configuration.
 * Nothing partial is ever visible under a key: `put` makes the key appear only once the whole
 * file is stored, and the row naming the key is written after it.
 */
export interface DocumentStore {
  /** Refuses a file of no allowed type; otherwise stores the staged file under its key and removes the temp file. */
  put(staged: StagedFile): Promise<StoredFile>;
  /** The stored bytes as a stream; rejects when the key holds nothing. */
  open(storageKey: string): Promise<Readable>;
  /** Removes a stored file; one that is already gone is fine. */
  remove(storageKey: string): Promise<void>;
  /** Keys of stored files last written more than `olderThanMs` before `now` (the orphan sweep). */
  keys(olderThanMs: number, now?: number): Promise<string[]>;
  /** Runs `use` on a local file holding the stored bytes (the scanners read files). */
  withLocalCopy<T>(storageKey: string, use: (filePath: string) => Promise<T>): Promise<T>;
  /** Readiness: rejects when documents could not be stored now. */
  check(): Promise<void>;
}

/** The staged file's type, decided by its magic bytes; refused when it is none of the allowed ones. */
export function allowedContentType(staged: StagedFile): DocumentContentType {
  if (!staged.contentType) throw badInput('unsupported_file_type', 'Only PDF, PNG and JPEG files are accepted');
  return staged.contentType;
}

/** A key is checked before it names a file or an object, so it can never name anything else. */
export function checkedKey(storageKey: string): string {
  if (!KEY_PATTERN.test(storageKey)) throw new Error('invalid storage key');
  return storageKey;
}

/** The stored files as files in <storage>/documents (the default backend). */
export class FileDocumentStore implements DocumentStore {
  readonly #directory: string;
  constructor(storageDir: string) {
    this.#directory = path.join(storageDir, DOCUMENTS_DIR);
  }

  /** The staged file is moved under its key (durably): a rename, so the key appears whole or not at all. */
  async put(staged: StagedFile): Promise<StoredFile> {
    const contentType = allowedContentType(staged);
    await rename(staged.tempPath, this.#path(staged.storageKey));
    await syncDirectory(this.#directory);
    return { storageKey: staged.storageKey, contentType, sizeBytes: staged.sizeBytes, sha256: staged.sha256 };
  }

  async open(storageKey: string): Promise<Readable> {
    const handle = await open(this.#path(storageKey), 'r');
    return handle.createReadStream();
  }

  async remove(storageKey: string): Promise<void> {
    await unlink(this.#path(storageKey)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async keys(olderThanMs: number, now = Date.now()): Promise<string[]> {
    const names = await readdir(this.#directory).catch(() => [] as string[]);
    const keys: string[] = [];
    for (const name of names) {
      if (!KEY_PATTERN.test(name)) continue;
      const info = await stat(path.join(this.#directory, name)).catch(() => null);
      if (info && now - info.mtimeMs > olderThanMs) keys.push(name);
    }
    return keys;
  }

  withLocalCopy<T>(storageKey: string, use: (filePath: string) => Promise<T>): Promise<T> {
    return use(this.#path(storageKey));
  }

  check(): Promise<void> {
    return probeWritable(this.#directory);
  }

  #path(storageKey: string): string {
    return path.join(this.#directory, checkedKey(storageKey));
  }
}

/** Rejects unless a file can be written in `directory` (a probe written and removed again). */
export async function probeWritable(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  const probe = path.join(directory, `.ready-${randomBytes(8).toString('hex')}`);
  await writeFile(probe, 'ok');
  await unlink(probe);
}

/** A new temp file path next to the staged uploads (swept like them when a crash leaves it behind). */
export async function newTempPath(storageDir: string, suffix: string): Promise<string> {
  const tempDir = path.join(storageDir, DOCUMENTS_DIR, TEMP_DIR);
  await mkdir(tempDir, { recursive: true });
  return path.join(tempDir, `${randomBytes(16).toString('hex')}.${suffix}`);
}

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
