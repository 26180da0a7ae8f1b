import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { testEngine } from '../../test/harness.ts';
import { tempDir } from '../../test/temp-dirs.ts';
import { openOrm } from './orm.ts';

describe.runIf(testEngine === 'sqlite')('the SQLite file', () => {
  it('is opened in WAL mode, with foreign keys enforced and a 4 MiB page cache (not better-sqlite3\'s 16 MiB)', async () => {
    const orm = await openOrm({ engine: 'sqlite', path: path.join(tempDir('ltc-orm-'), 'settings.sqlite') });
    try {
      const pragma = async (name: string) => Object.values((await orm.em.getConnection().execute<Record<string, unknown>[]>(`pragma ${name}`))[0]!)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('cache_size')).toBe(-4000);
    } finally {
      await orm.close();
    }
  });
});

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
