// vitest globalSetup of the PostgreSQL run (LTC_TEST_ENGINE=postgres, vitest.config.ts): one
// throwaway PostgreSQL for the whole run; test/harness.ts gives each test server a database in it.
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    /** A database of the run's PostgreSQL reached through its Unix socket (server/db/orm.test.ts). */
    postgresSocketUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const postgres = await startPostgres();
  project.provide('postgresUrl', postgres.url);
  project.provide('postgresSocketUrl', postgres.socketUrl('ltc_socket'));
  return () => postgres.stop();
}
