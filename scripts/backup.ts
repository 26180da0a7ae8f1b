// npm run backup -- <archive.tar.gz>: online backup of the configured database and storage folder
// (the server may keep running). SQLite only; on PostgreSQL it says what to use instead. See
// docs/OPERATIONS.md.
import { loadConfig } from '../server/config.ts';
import { createBackup } from '../server/ops/backup.ts';

const [archive] = process.argv.slice(2);
if (!archive) {
  console.error('usage: npm run backup -- <archive.tar.gz>');
  process.exit(64);
}
try {
  const manifest = await createBackup(loadConfig(), archive);
  const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
  console.log(`backup written: ${archive} (${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} files, ${manifest.migrations.length} migrations)`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
