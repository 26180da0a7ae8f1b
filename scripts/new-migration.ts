// Usage: npm run migration:new -- <Name>
// Migrates a scratch database, diffs it against the entities and writes the difference as a new
// migration file in migrations/, registered in migrations/index.ts. Prints nothing to do when the
// migrations already match the entities (the test suite checks the same).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrate, openOrm } from '../server/db/orm.ts';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  console.error('usage: npm run migration:new -- <PascalCaseName>');
  process.exit(2);
}
const orm = await openOrm(path.join(mkdtempSync(path.join(tmpdir(), 'ltc-migration-')), 'scratch.sqlite'));
await migrate(orm);
const statements = (await orm.schema.getUpdateSchemaSQL({ wrap: false }))
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean);
await orm.close();
if (statements.length === 0) {
  console.log('nothing to do: the migrations match the entities');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const className = `Migration${stamp}${name}`;
const body = statements.map((sql) => `    this.addSql(${JSON.stringify(sql)});`).join('\n');
writeFileSync(
  path.join('migrations', `${className}.ts`),
  `import { Migration } from '@mikro-orm/migrations';\n\nexport class ${className} extends Migration {\n  async up(): Promise<void> {\n${body}\n  }\n}\n`,
);
const indexFile = path.join('migrations', 'index.ts');
const index = readFileSync(indexFile, 'utf8')
  .replace(/\n(export const migrations)/, `import { ${className} } from './${className}.ts';\n\n$1`)
  .replace(/\n\];\n$/, `\n  { name: '${className}', class: ${className} },\n];\n`)
  .replace(/\n\n\n/g, '\n\n');
writeFileSync(indexFile, index);
console.log(`wrote migrations/${className}.ts (${statements.length} statements)`);
