import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Migrator, TSMigrationGenerator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/sql';
import { parse as parsePostgresUrl } from 'pg-connection-string';
import type { DatabaseTarget } from '../config.ts';
import { entities } from './entities.ts';
import { StatementNamingPostgreSqlDriver } from './postgresql-driver.ts';
import { StatementCachingSqliteDriver } from './sqlite-driver.ts';
import { StatementCountingLogger } from './statement-counter.ts';

export type Orm = MikroORM;
export type Engine = DatabaseTarget['engine'];

/** Each engine has its own migrations, written by the MikroORM migrator (`npm run migration:new`). */
export const migrationsFolder = (engine: Engine) => fileURLToPath(new URL(`../../migrations/${engine}`, import.meta.url));

/**
 * Migrations only go forwards (docs/OPERATIONS.md, "Upgrade with migrations"), so new files get no
 * down(); MikroORM's reverse diff would also re-create the migration-owned triggers as empty
 * functions there.
 */
class ForwardMigrationGenerator extends TSMigrationGenerator {
  override generateMigrationFile(className: string, diff: { up: string[]; down: string[] }): string {
    return super.generateMigrationFile(className, { up: diff.up, down: [] });
  }
}

export function ormConfig(database: DatabaseTarget, options: { debug?: boolean } = {}) {
  // Typed as the common SQL driver: the rest of the code sees only @mikro-orm/sql's EntityManager.
  const driver = (database.engine === 'sqlite' ? StatementCachingSqliteDriver : StatementNamingPostgreSqlDriver) as Options['driver'];
  return defineConfig({
    driver,
    ...(database.engine === 'sqlite' ? { dbName: database.path } : postgresConnection(database.url)),
    entities,
    extensions: [Migrator],
    migrations: {
      path: migrationsFolder(database.engine),
      // mikro_orm_migrations records file names without extension: the SQLite files moved from
      // migrations/ to migrations/sqlite/ kept theirs, so an existing database re-runs nothing.
      glob: 'Migration*.ts',
      generator: ForwardMigrationGenerator,
      snapshot: false,
      silent: true,
      transactional: true,
      allOrNothing: true,
    },
    schemaGenerator: {
      // The public-view version triggers live in each engine's migrations (plain SQL on SQLite,
      // plpgsql on PostgreSQL), not on the entities: the schema diff must neither drop nor
      // rewrite them.
      ignoreTriggers: true,
    },
    debug: options.debug ?? false,
    loggerFactory: (loggerOptions) => new StatementCountingLogger(loggerOptions),
    // Entities are defined with defineEntity; no reflection or discovery from files.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
  });
}

/**
 * The connection settings of a PostgreSQL URL, parsed by pg as libpq (and pg_dump) would read it.
 * MikroORM's own `clientUrl` keeps only host, port, user, password and database and drops the
 * query: `sslmode=verify-full` would connect without TLS, `host=/var/run/postgresql` over TCP.
 */
function postgresConnection(url: string) {
  const { database, host, port, user, password, ...driverOptions } = parsePostgresUrl(url);
  return {
    dbName: database || undefined,
    host: host || undefined,
    port: port ? Number(port) : undefined,
    user: user || undefined,
    password: password || undefined,
    // ssl, application_name, options, …: handed to pg's pool as they are.
    driverOptions,
  };
}

/**
 * Opens the database the configuration names. SQLite: the file in WAL mode with foreign keys
 * enforced and a 4 MiB page cache. PostgreSQL: a connection pool; the database is created when
 * it does not exist yet (MikroORM's `ensureDatabase`, needs the CREATEDB right only then).
 */
export async function openOrm(database: DatabaseTarget): Promise<Orm> {
  if (database.engine === 'sqlite' && database.path !== ':memory:') mkdirSync(path.dirname(database.path), { recursive: true });
  const orm = await MikroORM.init(ormConfig(database));
  if (database.engine === 'sqlite') {
    const connection = orm.em.getConnection();
    await connection.execute('pragma journal_mode = WAL');
    await connection.execute('pragma foreign_keys = ON');
    await connection.execute('pragma busy_timeout = 5000');
    await connection.execute('pragma synchronous = NORMAL');
    // better-sqlite3 builds SQLite with a 16 MiB page cache. The operating system caches the file
    // too, and 4 MiB served the load test at the same CPU per request, with 12 MB less memory.
    await connection.execute('pragma cache_size = -4000');
  }
  return orm;
}

/** The engine an open ORM talks to. */
export const engineOf = (orm: Orm): Engine => (orm.config.get('driver') === StatementNamingPostgreSqlDriver ? 'postgresql' : 'sqlite');

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: Orm): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}
