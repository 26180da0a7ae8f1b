import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../identity/user.entity.ts';
import { migrate, openOrm, type Orm } from './orm.ts';
import { preparedRead } from './prepared-reads.ts';
import { sqlStatementCount } from './statement-counter.ts';

let orm: Orm;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ltc-prepared-'));
  orm = await openOrm({ engine: 'sqlite', path: path.join(dir, 'ltc.sqlite') });
  await migrate(orm);
});
afterAll(async () => {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

const userCount = async (em = orm.em.fork()) => (await preparedRead<{ n: number }>(em, 'select count(*) as n from users', []))[0]!.n;
const newUser = (tag: string, extra: Partial<User> = {}) => ({ emailHmac: `hmac-${tag}`, emailEncrypted: 'encrypted', emailMasked: 'm***@example.org', ...extra });

describe('preparedRead', () => {
  it('never sees the uncommitted rows of another open transaction (it waits for the connection lock)', async () => {
    const before = await userCount();
    let readDuringTransaction: Promise<number> | undefined;
    await expect(
      orm.em.fork().transactional(async (tx) => {
        tx.create(User, newUser('rolled-back'));
        await tx.flush();
        readDuringTransaction = userCount(); // issued while the transaction holds the one connection
        await new Promise((resolve) => setTimeout(resolve, 30));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await readDuringTransaction).toBe(before);
  });

  it('inside its own transaction reads that transaction’s rows without waiting for itself', async () => {
    const before = await userCount();
    const inside = await orm.em.fork().transactional(async (tx) => {
      tx.create(User, newUser('committed'));
      await tx.flush();
      return userCount(tx);
    });
    expect(inside).toBe(before + 1);
  });

  it('counts as a statement like every ORM query', async () => {
    const statements = sqlStatementCount(orm);
    await userCount();
    expect(sqlStatementCount(orm)).toBe(statements + 1);
  });

  it('answers a limit written into the text as it would the parameter, for other parameters around it too', async () => {
    const em = orm.em.fork();
    for (const tag of ['limit-a', 'limit-b', 'limit-c']) em.create(User, newUser(tag));
    await em.flush();
    const pageOf = (limit: unknown) =>
      preparedRead<{ email_hmac: string }>(orm.em.fork(), 'select email_hmac from (select email_hmac from users where email_hmac like ? order by email_hmac limit ?) as page where email_hmac <> ? order by email_hmac', ['hmac-limit-%', limit, 'hmac-limit-a']);
    expect((await pageOf(2)).map((row) => row.email_hmac)).toEqual(['hmac-limit-b']);
    expect((await pageOf(3)).map((row) => row.email_hmac)).toEqual(['hmac-limit-b', 'hmac-limit-c']);
    // Not a whole number: stays a parameter, and SQLite refuses it as it would anyway.
    await expect(pageOf(1.5)).rejects.toThrow();
  });
});

/** Runs `work` and returns the texts better-sqlite3 compiled meanwhile. */
async function compiledDuring(work: () => Promise<unknown>): Promise<string[]> {
  const database = (await orm.em.getConnection().getNativeClient()) as BetterSqlite3.Database;
  const prototype = Object.getPrototypeOf(database) as BetterSqlite3.Database;
  const prepare = prototype.prepare;
  const compiled: string[] = [];
  prototype.prepare = function (this: BetterSqlite3.Database, sql: string) {
    compiled.push(sql);
    return prepare.call(this, sql);
  } as typeof prepare;
  try {
    await work();
  } finally {
    prototype.prepare = prepare;
  }
  return compiled;
}

describe('the ORM’s own statements on SQLite', () => {
  it('compile an insert once for every later row with other values', async () => {
    const insert = (tag: string) => orm.em.fork().transactional(async (tx) => void tx.create(User, newUser(tag)));
    await insert('first');
    const later = await compiledDuring(async () => {
      for (const tag of ['second', 'third', 'fourth']) await insert(tag);
    });
    expect(later.filter((sql) => sql.startsWith('insert into `users`'))).toEqual([]);
    expect(await orm.em.fork().count(User, { emailHmac: { $in: ['hmac-second', 'hmac-third', 'hmac-fourth'] } })).toBe(3);
  });

  it('store and read back every kind of value as the ORM wrote it before: quotes, NUL, question marks, booleans, dates, null', async () => {
    const odd = "it's ? a \u0000 value ?? with \\? and 'quotes' – ünïcode";
    const at = new Date('2026-12-03T10:11:12.345Z');
    const em = orm.em.fork();
    const user = em.create(User, newUser('odd', { emailEncrypted: odd, emailMasked: '?', remindersEnabled: false, lastLoginAt: at }));
    await em.flush();
    const read = await orm.em.fork().findOneOrFail(User, { id: user.id });
    expect(read).toMatchObject({ emailEncrypted: odd, emailMasked: '?', remindersEnabled: false, lastLoginAt: at });
    expect(await orm.em.fork().count(User, { emailEncrypted: odd, remindersEnabled: false, lastLoginAt: at })).toBe(1);
    // An update binds its values the same way; a null clears.
    await orm.em.fork().nativeUpdate(User, { id: user.id }, { lastLoginAt: null, remindersEnabled: true });
    expect(await orm.em.fork().findOneOrFail(User, { id: user.id })).toMatchObject({ lastLoginAt: null, remindersEnabled: true });
  });

  it('keep the ORM’s formatted path for a list parameter', async () => {
    const rows = await orm.em.fork().execute<{ n: number }[]>('select count(*) as n from users where email_hmac in (?)', [['hmac-first', 'hmac-odd', 'hmac-none']]);
    expect(rows[0]!.n).toBe(2);
  });
});
