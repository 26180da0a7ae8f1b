import { defineEntity, p } from '@mikro-orm/sql';
import { newId } from '../db/ids.ts';
import { User } from '../identity/user.entity.ts';
import { CalendarFeedRepository } from './reminders.repository.ts';

/**
 * An account's personal ICS feed (SPEC §20): at most one per account. Only the HMAC of the secret
 * in its URL is kept, so the URL is shown once; rotating replaces the row, revoking deletes it.
 */
const CalendarFeedSchema = defineEntity({
  name: 'CalendarFeed',
  tableName: 'calendar_feeds',
  repository: () => CalendarFeedRepository,
  properties: {
    id: p.string().primary().onCreate(() => newId()),
    user: () => p.manyToOne(User).mapToPk().unique(),
    secretHmac: p.string().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CalendarFeed extends CalendarFeedSchema.class {}
CalendarFeedSchema.setClass(CalendarFeed);
