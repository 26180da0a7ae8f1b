import { BaseRepository } from '../db/base.repository.ts';
import type { Consent, ConsentDocument } from './consent.entity.ts';

export class ConsentRepository extends BaseRepository<Consent> {
  /** A user's consent records, newest first. */
  ofUser(userId: string): Promise<Consent[]> {
    return this.find({ user: userId }, { orderBy: { acceptedAt: 'desc' } });
  }

  findRecord(userId: string, document: ConsentDocument, version: string): Promise<Consent | null> {
    return this.findOne({ user: userId, document, version });
  }

  /**
   * How many of the given current versions the user accepted, as one count: every signed-in
   * request asks it. The unique index on (user, document, version) makes 2 mean both.
   */
  async acceptedCurrent(userId: string, termsVersion: string, privacyVersion: string): Promise<number> {
    const [row] = await this.templateRows<{ count: number }>('acceptedCurrent', [userId, termsVersion, privacyVersion], ([user, terms, privacy]) =>
      this.createQueryBuilder('c')
        .count('c.id')
        .where({ user, $or: [{ document: 'terms', version: terms }, { document: 'privacy', version: privacy }] }),
    );
    return Number(row!.count);
  }
}
