import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Migrator } from '@mikro-orm/migrations';
import type Database from 'better-sqlite3';
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
  cachePreparedStatements(await connection.getNativeClient());
  return orm;
}

/**
 * The query builder (kysely) asks better-sqlite3 to compile every statement anew, which costs
 * more than running most of our indexed lookups (bench/load.ts). Compiled statements are reused
 * per SQL text instead (bounded, least recently used out). A statement still being iterated is
 * never handed out twice; SQLite recompiles cached statements itself after a schema change.
 */
export function cachePreparedStatements(db: Database.Database, capacity = 500): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let statement = cache.get(sql);
    if (statement && !statement.busy) {
      cache.delete(sql); // re-insert: Map order is the recency order
      cache.set(sql, statement);
      return statement;
    }
    statement = prepare(sql);
    cache.set(sql, statement);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
    return statement;
  }) as Database.Database['prepare'];
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
