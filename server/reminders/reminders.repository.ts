import { BaseRepository } from '../db/base.repository.ts';
import { newId } from '../db/ids.ts';
import type { CalendarFeed } from './calendar-feed.entity.ts';
import type { NoticeState, ReminderNotice } from './reminder-notice.entity.ts';

export class CalendarFeedRepository extends BaseRepository<CalendarFeed> {
  ofUser(userId: string): Promise<CalendarFeed | null> {
    return this.findOne({ user: userId });
  }

  /** The owner of the feed with any of a secret's HMAC candidates (one per key version), or null. */
  async ownerBySecretHmac(candidates: readonly string[]): Promise<string | null> {
    const feed = await this.findOne({ secretHmac: { $in: [...candidates] } }, { fields: ['user'] });
    return feed?.user ?? null;
  }

  /** Deletes the user's feed; answers whether there was one. */
  removeOfUser(userId: string): Promise<number> {
    return this.nativeDelete({ user: userId });
  }
}

export class ReminderNoticeRepository extends BaseRepository<ReminderNotice> {
  /**
   * Records a notice unless the same one exists (insert … on conflict do nothing); answers its id
   * when this call recorded it, else null. Two transactions racing for one key: the database lets
   * exactly one in (on PostgreSQL the second waits for the first to commit, then inserts nothing).
   */
  async recordOnce(notice: { planItem: string; recipient: string; state: NoticeState; dueKey: string }): Promise<string | null> {
    const id = newId();
    const result = await this.createQueryBuilder()
      .insert({ id, decidedAt: new Date(), ...notice })
      .onConflict(['planItem', 'recipient', 'state', 'dueKey'])
      .ignore()
      .execute('run');
    return result.affectedRows === 1 ? id : null;
  }

  /** Takes back notices whose mail could not be sent, so the next run decides them again. */
  forget(ids: readonly string[]): Promise<number> {
    return this.nativeDelete({ id: { $in: [...ids] } });
  }
}
