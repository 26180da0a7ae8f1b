import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertEveryFieldScoped } from '../server/auth/assert-scoped.ts';
import { migrate, openOrm } from '../server/db/orm.ts';
import { schema } from '../server/schema.ts';

describe('contract files', () => {
  it('schema.graphql matches the server (run `npm run schema:print`)', () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(`${printSchema(schema)}\n`);
  });

  it('every root field and object type declares auth scopes', () => {
    expect(() => assertEveryFieldScoped(schema)).not.toThrow();
  });

  it('the migrations create exactly the schema the entities describe (run `npm run migration:new -- <Name>`)', async () => {
    const orm = await openOrm(path.join(mkdtempSync(path.join(tmpdir(), 'ltc-migrations-')), 'check.sqlite'));
    try {
      await migrate(orm);
      expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
    } finally {
      await orm.close();
    }
  });
});
