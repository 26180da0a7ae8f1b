import type { Keyring } from '../crypto/keyring.ts';

/**
 * Decrypts a saved full export. Accepts the bare payload, the `fullExport` object, or the whole
 * GraphQL response, so an operator can save whatever the client showed.
 */
export function decryptExport(keyring: Keyring, saved: string): unknown {
  const text = saved.trim();
  let payload = text;
  if (text.startsWith('{')) {
    const parsed = JSON.parse(text) as { payload?: string; data?: { fullExport?: { payload?: string } } };
    payload = parsed.payload ?? parsed.data?.fullExport?.payload ?? '';
  }
  if (!payload) throw new Error('no export payload found');
  return JSON.parse(keyring.decrypt('export-encryption', payload));
}
