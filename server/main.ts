import { flushCompileCache } from 'node:module';
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';

// Run as the process's entry only: `npm run compile-cache` imports this module to cache it too.
if (import.meta.main) await serve();

/** Entry point: validate configuration, migrate, serve, and shut down gracefully on signals. */
async function serve(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const app = await createApp(config);

  // Installed before listening, so a stop signal that arrives while starting is still graceful.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      app.services.logger.info('server_stopping', { signal });
      const force = setTimeout(() => process.exit(1), 25_000);
      force.unref();
      void app.close().then(() => {
        app.services.logger.info('server_stopped', {});
        process.exit(0);
      });
    });
  }

  const port = await app.listen();
  // Node keeps the compile cache it read (NODE_COMPILE_CACHE, about 10 MB) in memory until the
  // process exits. The modules are loaded by now (the certificate PDF's on first use): flushing
  // writes what is new and frees the rest.
  flushCompileCache();
  app.services.logger.info('server_started', { port, host: config.host, env: config.env });
  if (config.env === 'development') {
    process.stderr.write(`\nLifeTimeCircle Service Heft 4.0 läuft: http://${config.host}:${port}/  (GraphiQL: http://${config.host}:${port}/graphql)\n`);
  }
}
