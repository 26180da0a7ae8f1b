// The bare baseline's database access, without ORM: better-sqlite3 with statements compiled once
// (SQLite), or a node-postgres pool (PostgreSQL, the driver under @mikro-orm/postgresql) with
// statements prepared once per connection under a name, as the server's are. The statements are
// written once with `?` placeholders; PostgreSQL gets them numbered.
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import type { Config } from '../server/config.ts';

export type Row = Record<string, unknown>;

export interface BareDatabase {
  /** Which baseline this is, for the bench's tables. */
  label: string;
  all(sql: string, params: readonly unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export function openBareDatabase(config: Pick<Config, 'database'>): BareDatabase {
  const target = config.database;
  if (target.engine === 'postgresql') {
    // As many connections as the ORM's pool (node-postgres' default, 10).
    const pool = new Pool({ connectionString: target.url, max: 10 });
    // An idle connection's error (the database stopping) is the pool's: unhandled, it ends the process.
    pool.on('error', () => {});
    const prepared = new Map<string, { name: string; text: string }>();
    return {
      label: 'bare node:http + pg',
      all: async (sql, params) => {
        let statement = prepared.get(sql);
        if (!statement) prepared.set(sql, (statement = { name: `bare_${prepared.size + 1}`, text: sql.split('?').reduce((done, part, i) => `${done}$${i}${part}`) }));
        return (await (params.length > 0 ? pool.query<Row>({ ...statement, values: params }) : pool.query<Row>(statement.text, params))).rows;
      },
      close: () => pool.end(),
    };
  }
  const db = new Database(target.path, { readonly: true, fileMustExist: true });
  const statements = new Map<string, Database.Statement>();
  return {
    label: 'bare node:http + better-sqlite3',
    all: async (sql, params) => {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql)));
      return statement.all(...params) as Row[];
    },
    close: async () => void db.close(),
  };
}
