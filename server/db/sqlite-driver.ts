import { AbstractSqlDriver, SqlitePlatform, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/sql';
import { MikroORM as SqliteMikroORM, SqliteConnection } from '@mikro-orm/sqlite';
import { CompiledQuery, type Kysely } from 'kysely';
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
    // Abort options need the ORM's own path, which strips them from what the logger sees.
    const abortable = (loggerContext as { signal?: unknown; inflightQueryAbortStrategy?: unknown } | undefined) ?? {};
    if (typeof query !== 'string' || !Array.isArray(params) || !bindsOneToOne(query, params) || abortable.signal != null || abortable.inflightQueryAbortStrategy != null) {
      return super.execute<T>(query, params, method, ctx, loggerContext);
    }
    await this.ensureConnection();
    const formatted = this.platform.formatQuery(query, params);
    return this.executeQuery(
      this.getSql(query, formatted, loggerContext),
      async () => {
        const client = (ctx ?? this.getClient()) as Kysely<unknown>;
        return this.transformRawResult<T>(await client.executeQuery(CompiledQuery.raw(query, params.map(bindable))), method);
      },
      { query, params, formatted, ...loggerContext },
    );
  }
}

/** Whether each `?` of the text stands for one scalar parameter (what `formatQuery` writes as one literal). */
function bindsOneToOne(sql: string, params: readonly unknown[]): boolean {
  if (sql.includes('??') || sql.includes('\\?')) return false;
  let placeholders = 0;
  for (let at = sql.indexOf('?'); at !== -1; at = sql.indexOf('?', at + 1)) placeholders++;
  return placeholders === params.length && params.every((param) => param == null || typeof param !== 'object' || param instanceof Date || Buffer.isBuffer(param));
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
