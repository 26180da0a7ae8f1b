import type { Configuration, EntityManager } from '@mikro-orm/sql';
import { SqliteConnection } from '@mikro-orm/sqlite';
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** Distinct statement texts kept compiled per database (`in (?, …)` lists vary with batch size, limits with page size). */
const MAX_STATEMENTS = 512;
const statementsByDatabase = new WeakMap<Database, Map<string, Statement>>();

/** ORM configurations whose reads take the portable path even on SQLite (tests prove that path). */
const portableOnly = new WeakSet<Configuration>();

export function usePortableReads(config: Configuration, portable = true): void {
  if (portable) portableOnly.add(config);
  else portableOnly.delete(config);
}

/**
 * Whether reads of this manager run as prepared statements: only on the better-sqlite3 connection.
 * Every other engine runs the ORM's own query (`base.repository.ts`).
 */
export const runsPreparedReads = (em: EntityManager): boolean =>
  em.getConnection() instanceof SqliteConnection && !portableOnly.has(em.config);

/**
 * SQLite's executor for the repositories (`base.repository.ts`), nowhere else.
 * Runs a read as a prepared statement on the ORM's SQLite connection and returns plain rows,
 * compiled once per text (as the ORM's own statements are, `sqlite-driver.ts`), with each whole
 * limit written into the text, and without the ORM's result mapping and identity map, which cost
 * more than the read itself on the hot paths (public page, trust inputs, entry lists;
 * docs/PERFORMANCE.md).
 *
 * They take the connection's lock like every ORM query: SQLite has one connection here, and a read
 * slipped in between the statements of another request's open transaction would see its
 * uncommitted rows. Inside this entity manager's own transaction the lock is already ours.
 */
export async function preparedRead<Row>(em: EntityManager, query: string, values: readonly unknown[]): Promise<Row[]> {
  const { sql, params } = withLiteralLimits(query, values);
  const connection = em.getConnection() as SqliteConnection;
  const statement = compiledStatement(await nativeDatabase(connection), sql);
  if (em.getTransactionContext()) return runLogged<Row>(em, statement, sql, params);
  return connection.getClient().connection().execute(async () => runLogged<Row>(em, statement, sql, params));
}

/**
 * The same, but without waiting for the connection lock, so it may see another request's
 * uncommitted rows. Only for values where that is harmless: a version counter compared for
 * equality, where an uncommitted bump can only cause a cache miss (public-view cache).
 */
export async function unlockedRead<Row>(em: EntityManager, query: string, values: readonly unknown[]): Promise<Row[]> {
  const { sql, params } = withLiteralLimits(query, values);
  const statement = compiledStatement(await nativeDatabase(em.getConnection() as SqliteConnection), sql);
  return runLogged<Row>(em, statement, sql, params);
}

/** Runs the statement and logs it through the ORM's logger, so statement counts stay true. */
function runLogged<Row>(em: EntityManager, statement: Statement, sql: string, params: readonly unknown[]): Row[] {
  const started = Date.now();
  const rows = statement.all(...params.map(bindable)) as Row[];
  em.config.getLogger().logQuery({ query: sql, level: 'info', took: Date.now() - started, results: rows.length });
  return rows;
}

/**
 * The statement with each whole-number `limit ?` written as its number. SQLite reads an index page
 * two to three times slower with the limit as a parameter (measured for the vehicle and entry pages,
 * docs/PERFORMANCE.md), and the ORM writes every limit as one. One compiled statement per page size
 * then; a statement with a quoted literal (where a `?` may not be a parameter) stays as it is.
 */
function withLiteralLimits(sql: string, params: readonly unknown[]): { sql: string; params: readonly unknown[] } {
  if (!sql.includes('limit ?') || sql.includes("'")) return { sql, params };
  const pieces = sql.split('?');
  if (pieces.length - 1 !== params.length) return { sql, params };
  const kept: unknown[] = [];
  let text = '';
  params.forEach((param, index) => {
    const literal = pieces[index]!.endsWith('limit ') && Number.isSafeInteger(param) && (param as number) >= 0;
    text += pieces[index] + (literal ? String(param) : '?');
    if (!literal) kept.push(param);
  });
  return { sql: text + pieces.at(-1), params: kept };
}

/** Values as the ORM's SQLite platform writes them (`SqlitePlatform.escape`): booleans 1/0, dates epoch ms, undefined null. */
export const bindable = (value: unknown): unknown => (value === undefined ? null : typeof value === 'boolean' ? Number(value) : value instanceof Date ? value.getTime() : value);

/**
 * The statement for this text, compiled once per database and kept while it is among the
 * `MAX_STATEMENTS` most recently used. One still iterating its rows (busy) cannot run again, so
 * a second user gets a statement of its own.
 */
export function compiledStatement(database: Database, sql: string): Statement {
  let statements = statementsByDatabase.get(database);
  if (!statements) statementsByDatabase.set(database, (statements = new Map()));
  let statement = statements.get(sql);
  if (statement?.busy) return prepareAnew(database, sql);
  if (statement) statements.delete(sql);
  else {
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    statement = prepareAnew(database, sql);
  }
  statements.set(sql, statement);
  return statement;
}

/** better-sqlite3's own `prepare`, also where the ORM's connection routes its `prepare` here (sqlite-driver.ts). */
const prepareAnew = (database: Database, sql: string): Statement => (Object.getPrototypeOf(database) as Database).prepare.call(database, sql) as Statement;

const databaseByConnection = new WeakMap<SqliteConnection, Database>();

/** The better-sqlite3 handle behind the ORM's connection, looked up again once it was closed (a reconnect opens a new one). */
async function nativeDatabase(connection: SqliteConnection): Promise<Database> {
  let database = databaseByConnection.get(connection);
  if (!database?.open) databaseByConnection.set(connection, (database = await connection.getNativeClient()));
  return database;
}
