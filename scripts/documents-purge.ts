// Usage: npm run documents:purge
// Runs the document retention sweep once (SPEC §6): purges files and content of documents rejected
// or PII-confirmed more than 30 days ago, and files no row refers to. The server does the same
// every ten minutes.
import { loadConfig } from '../server/config.ts';
import { migrate, openOrm } from '../server/db/orm.ts';
import { createDocumentStore } from '../server/documents/document-store.ts';
import { purgeExpiredDocuments } from '../server/documents/retention.ts';
import { createLogger } from '../server/logging/logger.ts';

const config = loadConfig();
const orm = await openOrm(config.database);
await migrate(orm);
const report = await purgeExpiredDocuments({ orm, config, logger: createLogger(config.logLevel), documentStore: await createDocumentStore(config) });
console.log(`purged ${report.purged} document(s), removed ${report.orphanFilesRemoved} orphan and ${report.tempFilesRemoved} temp file(s)`);
await orm.close();
