import { requires } from '../auth/policy.ts';
import { builder } from '../builder.ts';
import type { CalendarFeed } from './calendar-feed.entity.ts';
import { calendarFeedOf, createCalendarFeed, revokeCalendarFeed, type CreatedCalendarFeed } from './calendar-feed.service.ts';
import { reminderSettings, setRemindersEnabled, unsubscribeReminders, type ReminderSettings } from './reminders.service.ts';

const own = requires({ consented: true });

/** The account's calendar feed, without its secret (the URL was shown once). */
const CalendarFeedRef = builder.objectRef<CalendarFeed>('CalendarFeed').implement({
  authScopes: own,
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the current URL was made (created or last rotated).' }),
  }),
});

const ReminderSettingsRef = builder.objectRef<ReminderSettings>('ReminderSettings').implement({
  authScopes: own,
  description: 'Reminders of the signed-in account (SPEC §20).',
  fields: (t) => ({
    remindersEnabled: t.exposeBoolean('remindersEnabled', { description: 'A daily digest mail of items that became due soon or overdue.' }),
    calendarFeed: t.field({
      type: CalendarFeedRef,
      nullable: true,
      description: 'The personal ICS feed of due dates, if one exists.',
      resolve: (settings, _args, context) => calendarFeedOf(context.em, settings.userId),
    }),
  }),
});

const CreatedCalendarFeedRef = builder.objectRef<CreatedCalendarFeed>('CreatedCalendarFeed').implement({
  authScopes: own,
  fields: (t) => ({
    url: t.exposeString('url', { description: 'The feed address with its secret. Shown only this once; subscribe to it in a calendar app.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('reminderSettings', (t) =>
  t.field({
    type: ReminderSettingsRef,
    authScopes: own,
    description: 'Your reminder mails and calendar feed.',
    resolve: (_root, _args, context) => reminderSettings(context),
  }),
);

builder.mutationField('setRemindersEnabled', (t) =>
  t.field({
    type: ReminderSettingsRef,
    authScopes: own,
    description: 'Switches your reminder mails on or off.',
    args: { enabled: t.arg.boolean({ required: true }) },
    resolve: (_root, args, context) => setRemindersEnabled(context, args.enabled),
  }),
);

builder.mutationField('createCalendarFeed', (t) =>
  t.field({
    type: CreatedCalendarFeedRef,
    authScopes: own,
    description: 'Creates your calendar feed URL, or replaces it: the previous URL stops working.',
    resolve: (_root, _args, context) => createCalendarFeed(context),
  }),
);

builder.mutationField('revokeCalendarFeed', (t) =>
  t.field({
    type: ReminderSettingsRef,
    authScopes: own,
    description: 'Deletes your calendar feed: its URL stops working.',
    resolve: async (_root, _args, context) => {
      await revokeCalendarFeed(context);
      return reminderSettings(context);
    },
  }),
);

builder.mutationField('unsubscribeReminders', (t) =>
  t.boolean({
    authScopes: requires({ public: true }),
    description: 'Switches reminder mails off with the token of a mail\'s unsubscribe link; no sign-in needed.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => unsubscribeReminders(context, args.token),
  }),
);
