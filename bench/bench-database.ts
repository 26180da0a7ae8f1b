// Which database a bench runs on (`npm run bench`, `npm run bench:load`):
// - LTC_DATABASE_URL as the server takes it (postgres://… or sqlite:<path>): an empty database
//   the bench fills (created by the ORM if missing; a database with users in it is refused);
// - BENCH_ENGINE=postgres: a throwaway PostgreSQL from test/postgres.ts, removed afterwards;
// - otherwise a SQLite file in the bench's temporary storage folder.
import { constants } from 'node:os';
import { User } from '../server/identity/user.entity.ts';
import type { Orm } from '../server/db/orm.ts';
import { startPostgres } from '../test/postgres.ts';

export interface BenchDatabase {
  /** Environment for the bench's configuration (empty: the default SQLite file). */
  env: { LTC_DATABASE_URL?: string };
  stop(): void;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  const given = process.env.LTC_DATABASE_URL;
  if (given) return { env: { LTC_DATABASE_URL: given }, stop() {} };
  const engine = process.env.BENCH_ENGINE ?? 'sqlite';
  if (engine === 'sqlite') return { env: {}, stop() {} };
  if (engine !== 'postgres') throw new Error(`BENCH_ENGINE must be sqlite or postgres, not ${engine}`);
  const server = await startPostgres();
  return { env: { LTC_DATABASE_URL: `${server.url}/ltc_bench` }, stop: () => server.stop() };
}

/** The bench seeds fixed VINs and emails: a database someone already uses is not one to fill. */
export async function assertEmpty(orm: Orm): Promise<void> {
  if ((await orm.em.fork().count(User)) > 0) throw new Error('The bench fills its database: LTC_DATABASE_URL must name an empty (or new) database');
}

/**
 * Runs `cleanUp` (stop the servers and the database, remove the temporary files) before the bench
 * exits on Ctrl-C or a kill: a throwaway PostgreSQL is no child of the bench and would keep running.
 */
export function cleanUpOnInterrupt(cleanUp: () => unknown): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.resolve().then(cleanUp).finally(() => process.exit(128 + constants.signals[signal])));
  }
}
