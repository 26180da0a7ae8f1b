import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { PERSISTED_MANIFEST } from '../server/graphql/persisted-operations.ts';
import { OPERATOR_ENV } from './operator-env.ts';

/**
 * The server as it runs in production (LTC_ENV=production): real SMTP to a local sink, secure
 * cookies, no GraphiQL or introspection, masked errors, security headers, CSRF prevention.
 */

interface SmtpSink {
  port: number;
  mails: string[];
  close(): Promise<void>;
}

/** Just enough SMTP to accept mail from nodemailer (no STARTTLS offered, no auth). */
async function startSmtpSink(): Promise<SmtpSink> {
  const mails: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      while (true) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          mails.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write('250 queued\r\n');
          continue;
        }
        const lineEnd = buffer.indexOf('\r\n');
        if (lineEnd < 0) return;
        const command = buffer.slice(0, lineEnd).toUpperCase();
        buffer = buffer.slice(lineEnd + 2);
        if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250-sink\r\n250 8BITMIME\r\n');
        else if (command.startsWith('DATA')) {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (command.startsWith('QUIT')) socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let smtp: SmtpSink;
let app: App;
let url: string;
let storageDir: string;
const logs: string[] = [];

beforeAll(async () => {
  smtp = await startSmtpSink();
  storageDir = mkdtempSync(path.join(tmpdir(), 'ltc-prod-'));
  const config = loadConfig({
    LTC_ENV: 'production',
    LTC_SECRET_KEY: 'production-smoke-secret-key-0123456789abcdef',
    LTC_STORAGE_DIR: storageDir,
    LTC_PORT: '0',
    LTC_PUBLIC_BASE_URL: 'https://serviceheft.example.org',
    LTC_MAIL_HOST: '127.0.0.1',
    LTC_MAIL_PORT: String(smtp.port),
    LTC_LOG_LEVEL: 'info',
    ...OPERATOR_ENV,
  });
  app = await createApp(config, { logSink: (line) => logs.push(line) });
  url = `http://127.0.0.1:${await app.listen()}`;
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
  rmSync(storageDir, { recursive: true, force: true });
});

const manifest = JSON.parse(readFileSync(PERSISTED_MANIFEST, 'utf8')) as Record<string, string>;
const persistedHash = (operation: string) => Object.keys(manifest).find((hash) => manifest[hash]!.startsWith(`query ${operation} `))!;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** Logs in through SMTP and returns the raw Set-Cookie header and the token. */
async function login(email: string): Promise<{ setCookie: string; token: string }> {
  const requested = await post({ query: 'mutation($e: String!) { requestLoginCode(email: $e) { challengeId devCode } }', variables: { e: email } });
  const { challengeId, devCode } = ((await requested.json()) as any).data.requestLoginCode;
  expect(devCode).toBeNull(); // never exposed in production
  const mail = smtp.mails.filter((m) => m.includes(email)).at(-1) ?? '';
  const code = /Anmeldecode lautet: (\d{6})/.exec(mail.replace(/=\r\n/g, ''))?.[1];
  expect(code).toMatch(/^\d{6}$/);
  const verified = await post({ query: 'mutation($id: ID!, $c: String!) { verifyLoginCode(challengeId: $id, code: $c) { token } }', variables: { id: challengeId, c: code } });
  const body = (await verified.json()) as any;
  return { setCookie: verified.headers.get('set-cookie') ?? '', token: body.data.verifyLoginCode.token };
}

describe('production mode', () => {
  it('sets the session cookie HttpOnly, SameSite=Lax and Secure', async () => {
    const { setCookie, token } = await login('prod-cookie@example.org');
    expect(setCookie).toMatch(/^ltc_session=[^;]+;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain(encodeURIComponent(token));
  });

  it('serves no GraphiQL', async () => {
    const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect((await response.text()).toLowerCase()).not.toContain('graphiql');
  });

  it('refuses introspection', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "User") { fields { name } } }']) {
      const body = (await (await post({ query })).json()) as any;
      expect(body.data).toBeUndefined();
      expect(body.errors[0].message).toMatch(/introspection/i);
    }
    const typename = (await (await post({ query: '{ __typename }' })).json()) as any;
    expect(typename.data).toEqual({ __typename: 'Query' });
  });

  it('masks unexpected errors: no internals in the answer, the request id to find the log line', async () => {
    const { token } = await login('prod-mask@example.org');
    const connection = app.services.orm.em.getConnection();
    // A broken database is the kind of failure that must never leak its message.
    await connection.execute('alter table audit_events rename to audit_events_moved');
    try {
      const response = await post(
        { query: 'mutation { acceptConsents(termsVersion: "v1", privacyVersion: "v1", source: ui) { complete } }' },
        { authorization: `Bearer ${token}` },
      );
      const text = await response.text();
      const error = JSON.parse(text).errors[0];
      expect(error.message).toBe('Unexpected error');
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions.requestId).toMatch(/^[A-Za-z0-9-]{8,64}$/);
      expect(text).not.toMatch(/audit_events|sqlite|no such table|stack|\.ts\b/i);
      const logged = logs.map((line) => JSON.parse(line)).find((line) => line.event === 'unexpected_error');
      expect(logged).toBeDefined();
      expect(logged.message).toBeUndefined();
    } finally {
      await connection.execute('alter table audit_events_moved rename to audit_events');
    }
  });

  it('sends the security headers on API, health and unknown paths', async () => {
    for (const response of [await post({ query: '{ __typename }' }), await fetch(`${url}/health`), await fetch(`${url}/nowhere`)]) {
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('prevents CSRF: simple cross-site requests are refused, mutations never run over GET', async () => {
    const { token } = await login('prod-csrf@example.org');
    const cookie = `ltc_session=${encodeURIComponent(token)}`;
    const mutation = JSON.stringify({ query: 'mutation { logout }' });
    for (const [contentType, status, reason] of [
      ['text/plain', 415, 'unsupported_content_type'],
      ['application/x-www-form-urlencoded', 415, 'unsupported_content_type'],
      ['multipart/form-data; boundary=x', 400, 'csrf_check_failed'],
    ] as const) {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie }, body: mutation });
      expect(response.status, contentType).toBe(status);
      expect(((await response.json()) as any).errors[0].extensions.reason).toBe(reason);
    }
    // A browser session may not send documents of its own at all (only the web app's persisted
    // operations), and a token client never runs a mutation over GET.
    const overGet = await fetch(`${url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { cookie, accept: 'application/json' } });
    expect(((await overGet.json()) as any).errors[0].extensions.reason).toBe('persisted_query_only');
    const tokenOverGet = await fetch(`${url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    expect(tokenOverGet.status).toBe(405);
    // The session survived all of that (asked with the web app's persisted `Me` operation).
    const me = (await (await post({ extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash('Me') } } }, { cookie })).json()) as any;
    expect(me.data.me.id).toBeTruthy();
  });
});
