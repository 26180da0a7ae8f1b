// Applies pending migrations to the configured database (the server also does this on start).
import { loadConfig } from '../server/config.ts';
import { migrate, openOrm } from '../server/db/orm.ts';

const config = loadConfig();
const orm = await openOrm(config.database);
const applied = await migrate(orm);
console.log(applied.length > 0 ? `applied ${applied.length} migration(s): ${applied.join(', ')}` : 'database is up to date');
await orm.close();
