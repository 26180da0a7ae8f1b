// Uploads never sit in memory and never pile up (issue 12, item 5): the file part goes to a temp
// file as it arrives, and uploads beyond the per-user and total bounds are refused before their
// body is read.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { pdfFile, upload } from './test-files.ts';

const UPLOAD = 'mutation($v: ID!, $f: Upload!) { uploadDocument(vehicleId: $v, file: $f) { id scanStatus } }';

/** The multipart head up to the start of the file's bytes. */
function multipartHead(boundary: string, vehicleId: string): Buffer {
  return Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n` +
      JSON.stringify({ query: UPLOAD, variables: { v: vehicleId, f: null } }) +
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.f"]}` +
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="gross.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
}

/**
 * An upload that sends its head and `fileBytes` of the file, then neither ends nor closes (as a
 * stalled or hostile client would). `response` settles when the server answers or hangs up.
 */
function stalledUpload(server: TestServer, token: string, vehicleId: string, fileBytes: Buffer) {
  const controller = new AbortController();
  const boundary = `stall${Math.random().toString(36).slice(2)}`;
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      stream.enqueue(Buffer.concat([multipartHead(boundary, vehicleId), fileBytes]));
    },
  });
  const response = fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'x-ltc-csrf': '1', authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
    duplex: 'half',
    signal: controller.signal,
  } as RequestInit).then(
    async (answer) => ({ status: answer.status, body: (await answer.json()) as any }),
    () => null,
  );
  return { response, abort: () => controller.abort() };
}

const tempFiles = (server: TestServer) => {
  const dir = path.join(server.storageDir, 'documents', 'tmp');
  return existsSync(dir) ? readdirSync(dir).map((name) => ({ name, size: statSync(path.join(dir, name)).size })) : [];
};

async function until<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const value = read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`condition not reached, last value ${JSON.stringify(read())}`);
}

describe('concurrent uploads', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ LTC_UPLOAD_CONCURRENCY_PER_USER: '1', LTC_UPLOAD_CONCURRENCY_TOTAL: '2', LTC_UPLOAD_MAX_BYTES: String(1024 * 1024) });
  });
  afterAll(async () => server.close());

  it('streams the file to a temp file and refuses uploads beyond the per-user and total bounds before reading them', async () => {
    const [a, b, c] = [await signInAs(server, 'user'), await signInAs(server, 'user'), await signInAs(server, 'user')];
    const [va, vb, vc] = [await createVehicle(server, a.token), await createVehicle(server, b.token), await createVehicle(server, c.token)];
    const slots = server.app.services.uploadSlots;
    const fileBytes = Buffer.concat([pdfFile(), Buffer.alloc(300 * 1024, 7)]);

    // A's upload stalls after 300 KiB: all of it is in a temp file on disk, and it holds one slot.
    const first = stalledUpload(server, a.token, va.id, fileBytes);
    const [staged] = await until(() => tempFiles(server), (files) => files.length === 1 && files[0]!.size === fileBytes.length);
    expect(staged!.name).toMatch(/^[a-f0-9]{64}\.part$/);
    expect(slots.active).toBe(1);

    // A second upload of A is refused at once, although its body never ends.
    const second = stalledUpload(server, a.token, va.id, Buffer.alloc(1024));
    const refused = await second.response;
    expect(refused?.status).toBe(429);
    expect(errorOf(refused!.body)).toEqual({ code: 'RATE_LIMITED', reason: 'too_many_uploads' });
    second.abort();

    // B takes the second and last slot; C is refused by the total bound.
    const other = stalledUpload(server, b.token, vb.id, fileBytes);
    await until(() => slots.active, (active) => active === 2);
    const third = await upload(server, c.token, vc.id, pdfFile(), 'c.pdf');
    expect(third.status).toBe(429);
    expect(errorOf(third as any)).toEqual({ code: 'RATE_LIMITED', reason: 'too_many_uploads' });
    expect(tempFiles(server)).toHaveLength(2);

    // A client that goes away frees its slot and leaves no temp file; C gets through then.
    first.abort();
    await until(() => [slots.active, tempFiles(server).length], ([active, files]) => active === 1 && files === 1);
    const retried = await upload(server, c.token, vc.id, pdfFile(), 'c.pdf');
    expect(retried.errors).toBeUndefined();
    expect(retried.data.uploadDocument.scanStatus).toBe('PENDING');
    // Its slot was freed before the answer went out: only B's stalled upload holds one.
    expect(slots.active).toBe(1);
    expect(tempFiles(server)).toHaveLength(1);
    other.abort();
    await until(() => [slots.active, tempFiles(server).length], ([active, files]) => active === 0 && files === 0);
  });
});

describe('stalled uploads and the idle timeout', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ LTC_HTTP_IDLE_TIMEOUT_MS: '300', LTC_HTTP_HEADERS_TIMEOUT_MS: '300' });
  });
  afterAll(async () => server.close());

  it('closes an upload whose body stalls, frees its slot and removes its temp file', async () => {
    const owner = await signInAs(server, 'user');
    const vehicle = await createVehicle(server, owner.token);
    const stalled = stalledUpload(server, owner.token, vehicle.id, Buffer.concat([pdfFile(), Buffer.alloc(64 * 1024)]));
    // The server hangs up by itself: the client never aborts.
    expect(await stalled.response).toBeNull();
    await until(() => [server.app.services.uploadSlots.active, tempFiles(server).length], ([active, files]) => active === 0 && files === 0);
  });
});
