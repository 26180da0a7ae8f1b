import { LRUCache } from 'lru-cache';
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
 * Keyed by the token's HMAC, bounded, least recently used entries dropped first.
 */
export class PublicViewCache extends LRUCache<string, CachedPublicView> {
  constructor(maxEntries = 10_000) {
    super({ max: maxEntries });
  }
}
