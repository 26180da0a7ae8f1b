// Child process of bench/load.ts: the real server (createApp) on an already seeded folder.
// Reports its port over IPC and stops on SIGTERM like production (graceful close).
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

const app = await createApp(loadConfig());
const port = await app.listen();
process.send?.({ port });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
