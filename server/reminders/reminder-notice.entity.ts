import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { ServicePlanItem } from '../plan/plan.entity.ts';
import { ReminderNoticeRepository } from './reminders.repository.ts';

/** The states a reminder digest reports (an item back to `ok` needs no mail). */
export const NOTICE_STATES = ['bald_faellig', 'ueberfaellig'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];

/**
 * One reminder decided for a recipient: this plan item reached this state for this due date/km.
 * The unique key makes the decision once: the digest job inserts the row in the transaction that
 * decides to mail it, so a second run, a restart or another instance finds it taken and sends
 * nothing again. A new due (after a satisfying entry or an interval change) is a new key.
 */
const ReminderNoticeSchema = defineEntity({
  name: 'ReminderNotice',
  tableName: 'reminder_notices',
  repository: () => ReminderNoticeRepository,
  uniques: [{ properties: ['planItem', 'recipient', 'state', 'dueKey'] }],
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    planItem: () => p.manyToOne(ServicePlanItem).mapToPk().deleteRule('cascade'),
    recipient: () => p.manyToOne(User).mapToPk().deleteRule('cascade'),
    state: p.enum(NOTICE_STATES),
    /** The due the notice is about: "<due date>/<due km>", either part empty. */
    dueKey: p.string(),
    decidedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ReminderNotice extends ReminderNoticeSchema.class {}
ReminderNoticeSchema.setClass(ReminderNotice);
