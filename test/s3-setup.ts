// vitest globalSetup of a run with LTC_TEST_STORAGE=s3 (vitest.config.ts): one s3rver for the
// whole run; test/harness.ts gives each test server a bucket in it.
import type { TestProject } from 'vitest/node';
import { startS3 } from './s3.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    s3Endpoint: string;
    s3Directory: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const s3 = await startS3();
  project.provide('s3Endpoint', s3.endpoint);
  project.provide('s3Directory', s3.directory);
  return () => s3.stop();
}
