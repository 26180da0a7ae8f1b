// docs/PARTNER_API.md section 8 run as written against a real server: a dealer's API token opens a
// session and adds items with idempotency keys, then sends the same request again (one effect).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { WorkshopItem, WorkshopSession } from './workshop.entity.ts';

const DOC = readFileSync(path.resolve(import.meta.dirname, '../../docs/PARTNER_API.md'), 'utf8');
const run = promisify(execFile);

/** The sh blocks of section 8, in order. */
function shellBlocks(): string[] {
  const start = DOC.indexOf('## 8. Workshop intake\n');
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = DOC.slice(start + 1);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

it('opens a session and adds items with idempotency keys; the replay adds nothing and answers the same', async () => {
  const dealer = await signInAs(server, 'dealer');
  const vehicle = await createVehicle(server, dealer.token);
  const created = await server.gql('mutation { createApiToken(name: "Werkstatt-DMS", scope: read_write, expiresInDays: 1) { token } }', {}, { token: dealer.token });
  const apiToken = created.data.createApiToken.token as string;
  const [first, replay] = shellBlocks();
  const documented = (block: string) => JSON.parse(/^# (\{.*\})$/m.exec(block)![1]!.replaceAll('…', ''));
  // Both blocks in one shell (the second uses the first's variables), each answer on its own line.
  const script = `${first}\necho\n${replay}\necho\n`.replaceAll('https://lifetimecircle.example', server.url);
  const { stdout } = await run('sh', ['-c', script], { env: { ...process.env, LTC_API_TOKEN: apiToken, VEHICLE_ID: vehicle.id }, encoding: 'utf8' });
  const [added, replayed] = stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(added.errors).toBeUndefined();
  expect(added.data.addWorkshopItems.map((item: { title: string; status: string }) => [item.title, item.status])).toEqual(
    documented(first!).data.addWorkshopItems.map((item: { title: string; status: string }) => [item.title, item.status]),
  );
  expect(replayed.data).toEqual(added.data);
  expect(Object.keys(replayed.data.addWorkshopItems[0])).toEqual(Object.keys(documented(replay!).data.addWorkshopItems[0]));
  const em = server.app.services.orm.em.fork();
  const sessions = await em.find(WorkshopSession, { vehicle: vehicle.id });
  expect(sessions).toHaveLength(1);
  expect(await em.count(WorkshopItem, { session: sessions[0]!.id })).toBe(2);
});
