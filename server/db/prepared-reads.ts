import type { EntityManager, SqliteConnection } from '@mikro-orm/sqlite';
import type BetterSqlite3 from 'better-sqlite3';

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** Distinct statement texts kept compiled per database (`in (?, …)` lists vary with batch size). */
const MAX_STATEMENTS = 256;
const statementsByDatabase = new WeakMap<Database, Map<string, Statement>>();

/**
 * Runs a read as a prepared statement on the ORM's SQLite connection and returns plain rows.
 * MikroORM writes parameters into the SQL text, so SQLite compiles every ORM statement anew; on
 * the hot read paths (public page, trust inputs, entry lists) that compilation cost more than the
 * read itself (docs/PERFORMANCE.md). These statements are compiled once per text.
 *
 * They take the connection's lock like every ORM query: SQLite has one connection here, and a read
 * slipped in between the statements of another request's open transaction would see its
 * uncommitted rows. Inside this entity manager's own transaction the lock is already ours.
 * Every statement is logged through the ORM's logger, so statement counts stay true.
 */
export async function preparedRead<Row>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<Row[]> {
  const connection = em.getConnection() as SqliteConnection;
  const statement = compiled(await nativeDatabase(connection), sql);
  const read = () => {
    const started = Date.now();
    const rows = statement.all(...params) as Row[];
    em.config.getLogger().logQuery({ query: sql, level: 'info', took: Date.now() - started, results: rows.length });
    return rows;
  };
  if (em.getTransactionContext()) return read();
  return connection.getClient().connection().execute(async () => read());
}

function compiled(database: Database, sql: string): Statement {
  let statements = statementsByDatabase.get(database);
  if (!statements) statementsByDatabase.set(database, (statements = new Map()));
  let statement = statements.get(sql);
  if (!statement) {
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    statement = database.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * A value that changes whenever any row in the database may have changed: rows changed by this
 * process's one connection (`total_changes()`, counted as soon as a statement runs, committed or
 * not, and never counted back) and commits by other processes such as maintenance scripts
 * (`data_version`). Reads no table, so it needs no lock. For caches of derived answers.
 */
export async function databaseVersion(em: EntityManager): Promise<string> {
  const database = await nativeDatabase(em.getConnection() as SqliteConnection);
  // Two statements: the pragma as a table-valued function in one select costs several times more.
  const changes = compiled(database, 'select total_changes()').pluck().get() as number;
  const version = compiled(database, 'pragma data_version').pluck().get() as number;
  return `${changes}:${version}`;
}

const databaseByConnection = new WeakMap<SqliteConnection, Database>();

/** The better-sqlite3 handle behind the ORM's connection, looked up once. */
async function nativeDatabase(connection: SqliteConnection): Promise<Database> {
  let database = databaseByConnection.get(connection);
  if (!database) databaseByConnection.set(connection, (database = await connection.getNativeClient()));
  return database;
}
