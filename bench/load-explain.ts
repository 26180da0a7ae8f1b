// BENCH_EXPLAIN=1 npm run bench:load: the query plan of every statement shape the server ran in
// the load test (collected by bench/load-server.ts), EXPLAIN on PostgreSQL and EXPLAIN QUERY PLAN
// on SQLite, through the bare driver. A plan that reads a whole table (PostgreSQL `Seq Scan on t`,
// SQLite `SCAN t`) is flagged: at 100,000 vehicles such a statement grows with the data.
import type { Config } from '../server/config.ts';
import { openBareDatabase } from './bare-database.ts';

export async function explainStatements(config: Pick<Config, 'database'>, statements: readonly string[]): Promise<void> {
  const postgres = config.database.engine === 'postgresql';
  const db = openBareDatabase(config);
  try {
    const explainable = statements.filter((sql) => /^\s*(select|update|delete|with)\b/i.test(sql));
    // SQLite also "scans" subqueries by their alias (PostgreSQL: `Subquery Scan`): only tables count.
    const tables = new Set((await db.all(postgres ? "select tablename as name from pg_tables where schemaname = 'public'" : "select name from sqlite_master where type = 'table'", [])).map((row) => String(row.name)));
    const scannedTable = (line: string) => (postgres ? /Seq Scan on (\w+)/ : /^SCAN (\w+)/).exec(line.trim())?.[1];
    const flagged: { sql: string; plan: string[] }[] = [];
    for (const sql of explainable) {
      const rows = await db.all(`${postgres ? 'explain' : 'explain query plan'} ${sql}`, []).catch((error: Error) => [{ 'QUERY PLAN': `not explained: ${error.message}`, detail: `not explained: ${error.message}` }]);
      const plan = rows.map((row) => String(postgres ? row['QUERY PLAN'] : row.detail));
      if (plan.some((line) => tables.has(scannedTable(line) ?? '') || line.startsWith('not explained'))) flagged.push({ sql, plan });
    }
    console.log(`\nquery plans: ${explainable.length} statement shapes explained, ${flagged.length} read a whole table (or could not be explained)`);
    for (const { sql, plan } of flagged) console.log(`\n  ${sql.slice(0, 400)}\n${plan.map((line) => `    ${line}`).join('\n')}`);
  } finally {
    await db.close();
  }
}
