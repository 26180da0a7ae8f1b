import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static.ts';

let root: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'ltc-static-'));
  mkdirSync(path.join(root, '_app', 'immutable'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), 'landing');
  writeFileSync(path.join(root, 'login.html'), 'login page');
  writeFileSync(
    path.join(root, 'csp.html'),
    `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='; style-src 'self'; style-src-attr 'unsafe-hashes' 'sha256-def='"><script>boot()</script>`,
  );
  writeFileSync(path.join(root, '200.html'), 'spa shell');
  writeFileSync(path.join(root, '_app', 'immutable', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(tmpdir(), 'ltc-static-secret.txt'), 'secret');
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!serveStatic(req, res, url.pathname, root)) res.writeHead(418).end('not static');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const get = async (pathname: string, method = 'GET') => {
  const response = await fetch(base + pathname, { method });
  return { status: response.status, body: await response.text(), headers: response.headers };
};

describe('static web build', () => {
  it('serves prerendered pages by path and the index at /', async () => {
    expect((await get('/')).body).toBe('landing');
    const login = await get('/login');
    expect(login.body).toBe('login page');
    expect(login.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(login.headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to the SPA shell for dynamic and unknown pages, but not for missing assets', async () => {
    expect((await get('/q/some-token')).body).toBe('spa shell');
    expect((await get('/vehicles/123')).body).toBe('spa shell');
    expect((await get('/_app/immutable/missing.js')).status).toBe(404);
  });

  it('caches hashed assets for a year', async () => {
    const asset = await get('/_app/immutable/app.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('never leaves the build folder', async () => {
    for (const attempt of ['/../ltc-static-secret.txt', '/%2e%2e/ltc-static-secret.txt', '/..%2fltc-static-secret.txt']) {
      const response = await get(attempt);
      expect(response.body).not.toBe('secret');
    }
  });

  it('leaves API paths and other methods to the server', async () => {
    expect((await get('/graphql')).status).toBe(418);
    expect((await get('/documents/abc')).status).toBe(418);
    expect((await get('/login', 'POST')).status).toBe(418);
  });

  it("sends the page's inline-script and style-attribute hashes in the CSP header, never 'unsafe-inline'", async () => {
    const { headers } = await get('/csp');
    const policy = headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("style-src-attr 'unsafe-hashes' 'sha256-def='");
    expect(policy).not.toContain('unsafe-inline');
  });
});
