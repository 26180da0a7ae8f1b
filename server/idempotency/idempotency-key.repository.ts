import { BaseRepository } from '../db/base.repository.ts';
import type { IdempotencyKey } from './idempotency-key.entity.ts';

export interface IdempotencyClaim {
  id: string;
  requestHash: string;
  holder: string;
  lockedUntil: Date;
  expiresAt: Date;
}

export interface StoredAnswer {
  status: number;
  contentType: string | null;
  body: string;
}

export class IdempotencyKeyRepository extends BaseRepository<IdempotencyKey> {
  /**
   * Takes the key for `claim.holder`: inserts its row, or takes over a row that expired or whose
   * holder's claim lapsed (one conditional update). Of all requests trying at once, on whichever
   * instance, exactly one is told true; the others read the row (`current`).
   */
  async tryClaim(claim: IdempotencyClaim, now: Date): Promise<boolean> {
    const fresh = { requestHash: claim.requestHash, holder: claim.holder, lockedUntil: claim.lockedUntil, status: null, contentType: null, body: null, createdAt: now, expiresAt: claim.expiresAt };
    const inserted = await this.createQueryBuilder().insert({ id: claim.id, ...fresh }).onConflict('id').ignore().execute('run');
    if (inserted.affectedRows === 1) return true;
    const taken = await this.nativeUpdate({ id: claim.id, $or: [{ expiresAt: { $lte: now } }, { status: null, lockedUntil: { $lte: now } }] }, fresh);
    return taken === 1;
  }

  /** The row as the database has it now (not the identity map's copy). */
  current(id: string): Promise<IdempotencyKey | null> {
    return this.findOne({ id }, { refresh: true });
  }

  /** Stores the first answer; only the request still holding the claim can. */
  async storeAnswer(id: string, holder: string, answer: StoredAnswer): Promise<void> {
    await this.nativeUpdate({ id, holder, status: null }, { holder: null, status: answer.status, contentType: answer.contentType, body: answer.body });
  }

  /** Gives the key up without an answer, so a retry runs the mutation again. */
  async release(id: string, holder: string): Promise<void> {
    await this.nativeDelete({ id, holder, status: null });
  }

  /** Drops the expired keys: the table stays as large as one day's keyed mutations. */
  removeExpired(now: Date): Promise<number> {
    return this.nativeDelete({ expiresAt: { $lte: now } });
  }
}
