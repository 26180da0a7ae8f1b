// Usage: npm run migration:new -- <Name>
// For each engine: migrates a scratch database (a SQLite file; a database in a throwaway
// PostgreSQL, test/postgres.ts) and lets the MikroORM migrator write the difference between it and
// the entities as migrations/<engine>/Migration<timestamp>_<Name>.ts. Writes nothing for an engine
// whose migrations already match the entities (test/contract.test.ts checks the same).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseTarget } from '../server/config.ts';
import { migrate, openOrm } from '../server/db/orm.ts';
import { startPostgres } from '../test/postgres.ts';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: npm run migration:new -- <PascalCaseName>');
  process.exit(2);
}

async function newMigration(database: DatabaseTarget): Promise<void> {
  const orm = await openOrm(database);
  try {
    await migrate(orm);
    const { fileName, diff } = await orm.migrator.create(undefined, false, false, name);
    console.log(fileName ? `wrote migrations/${database.engine}/${fileName} (${diff.up.filter(Boolean).length} statements)` : `${database.engine}: nothing to do, the migrations match the entities`);
  } finally {
    await orm.close();
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'ltc-migration-'));
try {
  await newMigration({ engine: 'sqlite', path: path.join(scratch, 'scratch.sqlite') });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const postgres = await startPostgres();
try {
  await newMigration({ engine: 'postgresql', url: `${postgres.url}/ltc_migration` });
} finally {
  postgres.stop();
}
