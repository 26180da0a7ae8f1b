// Two real servers behind one database and one document store (issue 15): what several API instances
// behind nginx share. Each instance has its own port, services, in-memory caches, rate limiter and job
// runner; with LTC_TEST_STORAGE=s3 each also has its own storage folder (its local disk: upload staging,
// outbox), so nothing it shares with the other can come from the disk.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, openOrm } from '../server/db/orm.ts';
import { dropTestDatabase, newBucketEnv, startServer, testDatabase, testStorage, type TestServer } from './harness.ts';

export interface TwoInstances {
  a: TestServer;
  b: TestServer;
  /** Mails in the development outboxes of both instances. */
  outbox(): ReturnType<TestServer['outbox']>;
  /** Stops both instances, then drops the database and removes the storage folders. */
  close(): Promise<void>;
}

/**
 * Starts two instances at once on a new database (migrated once before, as a rollout does) and a new
 * document store: the bucket, or on the filesystem backend one storage folder both use (a shared
 * volume). Both get the same secret key, as every instance of a deployment must, and the rate-limit
 * store in the database, which several instances need. `env` goes to both.
 */
export async function startTwoInstances(env: Record<string, string> = {}): Promise<TwoInstances> {
  const folderA = mkdtempSync(path.join(tmpdir(), 'ltc-two-a-'));
  const folderB = testStorage === 's3' ? mkdtempSync(path.join(tmpdir(), 'ltc-two-b-')) : folderA;
  const database = testDatabase(folderA);
  const orm = await openOrm(database);
  try {
    await migrate(orm);
  } finally {
    await orm.close();
  }
  const shared = {
    LTC_DATABASE_URL: database.engine === 'sqlite' ? database.path : database.url,
    LTC_SECRET_KEY: randomBytes(48).toString('base64url'),
    LTC_RATE_LIMIT_STORE: 'database',
    ...(testStorage === 's3' ? await newBucketEnv() : {}),
    ...env,
  };
  const [a, b] = await Promise.all([startServer(shared, { storageDir: folderA }), startServer(shared, { storageDir: folderB })]);
  return {
    a,
    b,
    outbox: () => (folderA === folderB ? a.outbox() : [...a.outbox(), ...b.outbox()]),
    async close() {
      // Not TestServer.close(): that drops the database the other instance still uses.
      await Promise.all([a.app.close(), b.app.close()]);
      await dropTestDatabase(database);
      for (const folder of new Set([folderA, folderB])) rmSync(folder, { recursive: true, force: true });
    },
  };
}
