// Child process of bench/load.ts: the real server (createApp) on an already seeded folder.
// Reports its port over IPC and stops on SIGTERM like production (graceful close).
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

const app = await createApp(loadConfig());
const port = await app.listen();
process.send?.({ port });
// The driver asks for CPU time around each run: CPU per request does not depend on what else
// the machine is doing, unlike throughput.
process.on('message', (message) => {
  if (message !== 'publicPageCache') return void process.send?.({ cpu: process.cpuUsage() });
  void app.services.metrics.publicPageCache.get().then(({ values }) =>
    process.send?.({ publicPageCache: Object.fromEntries(values.map((value) => [`${value.labels.result} by ${value.labels.answered_by}`, value.value])) }),
  );
});
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
