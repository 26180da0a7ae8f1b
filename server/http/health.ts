import type { ServerResponse } from 'node:http';
import type { AppServices } from '../app-services.ts';
import { pendingMigrations } from '../db/orm.ts';

/** Liveness: the process answers. */
export function healthHandler(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ status: 'ok' }));
}

/** Readiness (SPEC §16): database reachable, migrations applied, document storage (folder or bucket) writable. */
export async function readyHandler(services: AppServices, res: ServerResponse): Promise<void> {
  const checks = { database: false, migrations: false, storage: false };
  try {
    checks.database = (await services.orm.checkConnection()).ok;
    checks.migrations = checks.database && (await pendingMigrations(services.orm)).length === 0;
  } catch {
    // reported as not ready below
  }
  try {
    await services.documentStore.check();
    checks.storage = true;
  } catch {
    // reported as not ready below
  }
  const ready = Object.values(checks).every(Boolean);
  res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ status: ready ? 'ready' : 'not_ready', checks }));
}
