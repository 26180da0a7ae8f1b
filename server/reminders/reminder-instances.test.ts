import { describe, expect, it } from 'vitest';
import { signInAs, testEngine } from '../../test/harness.ts';
import { startTwoInstances } from '../../test/two-instances.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { JobLease } from '../jobs/job-lease.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { reminderDigestJob, sendReminderDigests } from './reminders.service.ts';

// SPEC §24: with several instances the reminder digest still goes out once.
describe('the reminder digest on two instances', () => {
  it('sends one digest when both instances decide at once, and the daily job runs on one of them', async () => {
    const both = await startTwoInstances();
    try {
      const { a, b } = both;
      const owner = await signInAs(a, 'user');
      const { id } = await createVehicle(a, owner.token);
      // Registered long ago: every suggested item is overdue today, whatever day the test runs.
      await a.app.services.orm.em.fork().nativeUpdate(Vehicle, { id }, { firstRegistration: '2015-01-01' });
      const digests = () => both.outbox().filter((mail) => mail.subject.startsWith('Erinnerung'));

      // Both decide the same day (on PostgreSQL at the same time): the notices' unique key lets one
      // of them mail. On SQLite one after the other: both instances of this test share one process,
      // and better-sqlite3 waits for a locked database synchronously, so two write transactions at
      // once would stall each other's event loop until the busy timeout.
      const decide = (server: typeof a) => sendReminderDigests(server.app.services, '2025-03-01');
      const sent = testEngine === 'postgresql' ? await Promise.all([a, b].map(decide)) : [await decide(a), await decide(b)];
      expect(sent.toSorted()).toEqual([0, 1]);
      expect(digests()).toHaveLength(1);

      // The scheduled job: due again (its lease row says so), both instances tick, one runs it.
      // What it finds has been reported already, so it sends nothing new.
      await a.app.services.orm.em.fork().nativeUpdate(JobLease, { name: 'reminder_digest' }, { nextRunAt: null });
      const ran = await Promise.all([a, b].map((server) => server.app.services.jobs.runIfDue(reminderDigestJob(server.app.services))));
      expect(ran.toSorted()).toEqual([false, true]);
      expect(digests()).toHaveLength(1);
      expect(digests()[0]!.text).toContain('Überfällig:');
    } finally {
      await both.close();
    }
  });
});
