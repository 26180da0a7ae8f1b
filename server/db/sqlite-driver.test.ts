import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../identity/user.entity.ts';
import { migrate, openOrm, type Orm } from './orm.ts';

let orm: Orm;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ltc-sqlite-driver-'));
  orm = await openOrm({ engine: 'sqlite', path: path.join(dir, 'ltc.sqlite') });
  await migrate(orm);
});
afterAll(async () => {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
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

const newUser = (tag: string, extra: Partial<User> = {}) => ({ emailHmac: `hmac-${tag}`, emailEncrypted: 'encrypted', emailMasked: 'm***@example.org', ...extra });

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
