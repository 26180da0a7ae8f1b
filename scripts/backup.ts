// npm run backup -- <archive.tar.gz>: online backup of the configured database and storage folder
// (the server may keep running). See docs/OPERATIONS.md.
import { loadConfig } from '../server/config.ts';
import { createBackup } from '../server/ops/backup.ts';

const [archive] = process.argv.slice(2);
if (!archive) {
  console.error('usage: npm run backup -- <archive.tar.gz>');
  process.exit(64);
}
const config = loadConfig();
const manifest = await createBackup(config, archive);
const rows = Object.values(manifest.tables).reduce((sum, count) => sum + count, 0);
console.log(`backup written: ${archive} (${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} files, ${manifest.migrations.length} migrations)`);
