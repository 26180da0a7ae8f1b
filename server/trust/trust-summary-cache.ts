import { LRUCache } from 'lru-cache';
import type { TrustSummary } from './trust.ts';

export interface CachedTrustSummaries {
  /** The vehicle's public view version the inputs were read at (sharing/public-view-version.entity.ts). */
  version: number;
  /** The vehicle's own trust facts the summaries were computed with (its row may be newer than the version read). */
  vehicleFacts: string;
  /** Per kind of viewer: vip viewers see only the top three to-dos (SPEC §7). */
  plain?: TrustSummary;
  vip?: TrustSummary;
}

/**
 * Trust summaries per vehicle. A summary only changes when its inputs do (the vehicle's trust
 * facts, its entries, their document links, its documents), and the triggers that count the
 * public view version bump it on every such change, in every process: an entry is used only while
 * the version read in this request is still the one it was computed at (trust/trust-summaries.ts).
 * Bounded, least recently used entries dropped first.
 */
export class TrustSummaryCache extends LRUCache<string, CachedTrustSummaries> {
  constructor(maxEntries = 10_000) {
    super({ max: maxEntries });
  }
}
