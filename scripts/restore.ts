// npm run restore -- <archive.tar.gz> <fresh-dir>: restores a backup into a new storage folder and
// verifies it against the manifest. Point LTC_STORAGE_DIR at the folder afterwards. SQLite only:
// with LTC_DATABASE_URL naming PostgreSQL it says what to use instead.
import { configuredDatabase } from '../server/config.ts';
import { postgresRefusal, restoreBackup } from '../server/ops/backup.ts';

const [archive, freshDir] = process.argv.slice(2);
if (!archive || !freshDir) {
  console.error('usage: npm run restore -- <archive.tar.gz> <fresh-dir>');
  process.exit(64);
}
if (configuredDatabase().engine !== 'sqlite') {
  console.error(postgresRefusal('npm run restore'));
  process.exit(1);
}
try {
  const result = await restoreBackup(archive, freshDir);
  console.log(`restored and verified: backup of ${result.manifest.createdAt}, ${result.manifest.files.length} files`);
  console.log(`  LTC_STORAGE_DIR=${result.storageDir}`);
  console.log(`  database: ${result.databasePath} (the default path in that folder; unset LTC_DATABASE_URL/LTC_DATABASE_PATH or point it there)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
