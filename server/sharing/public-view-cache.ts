import type { PublicVehicleView } from './sharing.service.ts';

export interface CachedPublicView {
  vehicleId: string;
  /** The vehicle's public view version (server/sharing/public-view-version.entity.ts) the view was read at. */
  version: number;
  view: PublicVehicleView;
}

/**
 * The public page's answer per share token. QR scans are most of the traffic and an answer only
 * changes when one of its inputs does; an entry is used only while its vehicle's version, which
 * triggers of each engine bump on every such change, is still the one it was read at (sharing.service.ts).
 * Keyed by the token's HMAC, bounded, oldest entries dropped first.
 */
export class PublicViewCache {
  readonly #entries = new Map<string, CachedPublicView>();
  readonly #maxEntries: number;

  constructor(maxEntries = 10_000) {
    this.#maxEntries = maxEntries;
  }

  get(tokenHmac: string): CachedPublicView | undefined {
    return this.#entries.get(tokenHmac);
  }

  set(tokenHmac: string, entry: CachedPublicView): void {
    this.#entries.delete(tokenHmac);
    if (this.#entries.size >= this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(tokenHmac, entry);
  }

  delete(tokenHmac: string): void {
    this.#entries.delete(tokenHmac);
  }
}
