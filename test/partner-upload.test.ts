// The upload example of docs/PARTNER_API.md, run as written with curl against a real server
// (issue 12, item 18): a partner with an API token and only Yoga's standard CSRF header can upload.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile } from '../server/documents/test-files.ts';
import { signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle } from './vehicle-fixtures.ts';

const DOC = readFileSync(path.resolve(import.meta.dirname, '../docs/PARTNER_API.md'), 'utf8');

/** The fenced `sh` block of the upload section, and the answer shown under it. */
function documentedUpload(): { command: string; answer: string } {
  const section = DOC.slice(DOC.indexOf('## 3. Upload a document'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const command = block.split('\n').filter((line) => line && !line.startsWith('#')).join('\n');
  const answer = /^# (\{.*\})$/m.exec(block)![1]!;
  return { command, answer };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('docs/PARTNER_API.md upload example', () => {
  it('works as written with curl, an API token and the standard CSRF header', async () => {
    const dealer = await signInAs(server, 'dealer');
    const vehicle = await createVehicle(server, dealer.token);
    const created = await server.gql('mutation { createApiToken(name: "DMS", scope: read_write) { token } }', {}, { token: dealer.token });
    const apiToken = created.data.createApiToken.token as string;

    const { command, answer } = documentedUpload();
    expect(command).toContain('X-GraphQL-Yoga-CSRF');
    expect(command).not.toContain('X-LTC-CSRF');
    const workdir = mkdtempSync(path.join(tmpdir(), 'ltc-curl-'));
    writeFileSync(path.join(workdir, 'rechnung.pdf'), pdfFile());
    // Asynchronously: the server answering curl runs in this very process.
    const { stdout } = await promisify(execFile)('sh', ['-c', command.replace('https://lifetimecircle.example', server.url).replace('<vehicle-id>', vehicle.id)], {
      cwd: workdir,
      env: { ...process.env, LTC_API_TOKEN: apiToken },
      encoding: 'utf8',
    });
    const result = JSON.parse(stdout);
    const documented = JSON.parse(answer.replace('…', ''));
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data.uploadDocument)).toEqual(Object.keys(documented.data.uploadDocument));
    expect(result.data.uploadDocument).toMatchObject({ scanStatus: 'PENDING', approvalStatus: 'QUARANTINED' });
  });
});
