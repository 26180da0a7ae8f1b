import { setImmediate } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/sql';
import type { AppServices } from '../app-services.ts';
import { writeAudit } from '../audit/audit.ts';
import { Consent } from '../consent/consent.entity.ts';
import { currentConsentVersions } from '../consent/consent.service.ts';
import { isIssuedId } from '../db/ids.ts';
import { todayInGermany } from '../entries/entry-rules.ts';
import { badInput } from '../errors.ts';
import { User } from '../identity/user.entity.ts';
import type { ScheduledJob } from '../jobs/job-runner.ts';
import { MAILS } from '../mail/templates.ts';
import { dueItemsOfVehicles, type VehicleDueItem } from '../plan/plan.service.ts';
import { actorOf, type RequestScope } from '../request-scope.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { ReminderNotice, type NoticeState } from './reminder-notice.entity.ts';
import { dueWhen, vehicleLabel } from './reminder-text.ts';

/** What the signed-in account has set for reminders. */
export interface ReminderSettings {
  userId: string;
  remindersEnabled: boolean;
}

export async function reminderSettings(scope: RequestScope): Promise<ReminderSettings> {
  const userId = actorOf(scope).userId;
  const user = await scope.em.getRepository(User).findOneOrFail(userId);
  return { userId, remindersEnabled: user.remindersEnabled };
}

/** Switches the digest mails on or off for the signed-in account. */
export async function setRemindersEnabled(scope: RequestScope, enabled: boolean): Promise<ReminderSettings> {
  const userId = actorOf(scope).userId;
  await scope.em.getRepository(User).setRemindersEnabled(userId, enabled);
  await scope.audit({ action: enabled ? 'REMINDERS_ENABLED' : 'REMINDERS_DISABLED', targetType: 'user', targetId: userId, scope: 'own' });
  return { userId, remindersEnabled: enabled };
}

// An unsubscribe token: the account id and the HMAC of it under its own key label, so it cannot be
// made for another account and never serves as any other credential. It does not expire: a link
// in an old mail still works, and all it can do is switch the mails off.
const UNSUBSCRIBE_TOKEN = /^([0-9a-f-]{36})\.(v\d+)\.([0-9a-f]{64})$/;

export function unsubscribeToken(services: AppServices, userId: string): string {
  return `${userId}.${services.keyring.hmac('reminder-unsubscribe', userId).replace(':', '.')}`;
}

/** The token rides in the fragment, which browsers never send: it stays out of proxies' and servers' logs. */
export const unsubscribeLink = (services: AppServices, userId: string): string =>
  `${services.config.publicBaseUrl}/abmelden/erinnerungen#token=${unsubscribeToken(services, userId)}`;

/**
 * Switches reminders off for the account a mail's unsubscribe link names: no session needed, the
 * token is the proof. A token that was not made by this server is refused.
 */
export async function unsubscribeReminders(scope: RequestScope, token: string): Promise<boolean> {
  const [, userId, version, mac] = UNSUBSCRIBE_TOKEN.exec(token) ?? [];
  if (!userId || !isIssuedId(userId) || !scope.services.keyring.verifyHmac('reminder-unsubscribe', userId, `${version}:${mac}`)) {
    throw badInput('unsubscribe_link_invalid', 'The unsubscribe link is not valid');
  }
  if ((await scope.em.getRepository(User).setRemindersEnabled(userId, false)) > 0) await scope.audit({ action: 'REMINDERS_UNSUBSCRIBED', targetType: 'user', targetId: userId });
  return true;
}

const DAY_MS = 24 * 60 * 60_000;
/**
 * Accounts read per batch; each batch costs a constant number of statements before the notices.
 * Small enough that a batch holds little memory and, on SQLite, whose reads do not wait for I/O,
 * keeps requests waiting only briefly: the digest lets them through between batches.
 */
export const RECIPIENTS_PER_BATCH = 50;

/** The daily digest (SPEC §20): one instance runs it per day (the job runner's lease). */
export function reminderDigestJob(services: AppServices): ScheduledJob {
  return { name: 'reminder_digest', everyMs: DAY_MS, leaseMs: 60 * 60_000, run: async () => void (await sendReminderDigests(services)) };
}

