// A real S3-protocol server for tests: s3rver (S3's REST API in Node, objects kept as files) on a
// free loopback port, its objects in a temp folder, removed again by stop(). It signs with fixed
// credentials. Each test server gets a bucket of its own in it (test/harness.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface S3Server {
  /** `http://127.0.0.1:<port>`, path-style. */
  endpoint: string;
  /** Where s3rver keeps the objects: <directory>/<bucket>/<key>._S3rver_object. */
  directory: string;
  stop(): Promise<void>;
}

/** The only key pair s3rver accepts. */
export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3(): Promise<S3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), 'ltc-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    async stop() {
      try {
        await server.close();
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    },
  };
}
