import { DefaultLogger, type LogContext } from '@mikro-orm/core';
import type { Orm } from './orm.ts';

/**
 * The ORM's logger, which sees every SQL statement the connection runs (whether or not debug
 * output is on), also counts them. Tests and the bench read the count to prove that nested lists
 * are batched: the number of statements must not grow with the number of rows.
 */
export class StatementCountingLogger extends DefaultLogger {
  statements = 0;

  override logQuery(context: { query: string } & LogContext): void {
    if ((context.namespace ?? 'query') === 'query') this.statements += 1;
    super.logQuery(context);
  }
}

/** SQL statements the ORM has run since it was opened. */
export function sqlStatementCount(orm: Orm): number {
  const logger = orm.config.getLogger();
  return logger instanceof StatementCountingLogger ? logger.statements : 0;
}
