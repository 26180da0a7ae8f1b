// The upload example of docs/PARTNER_API.md, run as written with curl against a real server
// (issue 12, item 18): a partner with an API token and only Yoga's standard CSRF header can upload;
// the fetch program and the poll of the quarantine life cycle as written too (issue 17, item 4).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile } from '../server/documents/test-files.ts';
import { signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle } from './vehicle-fixtures.ts';
import { tempDir } from './temp-dirs.ts';

const DOC = readFileSync(path.resolve(import.meta.dirname, '../docs/PARTNER_API.md'), 'utf8');

const UPLOAD_SECTION = DOC.slice(DOC.indexOf('## 3. Upload a document'), DOC.indexOf('\n## 4.'));

/** The fenced blocks of a language in the upload section, in order. */
const blocks = (language: string) => [...UPLOAD_SECTION.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);

/** A documented `sh` block: the command, and the answer shown under it. */
function documented(block: string): { command: string; answer: string } {
  const command = block.split('\n').filter((line) => line && !line.startsWith('#')).join('\n');
  const answer = /^# (\{.*\})$/m.exec(block)![1]!;
  return { command, answer };
}

/** A documented command or program for this server, vehicle and workdir. */
const forServer = (text: string, vehicleId: string) => text.replace('https://lifetimecircle.example', server.url).replace('<vehicle-id>', vehicleId);

const run = promisify(execFile);

/** A dealer's vehicle, a read_write API token of the dealer, and a folder holding rechnung.pdf. */
async function partnerSetup() {
  const dealer = await signInAs(server, 'dealer');
  const vehicle = await createVehicle(server, dealer.token);
  const created = await server.gql('mutation { createApiToken(name: "DMS", scope: read_write) { token } }', {}, { token: dealer.token });
  const workdir = tempDir('ltc-partner-upload-');
  writeFileSync(path.join(workdir, 'rechnung.pdf'), pdfFile());
  return { vehicleId: vehicle.id, apiToken: created.data.createApiToken.token as string, workdir };
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('docs/PARTNER_API.md upload example', () => {
  it('works as written with curl, an API token and the standard CSRF header', async () => {
    const { vehicleId, apiToken, workdir } = await partnerSetup();
    const { command, answer } = documented(blocks('sh')[0]!);
    expect(command).toContain('X-GraphQL-Yoga-CSRF');
    expect(command).not.toContain('X-LTC-CSRF');
    // Asynchronously: the server answering curl runs in this very process.
    const { stdout } = await run('sh', ['-c', forServer(command, vehicleId)], { cwd: workdir, env: { ...process.env, LTC_API_TOKEN: apiToken }, encoding: 'utf8' });
    const result = JSON.parse(stdout);
    const documentedAnswer = JSON.parse(answer);
    expect(result.errors).toBeUndefined();
    expect(Object.keys(result.data.uploadDocument)).toEqual(Object.keys(documentedAnswer.data.uploadDocument));
    expect(result.data.uploadDocument).toMatchObject({ scanStatus: 'PENDING', approvalStatus: 'QUARANTINED' });
  });

  it('works as written with fetch on Node 24', async () => {
    const { vehicleId, apiToken, workdir } = await partnerSetup();
    const program = blocks('js')[0]!;
    expect(program).toContain("'x-graphql-yoga-csrf': '1'");
    writeFileSync(path.join(workdir, 'upload.mjs'), forServer(program, vehicleId));
    const node = path.resolve(import.meta.dirname, '../node_modules/.bin/node');
    const { stdout } = await run(node, ['upload.mjs'], { cwd: workdir, env: { ...process.env, LTC_API_TOKEN: apiToken }, encoding: 'utf8' });
    const result = JSON.parse(stdout);
    expect(result.errors).toBeUndefined();
    expect(result.data.uploadDocument).toMatchObject({ scanStatus: 'PENDING', approvalStatus: 'QUARANTINED' });
    const stored = await server.gql('query($id: ID!) { document(id: $id) { filename contentType } }', { id: result.data.uploadDocument.id }, { token: (await signInAs(server, 'admin')).token });
    expect(stored.data.document).toEqual({ filename: 'rechnung.pdf', contentType: 'application/pdf' });
  });

  it('follows the documented life cycle with the documented poll: PENDING, then CLEAN, then APPROVED or REJECTED', async () => {
    const { vehicleId, apiToken, workdir } = await partnerSetup();
    const env = { ...process.env, LTC_API_TOKEN: apiToken };
    const [upload, poll] = blocks('sh').map(documented);
    const uploaded = JSON.parse((await run('sh', ['-c', forServer(upload!.command, vehicleId)], { cwd: workdir, env, encoding: 'utf8' })).stdout);
    const second = JSON.parse((await run('sh', ['-c', forServer(upload!.command, vehicleId)], { cwd: workdir, env, encoding: 'utf8' })).stdout);
    const polled = async () => {
      const result = JSON.parse((await run('sh', ['-c', forServer(poll!.command, vehicleId)], { cwd: workdir, env, encoding: 'utf8' })).stdout);
      expect(Object.keys(result.data.vehicle.documents.edges[0].node)).toEqual(Object.keys(JSON.parse(poll!.answer).data.vehicle.documents.edges[0].node));
      return Object.fromEntries(result.data.vehicle.documents.edges.map(({ node }: { node: { id: string } }) => [node.id, node]));
    };
    const [first, other] = [uploaded.data.uploadDocument.id as string, second.data.uploadDocument.id as string];
    // The scan runs after the answer (the built-in scanner in tests): both become CLEAN, still quarantined.
    await expect.poll(async () => Object.values(await polled()).map((node: any) => [node.scanStatus, node.approvalStatus])).toEqual([
      ['CLEAN', 'QUARANTINED'],
      ['CLEAN', 'QUARANTINED'],
    ]);
    const admin = await signInAs(server, 'admin');
    await server.gql('mutation($id: ID!) { approveDocument(id: $id) { id } }', { id: first }, { token: admin.token });
    await server.gql('mutation($id: ID!) { rejectDocument(id: $id, reason: "Unleserlich") { id } }', { id: other }, { token: admin.token });
    expect(await polled()).toEqual({
      [first]: { id: first, scanStatus: 'CLEAN', approvalStatus: 'APPROVED', rejectionReason: null },
      [other]: { id: other, scanStatus: 'CLEAN', approvalStatus: 'REJECTED', rejectionReason: 'Unleserlich' },
    });
  });
});
