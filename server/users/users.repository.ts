import { raw, type FilterQuery } from '@mikro-orm/sql';
import type { ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { BaseRepository } from '../db/base.repository.ts';
import type { Role } from '../identity/roles.ts';
import type { User } from '../identity/user.entity.ts';

export interface UserSearch {
  role?: Role | null;
  /** Part of the masked address, any case. */
  maskedContains?: string;
  /** An exact account id. */
  id?: string;
  /** HMAC candidates of a full email address (one per key version). */
  emailHmacs?: readonly string[];
}

export class UserRepository extends BaseRepository<User> {
  /** The account for any of an address's HMAC candidates (one per key version). */
  byEmailHmac(candidates: readonly string[]): Promise<User | null> {
    return this.findOne({ emailHmac: { $in: [...candidates] } });
  }

  byIds(userIds: readonly string[]): Promise<User[]> {
    return this.find({ id: { $in: [...userIds] } });
  }

  async setRole(userId: string, role: Role): Promise<void> {
    await this.nativeUpdate({ id: userId }, { role });
  }

  /** Accounts matching the role and any of the search terms, newest first, one page. */
  page(search: UserSearch, page: ResolveCursorConnectionArgs): Promise<User[]> {
    const where: FilterQuery<User>[] = [];
    if (search.role) where.push({ role: search.role });
    const matches: FilterQuery<User>[] = [];
    if (search.id) matches.push({ id: search.id });
    if (search.maskedContains) matches.push(this.containsIgnoringCase('emailMasked', search.maskedContains));
    if (search.emailHmacs?.length) matches.push({ emailHmac: { $in: [...search.emailHmacs] } });
    if (matches.length > 0) where.push({ $or: matches });
    return this.findPage(where.length > 0 ? { $and: where } : {}, page, { timeField: 'createdAt', order: 'newest-first' });
  }

  /**
   * `lower(column) like lower('%term%') escape '\'`: the same on SQLite and PostgreSQL. SQLite's
   * LIKE ignores case (ASCII) but knows no escape character without ESCAPE; PostgreSQL's escapes
   * with `\` but is case-sensitive. So `%`, `_` and `\` in the term match only themselves.
   */
  private containsIgnoringCase(field: 'emailMasked', term: string): FilterQuery<User> {
    const column = this.quote(this.manager.getMetadata().get(this.entityName).properties[field].fieldNames[0]!);
    const pattern = `%${term.replace(/[\\%_]/g, '\\$&')}%`;
    return { [raw((alias) => `lower(${alias}.${column}) like lower(?) escape '\\'`, [pattern])]: [] } as FilterQuery<User>;
  }

  /** The first account created with this role (the seed articles' author). */
  oldestWithRole(role: Role): Promise<User | null> {
    return this.findOne({ role }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** Accounts that want reminder mails (not moderators: they own nothing), by id after `afterId`, one page. */
  reminderRecipientsPage(afterId: string, limit: number): Promise<User[]> {
    return this.find({ remindersEnabled: true, role: { $ne: 'moderator' }, id: { $gt: afterId } }, { orderBy: { id: 'asc' }, limit });
  }

  /** Switches reminder mails on or off; answers 1 when the setting changed, 0 when it already was so (or no such account). */
  setRemindersEnabled(userId: string, enabled: boolean): Promise<number> {
    return this.nativeUpdate({ id: userId, remindersEnabled: !enabled }, { remindersEnabled: enabled });
  }
}
