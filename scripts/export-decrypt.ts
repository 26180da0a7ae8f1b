// Usage: npm run export:decrypt -- <saved-export-file>   (or "-" for stdin)
// Decrypts a full export with the key derived from this server's secret (LTC_SECRET_KEY, or the
// development key in the storage folder) and prints the JSON.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../server/config.ts';
import { Keyring } from '../server/crypto/keyring.ts';
import { decryptExport } from '../server/exports/decrypt-export.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run export:decrypt -- <saved-export-file | ->');
  process.exit(2);
}
try {
  const saved = readFileSync(file === '-' ? 0 : file, 'utf8');
  console.log(JSON.stringify(decryptExport(new Keyring(loadConfig()), saved), null, 2));
} catch (error) {
  console.error(`cannot decrypt: ${(error as Error).message}`);
  process.exit(1);
}
