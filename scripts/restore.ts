// npm run restore -- <archive.tar.gz> <fresh-dir>: restores a backup and verifies it. The fresh
// folder becomes the storage folder (LTC_STORAGE_DIR). A SQLite backup brings its database file
// into that folder; a PostgreSQL backup goes into the database LTC_DATABASE_URL names (created when
// missing, refused unless empty) and its documents into the store the environment names (the
// folder, or an empty bucket with LTC_STORAGE_BACKEND=s3). See docs/OPERATIONS.md, §5.
import { configuredDatabase, documentStorageFromEnv } from '../server/config.ts';
import { readArchiveManifest, restoreBackup } from '../server/ops/backup.ts';
import { restorePostgresBackup } from '../server/ops/backup-postgres.ts';

const [archive, freshDir] = process.argv.slice(2);
if (!archive || !freshDir) {
  console.error('usage: npm run restore -- <archive.tar.gz> <fresh-dir>');
  process.exit(64);
}
try {
  const { engine } = await readArchiveManifest(archive);
  const database = configuredDatabase();
  if (engine === 'postgresql') {
    const result = await restorePostgresBackup(archive, freshDir, { database, documentStorage: documentStorageFromEnv() });
    const documents = result.manifest.documents.length;
    console.log(`restored and verified: backup of ${result.manifest.createdAt}, ${documents} documents, ${result.manifest.files.length} files`);
    console.log(`  LTC_STORAGE_DIR=${result.storageDir}`);
    console.log('  database and documents: where LTC_DATABASE_URL and LTC_STORAGE_BACKEND/LTC_S3_* of this environment point');
  } else {
    // Moving a SQLite installation to PostgreSQL is not automated: never half-do it here.
    if (database.engine !== 'sqlite') throw new Error('this backup holds a SQLite database, LTC_DATABASE_URL names PostgreSQL: unset it to restore the SQLite file');
    const result = await restoreBackup(archive, freshDir);
    console.log(`restored and verified: backup of ${result.manifest.createdAt}, ${result.manifest.files.length} files`);
    console.log(`  LTC_STORAGE_DIR=${result.storageDir}`);
    console.log(`  database: ${result.databasePath} (the default path in that folder; unset LTC_DATABASE_URL/LTC_DATABASE_PATH or point it there)`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
