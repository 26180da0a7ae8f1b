// Prints the server's schema to schema.graphql and the error reasons to docs/ERROR_REASONS.md
// (both committed; the tests fail when they are stale).
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../server/schema.ts';
import { ERROR_REASONS_DOC, errorReasonsMarkdown } from './error-reasons-doc.ts';

writeFileSync('schema.graphql', `${printSchema(schema)}\n`);
console.log('wrote schema.graphql');
writeFileSync(ERROR_REASONS_DOC, errorReasonsMarkdown());
console.log(`wrote ${ERROR_REASONS_DOC}`);
