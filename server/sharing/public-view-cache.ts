import type { PublicVehicleView } from './sharing.service.ts';

/**
 * The public page's answer per share token, kept while the database is unchanged. QR scans are
 * most of the traffic and the answer only changes when data changes: entries, documents, the
 * vehicle, the share itself (rotate and disable act at once because they change rows). Any write
 * anywhere ends every entry's validity (`databaseVersion`), which is coarse but cannot miss an
 * invalidation. Keyed by the token's HMAC, bounded, oldest entries dropped first.
 */
export class PublicViewCache {
  readonly #entries = new Map<string, { version: string; view: PublicVehicleView }>();
  readonly #maxEntries: number;

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  get(tokenHmac: string, version: string): PublicVehicleView | undefined {
    const entry = this.#entries.get(tokenHmac);
    if (entry?.version === version) return entry.view;
    if (entry) this.#entries.delete(tokenHmac);
    return undefined;
  }

  set(tokenHmac: string, version: string, view: PublicVehicleView): void {
    this.#entries.delete(tokenHmac);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(tokenHmac, { version, view });
  }
}
