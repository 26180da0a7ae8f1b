import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../api-tokens/api-token.entity.ts';
import { Consent } from '../consent/consent.entity.ts';
import { Session } from '../identity/session.entity.ts';
import { User } from '../identity/user.entity.ts';
import { migrate, openOrm, type Orm } from './orm.ts';
import { runsPreparedReads, usePortableReads } from './prepared-reads.ts';

/**
 * Every read that runs as a prepared statement on SQLite also has the portable path (the ORM runs
 * the same QueryBuilder query, as on PostgreSQL). Both must answer the same, row for row.
 */
let orm: Orm;
let dir: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ltc-repositories-'));
  orm = await openOrm(path.join(dir, 'ltc.sqlite'));
  await migrate(orm);
  const em = orm.em.fork();
  const user = em.create(User, { emailHmac: 'hmac-a', emailEncrypted: 'x', emailMasked: 'a***@example.org', role: 'dealer' });
  await em.flush();
  ids.user = user.id;
  em.create(Session, { tokenHmac: 'session-hmac', user: user.id });
  em.create(ApiToken, { tokenHmac: 'token-hmac', user: user.id, name: 't', scope: 'read', expiresAt: new Date(Date.now() + 86_400_000) });
  em.create(Consent, { user: user.id, document: 'terms', version: 't1', source: 'ui' });
  em.create(Consent, { user: user.id, document: 'privacy', version: 'p1', source: 'ui' });
  await em.flush();
});
afterAll(async () => {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs a read once on the prepared path and once on the portable path; both answers must match. */
async function bothPaths<T>(read: (em: EntityManager) => Promise<T>): Promise<T> {
  expect(runsPreparedReads(orm.em.fork())).toBe(true);
  const prepared = await read(orm.em.fork());
  usePortableReads(orm.config);
  try {
    expect(runsPreparedReads(orm.em.fork())).toBe(false);
    const portable = await read(orm.em.fork());
    expect(portable).toEqual(prepared);
  } finally {
    usePortableReads(orm.config, false);
  }
  return prepared;
}

describe('repository reads: the prepared (SQLite) and the portable path answer the same', () => {
  it('sessions by token HMAC, with the user role and dates as Date', async () => {
    const row = await bothPaths((em) => em.getRepository(Session).unrevokedByTokenHmac(['other', 'session-hmac']));
    expect(row).toMatchObject({ userId: ids.user, role: 'dealer' });
    expect(row!.createdAt).toBeInstanceOf(Date);
    expect(await bothPaths((em) => em.getRepository(Session).unrevokedByTokenHmac(['unknown']))).toBeNull();
  });

  it('api tokens by token HMAC', async () => {
    const row = await bothPaths((em) => em.getRepository(ApiToken).unrevokedByTokenHmac(['token-hmac']));
    expect(row).toMatchObject({ userId: ids.user, role: 'dealer', scope: 'read', lastUsedAt: null });
    expect(row!.expiresAt).toBeInstanceOf(Date);
  });

  it('the count of current consents', async () => {
    expect(await bothPaths((em) => em.getRepository(Consent).acceptedCurrent(ids.user!, 't1', 'p1'))).toBe(2);
    expect(await bothPaths((em) => em.getRepository(Consent).acceptedCurrent(ids.user!, 't2', 'p1'))).toBe(1);
  });
});
