import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
const newUser = (tag: string) => ({ emailHmac: `hmac-${tag}`, emailEncrypted: 'encrypted', emailMasked: 'm***@example.org' });

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
