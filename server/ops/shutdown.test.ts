import http from 'node:http';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signInAs, startServer } from '../../test/harness.ts';

/** Sends the headers and half the body now; the rest when `finish` is called. */
function slowRequest(url: string, token: string, query: string) {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  const request = http.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` },
  });
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
  });
  request.write(body.slice(0, half));
  return { response, finish: () => request.end(body.slice(half)) };
}

describe('graceful shutdown', () => {
  it('finishes an in-flight request while closing, refuses new connections, then closes the database', async () => {
    const server = await startServer();
    const { token, userId } = await signInAs(server, 'user');
    const inFlight = slowRequest(server.url, token, '{ me { id } }');
    // The request is being read: its actor is resolved, its body is not complete yet.
    await new Promise((resolve) => setTimeout(resolve, 100));

    let closed = false;
    const closing = server.app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false); // waits for the request
    await expect(fetch(`${server.url}/health`)).rejects.toThrow(); // no longer accepting

    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { me: { id: userId } } });
    await closing;
    expect(await server.app.services.orm.isConnected()).toBe(false);
    rmSync(server.storageDir, { recursive: true, force: true });
  });
});
