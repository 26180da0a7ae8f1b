// Slow and malformed HTTP clients against the real server (issue 12, items 4 and 7): Node's own
// server timeouts close connections that never finish their headers or body, and a cookie that is
// not valid percent-encoding is no session rather than an error.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from './harness.ts';

// Small bounds so the test waits well under a second per case; production uses the defaults
// (docs/OPERATIONS.md).
const TIMEOUTS = {
  LTC_HTTP_HEADERS_TIMEOUT_MS: '300',
  LTC_HTTP_REQUEST_TIMEOUT_MS: '1500',
  LTC_HTTP_IDLE_TIMEOUT_MS: '400',
  LTC_HTTP_KEEP_ALIVE_TIMEOUT_MS: '200',
};
/** Generous upper bound for "closed by the server": the configured timeout plus Node's check interval and a busy machine. */
const CLOSE_BOUND_MS = 5_000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer(TIMEOUTS);
});
afterAll(async () => server.close());

/**
 * Opens a raw connection, lets `write` send (and maybe keep sending), and resolves with what the
 * server answered once it closed the connection; rejects if it is still open after the bound.
 */
function sendAndAwaitClose(write: (socket: net.Socket) => void): Promise<{ answer: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let answer = '';
    const bound = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${CLOSE_BOUND_MS} ms`));
    }, CLOSE_BOUND_MS);
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(bound);
      resolve({ answer });
    });
    socket.on('connect', () => write(socket));
  });
}

describe('slow clients', () => {
  it('closes a connection whose headers never end (408)', async () => {
    const { answer } = await sendAndAwaitClose((socket) => socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers trickle in a byte at a time', async () => {
    let timer: NodeJS.Timeout | undefined;
    const { answer } = await sendAndAwaitClose((socket) => {
      const header = 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(10_000);
      let sent = 0;
      // One byte every 50 ms: never idle long enough for the idle timeout, so only the header deadline can end it.
      timer = setInterval(() => {
        if (socket.destroyed) return clearInterval(timer);
        socket.write(header[sent++ % header.length]!);
      }, 50);
    });
    clearInterval(timer);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose body stalls halfway', async () => {
    const body = JSON.stringify({ query: '{ __typename }' });
    const { answer } = await sendAndAwaitClose((socket) =>
      socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`),
    );
    // Nothing was answered: the request never completed, the socket was closed.
    expect(answer).not.toContain('__typename');
  });

  it('closes a connection whose body trickles in below the idle bound (request deadline)', async () => {
    let timer: NodeJS.Timeout | undefined;
    const { answer } = await sendAndAwaitClose((socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n');
      timer = setInterval(() => {
        if (!socket.destroyed) socket.write(' ');
      }, 100);
    });
    clearInterval(timer);
    expect(answer === '' || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
  });

  it('closes an idle keep-alive connection after its response', async () => {
    const { answer } = await sendAndAwaitClose((socket) => socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer.toLowerCase()).toContain('keep-alive');
  });

  it('keeps answering /health while slow connections are open', async () => {
    const sockets = Array.from({ length: 20 }, () => {
      const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
      socket.on('error', () => undefined);
      socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      return socket;
    });
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    for (const socket of sockets) socket.destroy();
  });
});

describe('malformed cookies', () => {
  it('treats a session cookie that is not valid percent-encoding as no session, on /graphql and on downloads', async () => {
    const graphql = await server.gql('{ me { id } }', undefined, { headers: { cookie: 'ltc_session=%' } });
    expect(graphql.status).toBe(200);
    expect(graphql.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const download = await fetch(`${server.url}/documents/${crypto.randomUUID()}/download`, { headers: { cookie: 'other=1; ltc_session=%E0%A4%A' } });
    expect(download.status).toBe(401);
    expect(await download.json()).toEqual({ error: { code: 'UNAUTHENTICATED', reason: 'authentication_required' } });
  });

  it('still finds a valid session cookie next to broken ones', async () => {
    const user = await signInAs(server, 'user');
    const answer = await server.gql('{ me { id } }', undefined, { headers: { cookie: `broken=%; ltc_session=${encodeURIComponent(user.token)}` } });
    expect(answer.data?.me?.id).toBe(user.userId);
  });
});
