// npm run backup -- <archive.tar.gz>: online backup of the configured database and documents (the
// server may keep running): a SQLite snapshot and the storage folder, or on PostgreSQL a pg_dump
// snapshot and the documents from the folder or the bucket. See docs/OPERATIONS.md, §5.
import { loadConfig } from '../server/config.ts';
import { createBackup } from '../server/ops/backup.ts';
import { createPostgresBackup } from '../server/ops/backup-postgres.ts';

const [archive] = process.argv.slice(2);
if (!archive) {
  console.error('usage: npm run backup -- <archive.tar.gz>');
  process.exit(64);
}
try {
  const config = loadConfig();
  const manifest = config.database.engine === 'postgresql' ? await createPostgresBackup(config, archive) : await createBackup(config, archive);
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  const documents = 'documents' in manifest ? `${manifest.documents.length} documents, ` : '';
  console.log(`backup written: ${archive} (${Object.keys(manifest.tables).length} tables, ${rows} rows, ${documents}${manifest.files.length} files, ${manifest.migrations.length} migrations)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
