// The example partner client (examples/partner-client/) runs as a partner would run it, against a
// real server: its generated documents match the schema, it type-checks, and its program does what
// it prints.
import { execFile, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../server/documents/document.entity.ts';
import { ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { verifyLtcSignature } from '../examples/partner-client/src/verify-signature.ts';
import { businessWithStaff } from './business-fixtures.ts';
import { signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle } from './vehicle-fixtures.ts';

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'examples', 'partner-client');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const inExample = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: example, encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });

/** A port free right now, for the example's webhook receiver. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let server: TestServer;
beforeAll(async () => {
  // Webhooks to the example's receiver on loopback (development setting), delivered promptly.
  server = await startServer({ LTC_WEBHOOK_ALLOW_PRIVATE: '1', LTC_WEBHOOK_INTERVAL_MS: '100' });
});
afterAll(async () => server?.close());

describe('examples/partner-client', () => {
  it('has committed generated documents that match a fresh codegen run, and type-checks', () => {
    const check = inExample(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']);
    expect(check.status, `${check.stdout}\n${check.stderr}\nRun \`npm run codegen\` in examples/partner-client and commit src/gql.`).toBe(0);
    const types = inExample(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect(types.status, types.stdout).toBe(0);
  }, 120_000);

  it('lists own and org vehicles, records one entry however often it retries, uploads the invoice linked to it, and verifies the signed webhooks', async () => {
    // A workshop (dealer) on the staff of a VIP business: the business owner's vehicle is older than the workshop's own.
    const businessOwner = await signInAs(server, 'vip');
    const dealer = await signInAs(server, 'dealer');
    await businessWithStaff(server, businessOwner.userId, dealer.userId);
    const vehicle = await createVehicle(server, businessOwner.token);
    const own = await createVehicle(server, dealer.token);
    const created = await server.gql('mutation { createApiToken(name: "Example client", scope: read_write) { token } }', {}, { token: dealer.token });
    const port = await freePort();
    const { stdout } = await promisify(execFile)(process.execPath, ['src/main.ts'], {
      cwd: example,
      env: { ...process.env, LTC_API_URL: server.url, LTC_API_TOKEN: created.data.createApiToken.token, LTC_WEBHOOK_URL: `http://127.0.0.1:${port}/ltc-hooks`, LTC_WEBHOOK_PORT: String(port) },
    });
    const steps = Object.fromEntries(stdout.trim().split('\n').map((line) => JSON.parse(line)).map((step) => [step.step, step]));

    // Oldest first; the example records on the first, the business's vehicle.
    expect(steps.vehicles).toMatchObject({ ids: [vehicle.id, own.id], relations: ['ORG', 'OWN'] });
    expect(steps.entry.retriedId).toBe(steps.entry.id);
    expect(steps.upload).toMatchObject({ scanStatus: 'PENDING', approvalStatus: 'QUARANTINED' });
    // Only events whose signature the example verified count: the test event, then the entry's.
    expect(steps.webhook).toMatchObject({ events: ['ENTRY_ADDED'], testEvent: 'webhook.test' });
    expect(steps.webhookEvent).toEqual({ step: 'webhookEvent', type: 'entry.added', entryId: steps.entry.id, vehicleId: vehicle.id });
    // The example removes its endpoint when done.
    const endpoints = await server.gql('{ myWebhookEndpoints { edges { node { id } } } }', {}, { token: dealer.token });
    expect(endpoints.data.myWebhookEndpoints.edges).toEqual([]);

    const em = server.app.services.orm.em.fork();
    expect(await em.count(ServiceEntry, { vehicle: vehicle.id })).toBe(1);
    const document = await em.findOneOrFail(Document, { id: steps.upload.id });
    expect(document.vehicle).toBe(vehicle.id);
    expect(document.filename).toBe('rechnung.pdf');
  }, 60_000);

  it('refuses what was not signed with the secret, or too long ago', () => {
    const secret = 'whsec_example';
    const body = '{"id":"e1","type":"webhook.test","createdAt":"2026-12-03T00:00:00.000Z","data":{}}';
    const signed = (key: string, t: number) => `t=${t},v1=${createHmac('sha256', key).update(`${t}.${body}`).digest('hex')}`;
    const now = Math.floor(Date.now() / 1000);
    expect(verifyLtcSignature(secret, signed(secret, now), body)).toBe(true);
    expect(verifyLtcSignature('whsec_other', signed('whsec_other', now), body.replace('e1', 'e2'))).toBe(false);
    expect(verifyLtcSignature(secret, signed('whsec_other', now), body)).toBe(false);
    expect(verifyLtcSignature(secret, signed(secret, now - 301), body)).toBe(false);
    expect(verifyLtcSignature(secret, undefined, body)).toBe(false);
    expect(verifyLtcSignature(secret, 't=abc,v1=00', body)).toBe(false);
  });
});
