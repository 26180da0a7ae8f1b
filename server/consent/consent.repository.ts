import { sql } from '@mikro-orm/sql';
import { BaseRepository } from '../db/base.repository.ts';
import type { Consent, ConsentDocument } from './consent.entity.ts';

/** The versions of the terms and the privacy notice an account must have accepted (the current ones). */
export interface ConsentVersions {
  terms: string;
  privacy: string;
}

/** The records of these versions (the condition every count of current consents shares). */
const acceptedVersions = (versions: ConsentVersions) => ({
  $or: [
    { document: 'terms' as const, version: versions.terms },
    { document: 'privacy' as const, version: versions.privacy },
  ],
});

export class ConsentRepository extends BaseRepository<Consent> {
  /** A user's consent records, newest first. */
  ofUser(userId: string): Promise<Consent[]> {
    return this.find({ user: userId }, { orderBy: { acceptedAt: 'desc' } });
  }

  findRecord(userId: string, document: ConsentDocument, version: string): Promise<Consent | null> {
    return this.findOne({ user: userId, document, version });
  }

  /** How many of these versions the user accepted, as one count (2 means both: the unique index on user, document, version). */
  async acceptedCurrent(userId: string, versions: ConsentVersions): Promise<number> {
    const [row] = await this.templateRows<{ count: number }>('acceptedCurrent', [userId, versions.terms, versions.privacy], ([user, terms, privacy]) =>
      this.createQueryBuilder('c')
        .count('c.id')
        .where({ user, ...acceptedVersions({ terms: terms!, privacy: privacy! }) }),
    );
    return Number(row!.count);
  }

  /**
   * A subquery for the select list of another read, as `consents`: how many of these versions the
   * account `<userAlias>.id` of the outer query accepted (2 means both). The one read of every
   * signed-in request (session or API token with its account) takes it in instead of a statement
   * of its own. The versions are written into the text (the caller's template shape names them).
   */
  acceptedCurrentColumn(userAlias: string, versions: ConsentVersions) {
    return this.createQueryBuilder('c')
      .count()
      .where({ user: sql.ref(`${userAlias}.id`), ...acceptedVersions(versions) } as never)
      .as('consents');
  }

  /** Of these users, those who accepted both current versions (one statement). */
  async withCurrentConsents(userIds: readonly string[], versions: ConsentVersions): Promise<Set<string>> {
    const records = await this.find({ user: { $in: [...userIds] }, ...acceptedVersions(versions) }, { fields: ['user', 'document'] });
    const accepted = new Map<string, Set<string>>();
    for (const record of records) accepted.set(record.user, (accepted.get(record.user) ?? new Set()).add(record.document));
    return new Set([...accepted].filter(([, documents]) => documents.size === 2).map(([userId]) => userId));
  }
}