/**
 * Mails each owner one digest of the items of their own vehicles that newly became `bald_faellig`
 * or `ueberfaellig` on `today` (YYYY-MM-DD, German calendar date). Who gets mail: accounts with
 * reminders on that accepted the current terms and privacy versions (reminders are part of the
 * product, which the consent gate closes; docs/DECISIONS.md). An item is reported once per
 * recipient, state and due (`ReminderNotice`): the notices of a digest are recorded in one
 * transaction before it is sent, so no run, restart or second instance mails them again. A digest
 * whose sending fails has its notices taken back, and the next run tries again.
 * Answers how many digests went out.
 */
export async function sendReminderDigests(services: AppServices, today = todayInGermany()): Promise<number> {
  const em = services.orm.em.fork();
  let sent = 0;
  let afterId = '';
  for (;;) {
    const users = await em.getRepository(User).reminderRecipientsPage(afterId, RECIPIENTS_PER_BATCH);
    if (users.length === 0) return sent;
    afterId = users.at(-1)!.id;
    const consented = await em.getRepository(Consent).withCurrentConsents(users.map((user) => user.id), currentConsentVersions(services.config));
    const recipients = users.filter((user) => consented.has(user.id));
    if (recipients.length === 0) continue;
    const vehicles = await em.getRepository(Vehicle).allOfOwners(recipients.map((user) => user.id));
    const vehicleOf = new Map(vehicles.map((vehicle) => [vehicle.id, vehicle]));
    const dueByOwner = new Map<string, VehicleDueItem[]>();
    for (const item of await dueItemsOfVehicles(em, [...vehicleOf.keys()], today)) {
      if (item.state === 'ok') continue;
      const owner = vehicleOf.get(item.vehicleId)!.owner;
      dueByOwner.set(owner, [...(dueByOwner.get(owner) ?? []), item]);
    }
    for (const user of recipients) {
      const due = dueByOwner.get(user.id);
      if (due && (await sendDigest(services, em, user, due, vehicleOf))) sent++;
    }
    em.clear();
    await setImmediate();
  }
}

/** Records the notices of one owner's digest and mails those that are new; answers whether a mail went out. */
async function sendDigest(services: AppServices, em: EntityManager, user: User, due: VehicleDueItem[], vehicleOf: Map<string, Vehicle>): Promise<boolean> {
  const fresh = await em.transactional(async (tem) => {
    const recorded: { noticeId: string; item: VehicleDueItem }[] = [];
    for (const item of due) {
      const noticeId = await tem.getRepository(ReminderNotice).recordOnce({
        planItem: item.planItemId,
        recipient: user.id,
        state: item.state as NoticeState,
        dueKey: `${item.dueDate ?? ''}/${item.dueKm ?? ''}`,
      });
      if (noticeId) recorded.push({ noticeId, item });
    }
    return recorded;
  });
  if (fresh.length === 0) return false;
  const line = ({ item }: (typeof fresh)[number]) => `${vehicleLabel(vehicleOf.get(item.vehicleId)!)}: ${item.title}, fällig ${dueWhen(item)}`;
  const unsubscribe = unsubscribeLink(services, user.id);
  try {
    const mail = MAILS.reminderDigest(services.config, {
      overdue: fresh.filter(({ item }) => item.state === 'ueberfaellig').map(line),
      dueSoon: fresh.filter(({ item }) => item.state === 'bald_faellig').map(line),
      unsubscribeLink: unsubscribe,
    });
    await services.mailer.send({ to: services.keyring.decrypt('email-encryption', user.emailEncrypted), ...mail, listUnsubscribe: unsubscribe });
  } catch (error) {
    services.logger.error('reminder_digest_failed', { userId: user.id, errorName: (error as Error)?.name });
    await em.getRepository(ReminderNotice).forget(fresh.map(({ noticeId }) => noticeId));
    return false;
  }
  await writeAudit(em, { actor: null, systemActor: true }, { action: 'REMINDER_DIGEST_SENT', targetType: 'user', targetId: user.id, metadata: { count: fresh.length } });
  return true;
}
