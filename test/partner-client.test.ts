// The example partner client (examples/partner-client/) runs as a partner would run it, against a
// real server: its generated documents match the schema, it type-checks, and its program does what
// it prints.
import { execFile, spawnSync } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../server/documents/document.entity.ts';
import { ServiceEntry } from '../server/entries/service-entry.entity.ts';
import { signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle } from './vehicle-fixtures.ts';

const root = path.resolve(import.meta.dirname, '..');
const example = path.join(root, 'examples', 'partner-client');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const inExample = (command: string, args: string[]) =>
  spawnSync(command, args, { cwd: example, encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.close());

describe('examples/partner-client', () => {
  it('has committed generated documents that match a fresh codegen run, and type-checks', () => {
    const check = inExample(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']);
    expect(check.status, `${check.stdout}\n${check.stderr}\nRun \`npm run codegen\` in examples/partner-client and commit src/gql.`).toBe(0);
    const types = inExample(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
    expect(types.status, types.stdout).toBe(0);
  }, 120_000);

  it('lists the vehicles, records one entry however often it retries, and uploads the invoice linked to it', async () => {
    const dealer = await signInAs(server, 'dealer');
    const vehicle = await createVehicle(server, dealer.token);
    const created = await server.gql('mutation { createApiToken(name: "Example client", scope: read_write) { token } }', {}, { token: dealer.token });
    const { stdout } = await promisify(execFile)(process.execPath, ['src/main.ts'], {
      cwd: example,
      env: { ...process.env, LTC_API_URL: server.url, LTC_API_TOKEN: created.data.createApiToken.token },
    });
    const steps = Object.fromEntries(stdout.trim().split('\n').map((line) => JSON.parse(line)).map((step) => [step.step, step]));

    expect(steps.vehicles.ids).toEqual([vehicle.id]);
    expect(steps.entry.retriedId).toBe(steps.entry.id);
    expect(steps.upload).toMatchObject({ scanStatus: 'PENDING', approvalStatus: 'QUARANTINED' });

    const em = server.app.services.orm.em.fork();
    expect(await em.count(ServiceEntry, { vehicle: vehicle.id })).toBe(1);
    const document = await em.findOneOrFail(Document, { id: steps.upload.id });
    expect(document.vehicle).toBe(vehicle.id);
    expect(document.filename).toBe('rechnung.pdf');
  }, 60_000);
});
