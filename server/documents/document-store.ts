import type { Config } from '../config.ts';
import { FileDocumentStore, type DocumentStore } from './storage.ts';

/**
 * The document store the configuration names (LTC_STORAGE_BACKEND): the storage folder or an S3
 * bucket. The S3 client is loaded only for a bucket: it costs about 36 MB of memory.
 */
export async function createDocumentStore(config: Pick<Config, 'documentStorage' | 'storageDir'>): Promise<DocumentStore> {
  const { documentStorage, storageDir } = config;
  if (documentStorage.backend !== 's3') return new FileDocumentStore(storageDir);
  const { S3DocumentStore } = await import('./s3-document-store.ts');
  return new S3DocumentStore(documentStorage, storageDir);
}
