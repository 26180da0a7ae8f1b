import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { startTwoInstances } from '../../test/two-instances.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { Document } from '../documents/document.entity.ts';
import { pdfFile, upload } from '../documents/test-files.ts';
import { ServiceEntry } from '../entries/service-entry.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { IdempotencyKey } from './idempotency-key.entity.ts';
import { idempotencyKeySweepJob, isReplayable } from './idempotency.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const ADD_ENTRY = 'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id odometerKm } }';
const entryInput = (vehicleId: string, odometerKm = 42_000) => ({ input: { vehicleId, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm } });

interface Answer {
  status: number;
  /** The body exactly as sent. */
  text: string;
  body: { data?: any; errors?: { extensions: { code: string; reason?: string } }[] };
  replayed: string | null;
}

/** A POST as a partner's client sends it, with the Idempotency-Key header when `key` is given. */
async function send(target: TestServer, token: string, query: string, variables: Record<string, unknown>, key?: string): Promise<Answer> {
  const response = await fetch(`${target.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text), replayed: response.headers.get('idempotent-replayed') };
}

const reasonOf = (answer: Answer) => ({ status: answer.status, code: answer.body.errors?.[0]?.extensions.code, reason: answer.body.errors?.[0]?.extensions.reason });

/** A dealer with a vehicle and a read-write API token: a partner's workshop system. */
async function partner(target: TestServer = server) {
  const dealer = await signInAs(target, 'dealer');
  const vehicle = await createVehicle(target, dealer.token);
  const created = await target.gql('mutation { createApiToken(name: "DMS", scope: read_write) { token } }', {}, { token: dealer.token });
  return { session: dealer.token, userId: dealer.userId, token: created.data.createApiToken.token as string, vehicleId: vehicle.id };
}

const entriesOf = (target: TestServer, vehicleId: string) => target.app.services.orm.em.fork().count(ServiceEntry, { vehicle: vehicleId });
const keyRows = (target: TestServer) => target.app.services.orm.em.fork().count(IdempotencyKey, {});
let keyCounter = 0;
const newKey = () => `order-${process.pid}-${++keyCounter}`;

describe('Idempotency-Key on mutations', () => {
  it('answers a replay with the first answer, byte for byte, without running the mutation again', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const first = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(first.status).toBe(200);
    expect(first.body.data.addServiceEntry.odometerKm).toBe(42_000);
    expect(first.replayed).toBeNull();
    const again = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(again.status).toBe(200);
    expect(again.text).toBe(first.text);
    expect(again.replayed).toBe('true');
    expect(await entriesOf(server, vehicleId)).toBe(1);
    // Without a key every request runs.
    await send(server, token, ADD_ENTRY, entryInput(vehicleId));
    await send(server, token, ADD_ENTRY, entryInput(vehicleId));
    expect(await entriesOf(server, vehicleId)).toBe(3);
  });

  it('refuses the same key with another request (CONFLICT idempotency_key_reused, 409) and runs nothing', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    const otherVariables = await send(server, token, ADD_ENTRY, entryInput(vehicleId, 43_000), key);
    expect(reasonOf(otherVariables)).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_reused' });
    const otherDocument = await send(server, token, 'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }', entryInput(vehicleId), key);
    expect(reasonOf(otherDocument)).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_reused' });
    expect(await entriesOf(server, vehicleId)).toBe(1);
  });

  it('compares variables by content: the same object with its keys in another order is a replay', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const { input } = entryInput(vehicleId);
    const first = await send(server, token, ADD_ENTRY, { input }, key);
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    const again = await send(server, token, ADD_ENTRY, { input: reordered }, key);
    expect(again.text).toBe(first.text);
    expect(await entriesOf(server, vehicleId)).toBe(1);
  });

  it('keeps keys per token and per account: two partners, or a partner token and its owner signed in, use one key independently', async () => {
    const a = await partner();
    const b = await partner();
    const key = newKey();
    for (const [token, vehicleId] of [[a.token, a.vehicleId], [b.token, b.vehicleId], [a.session, a.vehicleId]] as const) {
      const answer = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
      expect(answer.body.data.addServiceEntry.id).toEqual(expect.any(String));
      expect(answer.replayed).toBeNull();
    }
    expect(await entriesOf(server, a.vehicleId)).toBe(2);
    expect(await entriesOf(server, b.vehicleId)).toBe(1);
    // A second token of the same account has its own keys too.
    const second = await server.gql('mutation { createApiToken(name: "DMS 2", scope: read_write) { token } }', {}, { token: a.session });
    const answer = await send(server, second.data.createApiToken.token, ADD_ENTRY, entryInput(a.vehicleId), key);
    expect(answer.replayed).toBeNull();
    expect(await entriesOf(server, a.vehicleId)).toBe(3);
  });

  it('runs parallel identical requests exactly once: the others get the first answer or idempotency_key_in_progress', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 6 }, () => send(server, token, ADD_ENTRY, entryInput(vehicleId), key)));
    expect(await entriesOf(server, vehicleId)).toBe(1);
    const executed = answers.filter((answer) => answer.status === 200 && answer.replayed === null);
    expect(executed).toHaveLength(1);
    for (const answer of answers) {
      if (answer.status === 200) expect(answer.text).toBe(executed[0]!.text);
      else expect(reasonOf(answer)).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_in_progress' });
    }
    // Once the first has answered, a retry gets its answer.
    const retry = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(retry.text).toBe(executed[0]!.text);
    expect(retry.replayed).toBe('true');
  });

  it('answers idempotency_key_in_progress while a claim is held, and runs again once a crashed holder\'s claim lapsed', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    // The row as an instance leaves it that crashed while the mutation ran.
    const em = server.app.services.orm.em.fork();
    const [row] = await em.find(IdempotencyKey, {}, { orderBy: { createdAt: 'desc' }, limit: 1 });
    await em.nativeUpdate(IdempotencyKey, { id: row!.id }, { holder: 'crashed', status: null, contentType: null, body: null, lockedUntil: new Date(Date.now() + 60_000) });
    expect(reasonOf(await send(server, token, ADD_ENTRY, entryInput(vehicleId), key))).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_in_progress' });
    expect(reasonOf(await send(server, token, ADD_ENTRY, entryInput(vehicleId, 1), key))).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_reused' });
    expect(await entriesOf(server, vehicleId)).toBe(1);
    await em.nativeUpdate(IdempotencyKey, { id: row!.id }, { lockedUntil: new Date(Date.now() - 1000) });
    const afterLapse = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(afterLapse.replayed).toBeNull();
    expect(await entriesOf(server, vehicleId)).toBe(2);
    expect((await send(server, token, ADD_ENTRY, entryInput(vehicleId), key)).text).toBe(afterLapse.text);
  });

  it('treats an expired key as never sent, and the sweep job removes it', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const first = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    const em = server.app.services.orm.em.fork();
    const expire = () => em.nativeUpdate(IdempotencyKey, {}, { expiresAt: new Date(Date.now() - 1000) });
    await expire();
    const afterExpiry = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(afterExpiry.replayed).toBeNull();
    expect(afterExpiry.body.data.addServiceEntry.id).not.toBe(first.body.data.addServiceEntry.id);
    expect(await entriesOf(server, vehicleId)).toBe(2);
    // Another request under an expired key is no reuse either.
    await expire();
    const other = await send(server, token, ADD_ENTRY, entryInput(vehicleId, 50_000), key);
    expect(other.body.data.addServiceEntry.odometerKm).toBe(50_000);
    await expire();
    expect(await keyRows(server)).toBeGreaterThan(0);
    await idempotencyKeySweepJob(server.app.services.orm).run();
    expect(await keyRows(server)).toBe(0);
  });

  it('stores a refusal of the request itself (BAD_USER_INPUT) and replays it', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const refused = await send(server, token, ADD_ENTRY, entryInput(vehicleId, -5), key);
    expect(reasonOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'invalid_odometer' });
    const again = await send(server, token, ADD_ENTRY, entryInput(vehicleId, -5), key);
    expect(again.replayed).toBe('true');
    expect(again.text).toBe(refused.text);
  });

  it('does not store a denial: the same key runs once the caller may act', async () => {
    const { token, userId } = await partner();
    const other = await partner();
    const key = newKey();
    const denied = await send(server, token, ADD_ENTRY, entryInput(other.vehicleId), key);
    expect(reasonOf(denied)).toMatchObject({ code: 'FORBIDDEN', reason: 'forbidden' });
    // The vehicle becomes this partner's (as a completed transfer would make it).
    await server.app.services.orm.em.fork().nativeUpdate(Vehicle, { id: other.vehicleId }, { owner: userId });
    const retried = await send(server, token, ADD_ENTRY, entryInput(other.vehicleId), key);
    expect(retried.replayed).toBeNull();
    expect(retried.body.data.addServiceEntry.id).toEqual(expect.any(String));
    expect(await entriesOf(server, other.vehicleId)).toBe(1);
    expect((await send(server, token, ADD_ENTRY, entryInput(other.vehicleId), key)).text).toBe(retried.text);
  });

  it('refuses a malformed key with BAD_USER_INPUT invalid_idempotency_key (400) and runs nothing', async () => {
    const { token, vehicleId } = await partner();
    for (const key of ['', 'k'.repeat(256), 'tab\tinside', 'ümlaut']) {
      const refused = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
      expect(reasonOf(refused)).toEqual({ status: 400, code: 'BAD_USER_INPUT', reason: 'invalid_idempotency_key' });
    }
    expect(await entriesOf(server, vehicleId)).toBe(0);
    const longest = await send(server, token, ADD_ENTRY, entryInput(vehicleId), `${'k'.repeat(254)}~`);
    expect(longest.body.data.addServiceEntry.id).toEqual(expect.any(String));
  });

  it('leaves queries alone: the header, valid or not, changes nothing and stores nothing', async () => {
    const { token } = await partner();
    const before = await keyRows(server);
    for (const key of [newKey(), newKey(), 'k'.repeat(300)]) {
      const answer = await send(server, token, '{ me { role } }', {}, key);
      expect(answer.status).toBe(200);
      expect(answer.body.data).toEqual({ me: { role: 'dealer' } });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.replayed).toBeNull();
    }
    expect(await keyRows(server)).toBe(before);
  });

  it('ignores the header on anonymous mutations (there is no caller to keep keys for)', async () => {
    const email = `anonymous-idem-${process.pid}@example.org`;
    const key = newKey();
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ query: 'mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', variables: { email } }),
      });
      expect(response.headers.get('idempotent-replayed')).toBeNull();
    }
    expect(server.outbox().filter((mail) => mail.to === email)).toHaveLength(2);
  });

  it('keys uploads by the file content: the same file replays, another file is a reuse', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const headers = { 'idempotency-key': key };
    const first = await upload(server, token, vehicleId, pdfFile('Rechnung 1'), 'rechnung.pdf', { headers });
    expect(first.data.uploadDocument.id).toEqual(expect.any(String));
    const again = await upload(server, token, vehicleId, pdfFile('Rechnung 1'), 'rechnung.pdf', { headers });
    expect(again.data.uploadDocument.id).toBe(first.data.uploadDocument.id);
    const otherFile = await upload(server, token, vehicleId, pdfFile('Rechnung 2'), 'rechnung.pdf', { headers });
    expect(otherFile).toMatchObject({ status: 409, errors: [{ extensions: { code: 'CONFLICT', reason: 'idempotency_key_reused' } }] });
    expect(await server.app.services.orm.em.fork().count(Document, { vehicle: vehicleId })).toBe(1);
  });

  it('writes no key to the logs', async () => {
    const { token, vehicleId } = await partner();
    const key = `secret-looking-key-${process.pid}`;
    await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    await send(server, token, ADD_ENTRY, entryInput(vehicleId, 1), key);
    expect(server.logs.some((line) => line.includes(key))).toBe(false);
  });

  it('stores answers encrypted: a one-time API token secret is replayed to its caller but not readable in the database', async () => {
    const { session } = await partner();
    const key = newKey();
    const create = () => send(server, session, 'mutation { createApiToken(name: "Backup", scope: read) { token } }', {}, key);
    const first = await create();
    const secret = first.body.data.createApiToken.token as string;
    expect(secret).toMatch(/^ltc_pat_/);
    const again = await create();
    expect(again.replayed).toBe('true');
    expect(again.text).toBe(first.text);
    const stored = (await server.app.services.orm.em.fork().find(IdempotencyKey, { body: { $ne: null } })).map((row) => row.body).join('\n');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain('"data"');
  });

  it('still replays an answer kept in clear before answers were encrypted', async () => {
    const { token, vehicleId } = await partner();
    const key = newKey();
    const before = new Date(Date.now() - 1);
    const first = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    // This key's row (the only one written since `before`) as an earlier version kept it.
    expect(await server.app.services.orm.em.fork().nativeUpdate(IdempotencyKey, { createdAt: { $gte: before }, body: { $ne: null } }, { body: first.text })).toBe(1);
    const again = await send(server, token, ADD_ENTRY, entryInput(vehicleId), key);
    expect(again).toMatchObject({ status: 200, text: first.text, replayed: 'true' });
    expect(await entriesOf(server, vehicleId)).toBe(1);
  });
});

describe('docs/PARTNER_API.md Idempotency-Key example', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/PARTNER_API.md'), 'utf8');
  const section = doc.slice(doc.indexOf('### Idempotency-Key'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  const command = block.split('\n').filter((line) => line && !line.startsWith('#')).join('\n');

  it('works as written with curl: run twice, the entry is added once and the answer repeated', async () => {
    const { token, vehicleId } = await partner();
    // Asynchronously: the server answering curl runs in this very process.
    const run = async (script: string) =>
      (await promisify(execFile)('sh', ['-c', script.replace('https://lifetimecircle.example', server.url).replace('<vehicle-id>', vehicleId)], { env: { ...process.env, LTC_API_TOKEN: token }, encoding: 'utf8' })).stdout;
    const first = await run(command);
    expect(JSON.parse(first).data.addServiceEntry.id).toEqual(expect.any(String));
    expect(await run(command)).toBe(first);
    expect(await entriesOf(server, vehicleId)).toBe(1);
    const otherRequest = JSON.parse(await run(command.replace('"odometerKm":42000', '"odometerKm":42001')));
    expect(otherRequest.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'idempotency_key_reused' });
  });
});

describe('Idempotency-Key across instances', () => {
  it('a key used on one instance is replayed and guarded on the other', async () => {
    const pair = await startTwoInstances();
    try {
      const { token, vehicleId } = await partner(pair.a);
      const key = newKey();
      const first = await send(pair.a, token, ADD_ENTRY, entryInput(vehicleId), key);
      const onB = await send(pair.b, token, ADD_ENTRY, entryInput(vehicleId), key);
      expect(onB.text).toBe(first.text);
      expect(onB.replayed).toBe('true');
      expect(reasonOf(await send(pair.b, token, ADD_ENTRY, entryInput(vehicleId, 1), key))).toEqual({ status: 409, code: 'CONFLICT', reason: 'idempotency_key_reused' });
      // Sent to both at once: one runs.
      const parallelKey = newKey();
      const answers = await Promise.all([pair.a, pair.b, pair.a, pair.b].map((target) => send(target, token, ADD_ENTRY, entryInput(vehicleId, 7), parallelKey)));
      expect(answers.filter((answer) => answer.status === 200 && answer.replayed === null)).toHaveLength(1);
      expect(await entriesOf(pair.a, vehicleId)).toBe(2);
    } finally {
      await pair.close();
    }
  });
});

describe('which answers are kept', () => {
  const answer = (body: unknown, status = 200) => ({ status, contentType: 'application/json', body: JSON.stringify(body) });
  const error = (code: string, path?: string[]) => ({ message: 'x', ...(path ? { path } : {}), extensions: { code } });

  it('keeps results and failures of the request itself, not faults, limits and denials of the mutation', () => {
    expect(isReplayable(answer({ data: { addServiceEntry: { id: '1' } } }))).toBe(true);
    for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GONE']) expect(isReplayable(answer({ data: null, errors: [error(code, ['addServiceEntry'])] }))).toBe(true);
    for (const code of ['INTERNAL_SERVER_ERROR', 'RATE_LIMITED', 'UNAUTHENTICATED', 'FORBIDDEN']) {
      expect(isReplayable(answer({ data: null, errors: [error(code, ['addServiceEntry'])] }))).toBe(false);
      expect(isReplayable(answer({ errors: [error(code)] }))).toBe(false);
    }
    expect(isReplayable(answer({ errors: [error('BAD_USER_INPUT')] }, 502))).toBe(false);
    expect(isReplayable({ status: 200, contentType: 'text/plain', body: 'not json' })).toBe(false);
  });

  it('keeps an answer whose mutation returned, whatever failed deeper in its selection', () => {
    expect(isReplayable(answer({ data: null, errors: [error('FORBIDDEN', ['addServiceEntry', 'vehicle', 'interestedInSelling'])] }))).toBe(true);
    expect(isReplayable(answer({ data: { a: { id: '1' }, b: null }, errors: [error('INTERNAL_SERVER_ERROR', ['b'])] }))).toBe(true);
  });
});
