import { engineOf } from '../server/db/orm.ts';
import type { TestServer } from './harness.ts';

/**
 * What the server's database holds at rest, on either engine: every row of every table (the
 * engine's catalogue names them), as one JSON text per table. Binary values are read as latin1, so
 * a secret in a blob shows too. For "never stored in clear" checks.
 */
export async function storedRows(server: TestServer): Promise<Map<string, string>> {
  const { orm } = server.app.services;
  const connection = orm.em.fork().getConnection();
  const catalogue =
    engineOf(orm) === 'sqlite'
      ? "select name from sqlite_master where type = 'table'"
      : "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'";
  const tables = (await connection.execute<{ name: string }[]>(catalogue)).map((row) => row.name);
  const stored = new Map<string, string>();
  for (const table of tables) {
    const rows = await connection.execute(`select * from ${orm.em.getPlatform().quoteIdentifier(table)}`);
    stored.set(table, JSON.stringify(rows, function (key, value) {
      // `this[key]` is the value before Buffer's toJSON turned it into a list of byte numbers.
      const original: unknown = (this as Record<string, unknown>)[key];
      return Buffer.isBuffer(original) ? original.toString('latin1') : value;
    }));
  }
  return stored;
}
