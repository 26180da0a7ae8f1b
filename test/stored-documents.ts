// The stored documents of a test server, whatever its backend (the storage folder, or its bucket
// with LTC_TEST_STORAGE=s3), so the document tests run unchanged on both.
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import type { TestServer } from './harness.ts';

const storeOf = (server: TestServer) => server.app.services.documentStore;

/** Every stored key, young or old. */
export const storedKeys = (server: TestServer): Promise<string[]> => storeOf(server).keys(-Infinity);

export const isStored = async (server: TestServer, key: string): Promise<boolean> => (await storedKeys(server)).includes(key);

/** The stored bytes of a key. */
export const storedBytes = async (server: TestServer, key: string): Promise<Buffer> => buffer(await storeOf(server).open(key));

/** Stores bytes under a key behind the server's back, as a crash between storing a file and writing its row leaves it. */
export async function storeOrphan(server: TestServer, key: string, bytes: Buffer): Promise<void> {
  const storage = server.app.services.config.documentStorage;
  if (storage.backend === 'filesystem') {
    mkdirSync(path.join(server.storageDir, 'documents'), { recursive: true });
    writeFileSync(path.join(server.storageDir, 'documents', key), bytes);
    return;
  }
  const client = new S3Client({ endpoint: storage.endpoint, region: storage.region, forcePathStyle: storage.forcePathStyle, credentials: storage.credentials });
  await client.send(new PutObjectCommand({ Bucket: storage.bucket, Key: `documents/${key}`, Body: bytes }));
  client.destroy();
}

/**
 * Moves a stored file's last-modified time into the past (a fixture of time): the file's mtime, or
 * the mtime of the file s3rver keeps the object in, which is what it reports as LastModified.
 */
export function backdateStored(server: TestServer, key: string, when: Date): void {
  const storage = server.app.services.config.documentStorage;
  const file =
    storage.backend === 'filesystem'
      ? path.join(server.storageDir, 'documents', key)
      : path.join(inject('s3Directory'), storage.bucket, 'documents', `${key}._S3rver_object`);
  utimesSync(file, when, when);
}
