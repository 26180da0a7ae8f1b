import { describe, expect, inject, it } from 'vitest';
import { testEngine } from '../../test/harness.ts';
import { openOrm } from './orm.ts';

// A PostgreSQL URL reaches the driver whole: its query parameters choose the socket and TLS.
describe.runIf(testEngine === 'postgresql')('the PostgreSQL URL', () => {
  it('connects through the Unix socket that host=<folder> names', async () => {
    const orm = await openOrm({ engine: 'postgresql', url: inject('postgresSocketUrl') });
    try {
      const [row] = await orm.em.getConnection().execute<{ address: string | null }[]>('select inet_client_addr() as address');
      expect(row).toEqual({ address: null }); // a TCP client would have one
    } finally {
      await orm.close();
    }
  });

  it('outlives PostgreSQL ending its connections (a restart, a failover): the next statement gets a new one', async () => {
    const orm = await openOrm({ engine: 'postgresql', url: `${inject('postgresUrl')}/postgres?application_name=ltc-terminated` });
    const admin = await openOrm({ engine: 'postgresql', url: `${inject('postgresUrl')}/postgres` });
    try {
      const connection = orm.em.getConnection();
      const pidOf = async () => (await connection.execute<{ pid: number }[]>('select pg_backend_pid() as pid'))[0]!.pid;
      const before = await pidOf();
      const [ended] = await admin.em.getConnection().execute<{ count: string | number }[]>(
        `select count(*) as count from (select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'ltc-terminated') as ended`,
      );
      expect(Number(ended!.count)).toBeGreaterThan(0);
      // The idle connection's error arrives as an event of the pool: unhandled, it would end the process.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const after = await pidOf();
      expect(after).not.toBe(before);
    } finally {
      await admin.close();
      await orm.close();
    }
  });

  it('asks for TLS when it says sslmode=verify-full, and the test server (without TLS) refuses', async () => {
    const url = `${inject('postgresUrl')}/postgres`;
    for (const [query, answer] of [['', 'answers'], ['?sslmode=verify-full', 'refuses']] as const) {
      const orm = await openOrm({ engine: 'postgresql', url: `${url}${query}` });
      try {
        const select = orm.em.getConnection().execute('select 1 as one');
        if (answer === 'answers') await expect(select).resolves.toEqual([{ one: 1 }]);
        else await expect(select).rejects.toThrow(/does not support SSL/);
      } finally {
        await orm.close();
      }
    }
  });
});
