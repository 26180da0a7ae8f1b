import type { Config } from '../config.ts';
import { S3DocumentStore } from './s3-document-store.ts';
import { FileDocumentStore, type DocumentStore } from './storage.ts';

/** The document store the configuration names (LTC_STORAGE_BACKEND): the storage folder or an S3 bucket. */
export function createDocumentStore(config: Pick<Config, 'documentStorage' | 'storageDir'>): DocumentStore {
  const { documentStorage, storageDir } = config;
  return documentStorage.backend === 's3' ? new S3DocumentStore(documentStorage, storageDir) : new FileDocumentStore(storageDir);
}
