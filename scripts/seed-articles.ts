// Usage: npm run seed:articles – publishes a few blog and news articles (idempotent).
import { loadConfig } from '../server/config.ts';
import { migrate, openOrm } from '../server/db/orm.ts';
import { seedArticles } from '../server/cms/seed-articles.ts';

const config = loadConfig();
const orm = await openOrm(config.database);
try {
  await migrate(orm);
  const created = await seedArticles(orm.em.fork());
  console.log(`seeded ${created} article(s)`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await orm.close();
}
