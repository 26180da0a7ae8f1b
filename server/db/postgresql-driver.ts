import { AbstractSqlDriver, type AnyEntity, type Configuration, type EntityData, type LoggingOptions, type QueryResult, type Transaction } from '@mikro-orm/sql';
import { MikroORM as PostgreSqlMikroORM, PostgreSqlConnection, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { CompiledQuery, type Kysely } from 'kysely';
import { boundStatement } from './bound-parameters.ts';

/** Named statements per connection pool (process); a text beyond them runs bound but unnamed, parsed and planned per run. */
export const MAX_NAMED_STATEMENTS = 500;

/** The part of a pg client and pool this file touches (pg ships no types). */
interface PgClient {
  query(...args: unknown[]): unknown;
}
interface PgPool {
  on(event: 'connect', listener: (client: PgClient) => void): unknown;
}

/**
 * MikroORM's PostgreSQL connection, with the ORM's statements bound as parameters and prepared
 * once per connection under a name. The ORM writes every value into the SQL text, so PostgreSQL
 * parsed and planned each statement anew: the entry page's union took 0.5 ms to plan and 0.25 ms
 * to run (docs/PERFORMANCE.md). Values are bound as the ORM's PostgreSQL platform writes them
 * (`bindable`: dates in its time zone, as text); a statement whose `?`s are not one scalar value
 * each takes the ORM's formatted path as before, as on SQLite (`sqlite-driver.ts`).
 */
class StatementNamingPostgreSqlConnection extends PostgreSqlConnection {
  private readonly names = new Map<string, string>();

  override createKyselyDialect(overrides: Parameters<PostgreSqlConnection['createKyselyDialect']>[0]) {
    const onPoolCreated = (overrides as { onPoolCreated?: (pool: PgPool) => unknown } | undefined)?.onPoolCreated;
    return super.createKyselyDialect({
      ...overrides,
      onPoolCreated: (pool: PgPool) => {
        pool.on('connect', (client) => this.nameStatementsOf(client));
        return onPoolCreated?.(pool);
      },
    } as typeof overrides);
  }

  override async execute<T extends QueryResult | EntityData<AnyEntity> | EntityData<AnyEntity>[] = EntityData<AnyEntity>[]>(
    query: Parameters<PostgreSqlConnection['execute']>[0],
    params: Parameters<PostgreSqlConnection['execute']>[1] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: LoggingOptions,
  ): Promise<T> {
    const bound = boundStatement(query, params, loggerContext);
    if (!bound) return super.execute<T>(query, params, method, ctx, loggerContext);
    await this.ensureConnection();
    const formatted = this.platform.formatQuery(bound.sql, bound.values);
    let placeholder = 0;
    const numbered = bound.sql.replace(/\?/g, () => `$${++placeholder}`);
    return this.executeQuery(
      this.getSql(bound.sql, formatted, loggerContext),
      async () => {
        const client = (ctx ?? this.getClient()) as Kysely<unknown>;
        return this.transformRawResult<T>(await client.executeQuery(CompiledQuery.raw(numbered, bound.values.map((value) => this.bindable(value)))), method);
      },
      { query: bound.sql, params: bound.values, formatted, ...loggerContext },
    );
  }

  /** A value as the platform writes it into SQL, but bound: dates as its text, the rest as pg sends them. */
  private bindable(value: unknown): unknown {
    if (value === undefined) return null;
    if (value instanceof Date) return (this.platform as PostgreSqlPlatform).formatDate(value);
    if (typeof value === 'bigint') return value.toString();
    return value;
  }

  /**
   * pg prepares a statement once per connection when it is sent with a name. Names are handed out
   * per text, for bound statements only, up to MAX_NAMED_STATEMENTS. Not for `"alias".*`: a column
   * added by a migration while this process runs would change such a statement's result, which
   * PostgreSQL refuses for a prepared one.
   */
  private nameStatementsOf(client: PgClient): void {
    const query = client.query.bind(client);
    client.query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
      if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || rest.length > 0) return query(text, values, ...rest);
      const name = this.nameOf(text);
      return name ? query({ name, text, values }) : query(text, values);
    };
  }

  private nameOf(text: string): string | undefined {
    const known = this.names.get(text);
    if (known !== undefined || this.names.size >= MAX_NAMED_STATEMENTS || /"\w+"\.\*/.test(text)) return known;
    const name = `ltc_${this.names.size + 1}`;
    this.names.set(text, name);
    return name;
  }
}

/** The PostgreSQL driver (pg) with the connection above. */
export class StatementNamingPostgreSqlDriver extends AbstractSqlDriver<StatementNamingPostgreSqlConnection> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), StatementNamingPostgreSqlConnection, ['kysely', 'pg']);
  }

  override getORMClass() {
    return PostgreSqlMikroORM;
  }
}
