// Usage: npm run verify:export -- <saved-export-file | ->
// Re-checks the hash chain of a vehicle export offline (docs/VERIFICATION.md): the redacted export
// as saved (the JSON string, or the whole GraphQL response), or a full export — still encrypted
// (decrypted here with the key derived from this server's secret, like export:decrypt) or already
// decrypted. Prints "intact" or the first broken link; exits 0 when intact, 1 when broken, 2 when
// the file cannot be read as a vehicle export.
import { readFileSync } from 'node:fs';
import { checkVehicleExport } from '../server/chain/export-check.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run verify:export -- <saved-export-file | ->');
  process.exit(2);
}

type Json = Record<string, unknown>;

async function exportOf(text: string): Promise<Json> {
  const parsed = JSON.parse(text) as Json & { data?: { vehicleExport?: string; fullExport?: unknown } };
  if (typeof parsed.data?.vehicleExport === 'string') return JSON.parse(parsed.data.vehicleExport) as Json;
  if (typeof parsed.payload === 'string' || parsed.data?.fullExport) {
    // Encrypted: only the server's secret opens it (loaded only here, so the offline check needs no configuration).
    const { loadConfig } = await import('../server/config.ts');
    const { Keyring } = await import('../server/crypto/keyring.ts');
    const { decryptExport } = await import('../server/exports/decrypt-export.ts');
    return decryptExport(new Keyring(loadConfig()), text) as Json;
  }
  return parsed;
}

try {
  const exported = await exportOf(readFileSync(file === '-' ? 0 : file, 'utf8'));
  const check = checkVehicleExport(exported);
  if (!check.brokenLink) {
    console.log(`intact: vehicle ${check.vehicleId}, ${check.linkCount} links, head ${check.head ?? '(none)'}`);
  } else {
    const link = check.brokenLink;
    console.log(`broken at link ${link.sequence}: ${link.recordType} ${link.recordId} (${link.reason})`);
    console.log(`  expected ${link.expectedHash ?? '-'}`);
    console.log(`  stored   ${link.storedHash ?? '-'}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`cannot verify: ${(error as Error).message}`);
  process.exit(2);
}
