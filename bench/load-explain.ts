// BENCH_EXPLAIN=1 npm run bench:load: the query plan of every statement shape the server ran in
// the load test (collected by bench/load-server.ts), EXPLAIN on PostgreSQL and EXPLAIN QUERY PLAN
// on SQLite, through the bare driver. A plan that reads a whole table (PostgreSQL `Seq Scan on t`,
// SQLite `SCAN t`) is flagged: at 100,000 vehicles such a statement grows with the data.
import type { Config } from '../server/config.ts';
import { openBareDatabase } from './bare-database.ts';

export async function explainStatements(config: Pick<Config, 'database'>, statements: readonly string[]): Promise<void> {
  const target = config.database;
  const postgres = target.engine === 'postgresql';
  // PostgreSQL's planner rightly scans a table of a few rows (the bench's sessions, its empty
  // documents): with sequential scans priced out, a plan still reading a whole table has no index
  // to use. SQLite plans without statistics, as if every table were large.
  const db = openBareDatabase({
    database: postgres ? { engine: 'postgresql', url: `${target.url}${target.url.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c enable_seqscan=off')}` } : target,
  });
  try {
    const explainable = statements.filter((sql) => /^\s*(select|update|delete|with)\b/i.test(sql));
    // SQLite also "scans" subqueries by their alias (PostgreSQL: `Subquery Scan`): only tables count.
    const tables = new Set((await db.all(postgres ? "select tablename as name from pg_tables where schemaname = 'public'" : "select name from sqlite_master where type = 'table'", [])).map((row) => String(row.name)));
    const scannedTable = (line: string) => (postgres ? /Seq Scan on (\w+)/ : /^SCAN (\w+)/).exec(line.trim())?.[1];
    const flagged: { sql: string; plan: string[] }[] = [];
    for (const sql of explainable) {
      // SQLite's prepared reads come without their values: any value gives the same plan.
      const unbound = postgres ? [] : Array<null>(sql.split('?').length - 1).fill(null);
      const rows = await db.all(`${postgres ? 'explain' : 'explain query plan'} ${sql}`, unbound).catch((error: Error) => [{ 'QUERY PLAN': `not explained: ${error.message}`, detail: `not explained: ${error.message}` }]);
      const plan = rows.map((row) => String(postgres ? row['QUERY PLAN'] : row.detail));
      if (plan.some((line) => tables.has(scannedTable(line) ?? '') || line.startsWith('not explained'))) flagged.push({ sql, plan });
    }
    console.log(`\nquery plans: ${explainable.length} statement shapes explained, ${flagged.length} read a whole table (or could not be explained)`);
    for (const { sql, plan } of flagged) console.log(`\n  ${sql.slice(0, 400)}\n${plan.map((line) => `    ${line}`).join('\n')}`);
  } finally {
    await db.close();
  }
}
