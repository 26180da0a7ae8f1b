// Child process of bench/load.ts: the real server (createApp) on an already seeded database.
// Reports its port over IPC and stops on SIGTERM like production (graceful close).
import { flushCompileCache } from 'node:module';
import { createApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

// Run as the process's entry only: the benches' compile-cache warm-up imports it to cache it too.
if (import.meta.main) await serveForBench();

async function serveForBench(): Promise<void> {
  const app = await createApp(loadConfig());
  const port = await app.listen();
  flushCompileCache(); // as server/main.ts does
  const statements = process.env.BENCH_EXPLAIN ? collectStatements(app) : new Map<string, string>();
  process.send?.({ port });
  // The driver asks for CPU time around each run: CPU per request does not depend on what else
  // the machine is doing, unlike throughput.
  process.on('message', (message) => {
    if (message === 'statements') return void process.send?.({ statements: [...statements.values()] });
    if (message !== 'publicPageCache') return void process.send?.({ cpu: process.cpuUsage() });
    void app.services.metrics.publicPageCache.get().then(({ values }) =>
      process.send?.({ publicPageCache: Object.fromEntries(values.map((value) => [`${value.labels.result} by ${value.labels.answered_by}`, value.value])) }),
    );
  });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
  // The bench is gone (killed before it could stop this process): so is the reason to run.
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
}

/**
 * BENCH_EXPLAIN: every statement the ORM's logger sees, one example per shape (literals and
 * `in (…)` lists set aside), for bench/load-explain.ts. The example has its values in the text
 * where the ORM formatted them (its `formatted` context); SQLite's prepared reads keep their `?`.
 */
function collectStatements(app: App): Map<string, string> {
  const seen = new Map<string, string>();
  const logger = app.services.orm.config.getLogger();
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (context) => {
    const query = context.query ?? '';
    const shape = query.replace(/'(?:[^']|'')*'/g, '?').replace(/\b\d+(\.\d+)?\b/g, '?').replace(/\((\?, )+\?\)/g, '(?…)');
    if (!seen.has(shape)) seen.set(shape, (context as { formatted?: string }).formatted ?? query);
    logQuery(context);
  };
  return seen;
}
