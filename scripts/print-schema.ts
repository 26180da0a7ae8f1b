// Prints the server's schema to schema.graphql (committed; the tests fail when it is stale).
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../server/schema.ts';

writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
console.log('wrote schema.graphql');
