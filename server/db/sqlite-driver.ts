import { AbstractSqlDriver, SqlitePlatform, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/sql';
import { MikroORM as SqliteMikroORM, SqliteConnection } from '@mikro-orm/sqlite';
import { CompiledQuery, type Kysely } from 'kysely';
import { boundStatement } from './bound-parameters.ts';
import { bindable, compiledStatement } from './prepared-reads.ts';

/**
 * MikroORM's SQLite connection, with the ORM's own statements (inserts, updates, entity loads)
 * bound as parameters and compiled once per text. The ORM writes every value into the SQL text, so
 * SQLite compiled each insert anew, its public-view triggers included: about 1 ms of an entry
 * creation (docs/PERFORMANCE.md). Values are bound as the ORM's SQLite platform writes them
 * (`bindable`); a statement whose `?`s are not one scalar value each (a list, an identifier `??`,
 * an escaped `\?`) takes the ORM's formatted path as before.
 */
class StatementCachingSqliteConnection extends SqliteConnection {
  protected override async onConnect(): Promise<void> {
    const database = await this.getNativeClient();
    // Kysely's SQLite driver prepares every statement it runs through this method.
    database.prepare = ((sql: string) => compiledStatement(database, sql)) as typeof database.prepare;
    await super.onConnect();
  }

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    query: Parameters<SqliteConnection['execute']>[0],
    params: Parameters<SqliteConnection['execute']>[1] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const bound = boundStatement(query, params, loggerContext);
    if (!bound) return super.execute<T>(query, params, method, ctx, loggerContext);
    await this.ensureConnection();
    const formatted = this.platform.formatQuery(bound.sql, bound.values);
    return this.executeQuery(
      this.getSql(bound.sql, formatted, loggerContext),
      async () => {
        const client = (ctx ?? this.getClient()) as Kysely<unknown>;
        return this.transformRawResult<T>(await client.executeQuery(CompiledQuery.raw(bound.sql, bound.values.map(bindable))), method);
      },
      { query: bound.sql, params: bound.values, formatted, ...loggerContext },
    );
  }
}

/** The SQLite driver (better-sqlite3) with the connection above. */
export class StatementCachingSqliteDriver extends AbstractSqlDriver<StatementCachingSqliteConnection> {
  constructor(config: Configuration) {
    super(config, new SqlitePlatform(), StatementCachingSqliteConnection, ['kysely', 'better-sqlite3']);
  }

  override getORMClass() {
    return SqliteMikroORM;
  }
}
