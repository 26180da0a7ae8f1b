import type { EntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropTestDatabase, testDatabase, testEngine } from '../../test/harness.ts';
import { tempDir } from '../../test/temp-dirs.ts';
import { User } from '../identity/user.entity.ts';
import { migrate, openOrm, type Orm } from './orm.ts';
import { MAX_NAMED_STATEMENTS } from './postgresql-driver.ts';

// The ORM's statements on PostgreSQL: values bound, each text prepared once per connection.
describe.runIf(testEngine === 'postgresql')('the PostgreSQL driver', () => {
  const database = testEngine === 'postgresql' ? testDatabase(tempDir('ltc-pg-driver-')) : undefined;
  let orm: Orm;

  beforeAll(async () => {
    orm = await openOrm(database!);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close();
    await dropTestDatabase(database!);
  });

  /** The statements prepared on the connection of `em`'s transaction. */
  const prepared = (em: EntityManager) =>
    em.getConnection().execute<{ name: string; statement: string }[]>('select name, statement from pg_prepared_statements order by name', [], 'all', em.getTransactionContext());

  it('binds the values of the ORM statements and prepares each text once per connection under a name', async () => {
    await orm.em.fork().transactional(async (em) => {
      em.create(User, { emailHmac: 'hmac-bound', emailEncrypted: 'x', emailMasked: 'b***@example.org', lastLoginAt: null });
      await em.flush();
      const byHmac = 'select "id" from "users" where "email_hmac" = ?';
      for (let run = 0; run < 3; run++) {
        const rows = await em.getConnection().execute(byHmac, ['hmac-bound'], 'all', em.getTransactionContext());
        expect(rows).toHaveLength(1);
      }
      await em.findOne(User, { emailHmac: 'hmac-bound' }, { disableIdentityMap: true });
      const statements = await prepared(em);
      expect(statements.filter((row) => row.statement === 'select "id" from "users" where "email_hmac" = $1')).toHaveLength(1);
      expect(statements.some((row) => row.statement.startsWith('insert into "users"') && row.statement.includes('$1'))).toBe(true);
      expect(statements.every((row) => /^ltc_\d+$/.test(row.name))).toBe(true);
      // A whole-row select would change its result when a migration adds a column: not prepared.
      expect(statements.some((row) => row.statement.includes('"u0".*'))).toBe(false);
    });
  });

  it('writes and finds a value as the formatted statement did, dates in any time zone of the process', async () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/St_Johns'; // −3:30 or −2:30: a half-hour offset
    try {
      const at = new Date('2026-07-01T12:34:56.789Z');
      const em = orm.em.fork();
      em.create(User, { emailHmac: "hmac-o'neil\\", emailEncrypted: 'ä € 😀', emailMasked: 'o***@example.org', createdAt: at, lastLoginAt: null, remindersEnabled: false });
      await em.flush();
      const found = await orm.em.fork().findOneOrFail(User, { emailHmac: "hmac-o'neil\\", createdAt: { $lte: at }, remindersEnabled: false, lastLoginAt: null });
      expect(found.createdAt.getTime()).toBe(at.getTime());
      expect(found.emailEncrypted).toBe('ä € 😀');
      const [row] = await orm.em.getConnection().execute<{ utc: string }[]>(`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') as utc from users where email_hmac = ?`, ["hmac-o'neil\\"]);
      expect(row!.utc).toBe('2026-07-01 12:34:56.789');
    } finally {
      process.env.TZ = zone;
    }
  });

  it('runs statements beyond the named ones unnamed, and answers them alike', async () => {
    const fresh = await openOrm(database!); // names are handed out per connection pool
    try {
      await fresh.em.fork().transactional(async (em) => {
        for (let index = 0; index <= MAX_NAMED_STATEMENTS; index++) {
          const [row] = await em.getConnection().execute<{ n: number }[]>(`select ?::int + ${index} as n`, [1], 'all', em.getTransactionContext());
          expect(row!.n).toBe(index + 1);
        }
        expect(await prepared(em)).toHaveLength(MAX_NAMED_STATEMENTS);
      });
    } finally {
      await fresh.close();
    }
  });
});
