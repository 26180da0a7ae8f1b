import { createReadStream, createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3StorageConfig } from '../config.ts';
import { allowedContentType, checkedKey, discardStagedFile, KEY_PATTERN, newTempPath, probeWritable, type DocumentStore, type StagedFile, type StoredFile } from './storage.ts';

/** Stored documents are the objects under this prefix, so the bucket may hold other things too. */
const PREFIX = 'documents/';

/**
 * Stored documents as objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …). Uploads are
 * still staged to a local temp file by the upload parser; `put` sends the complete file in one
 * PutObject only once its type and SHA-256 are known, and an object appears only when its upload
 * completed, so no key a row names is ever partial. The server checks the bytes it received
 * against the SHA-256 of the staging (x-amz-checksum-sha256) where it supports that.
 */
export class S3DocumentStore implements DocumentStore {
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #storageDir: string;

  constructor(config: S3StorageConfig, storageDir: string) {
    this.#bucket = config.bucket;
    this.#storageDir = storageDir;
    this.#client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      // Without keys the SDK's own chain applies (environment, instance role).
      credentials: config.credentials,
      // Checksums only where an operation requires them: many S3-compatible servers refuse the
      // SDK's default trailing checksums. The SHA-256 of each upload is sent explicitly instead.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(staged: StagedFile): Promise<StoredFile> {
    const contentType = allowedContentType(staged);
    await this.#client.send(
      new PutObjectCommand({
        Bucket: this.#bucket,
        Key: objectKey(staged.storageKey),
        Body: createReadStream(staged.tempPath),
        ContentLength: staged.sizeBytes,
        ContentType: contentType,
        ChecksumSHA256: Buffer.from(staged.sha256, 'hex').toString('base64'),
      }),
    );
    await discardStagedFile(staged);
    return { storageKey: staged.storageKey, contentType, sizeBytes: staged.sizeBytes, sha256: staged.sha256 };
  }

  async open(storageKey: string): Promise<Readable> {
    const object = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: objectKey(storageKey) }));
    // In Node the body is the HTTP response itself: a stream, never buffered.
    return object.Body as Readable;
  }

  async remove(storageKey: string): Promise<void> {
    // S3 answers a delete of a missing key with success.
    await this.#client.send(new DeleteObjectCommand({ Bucket: this.#bucket, Key: objectKey(storageKey) }));
  }

  async keys(olderThanMs: number, now = Date.now()): Promise<string[]> {
    const keys: string[] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: PREFIX, ContinuationToken }));
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(PREFIX.length) ?? '';
        if (KEY_PATTERN.test(key) && object.LastModified && now - object.LastModified.getTime() > olderThanMs) keys.push(key);
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (ContinuationToken);
    return keys;
  }

  /** Downloads the object to a temp file for the duration of `use`. */
  async withLocalCopy<T>(storageKey: string, use: (filePath: string) => Promise<T>): Promise<T> {
    const copy = await newTempPath(this.#storageDir, 'copy');
    try {
      await pipeline(await this.open(storageKey), createWriteStream(copy, { flags: 'wx', mode: 0o600 }));
      return await use(copy);
    } finally {
      await unlink(copy).catch(() => undefined);
    }
  }

  /** The bucket is reachable with these credentials, and the local folder for staging uploads is writable. */
  async check(): Promise<void> {
    await this.#client.send(new HeadBucketCommand({ Bucket: this.#bucket }));
    await probeWritable(this.#storageDir);
  }
}

const objectKey = (storageKey: string) => `${PREFIX}${checkedKey(storageKey)}`;
