import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig } from '@mikro-orm/sqlite';
import { migrations } from '../../migrations/index.ts';
import { entities } from './entities.ts';
import { StatementCountingLogger } from './statement-counter.ts';

export type Orm = MikroORM;

export function ormConfig(databasePath: string, options: { debug?: boolean } = {}) {
  return defineConfig({
    dbName: databasePath,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList: migrations, snapshot: false, silent: true, transactional: true, allOrNothing: true },
    debug: options.debug ?? false,
    loggerFactory: (loggerOptions) => new StatementCountingLogger(loggerOptions),
    // Entities are defined with defineEntity; no reflection or discovery from files.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
  });
}

/** Opens the SQLite file in WAL mode with foreign keys enforced. */
export async function openOrm(databasePath: string): Promise<Orm> {
  if (databasePath !== ':memory:') mkdirSync(path.dirname(databasePath), { recursive: true });
  const orm = await MikroORM.init(ormConfig(databasePath));
  const connection = orm.em.getConnection();
  await connection.execute('pragma journal_mode = WAL');
  await connection.execute('pragma foreign_keys = ON');
  await connection.execute('pragma busy_timeout = 5000');
  await connection.execute('pragma synchronous = NORMAL');
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}
