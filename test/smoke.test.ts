import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('smoke', () => {
  it('serves health and readiness', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: true, migrations: true, storage: true } });
  });

  it('is not ready while the database is unreachable, and ready again once it is back', async () => {
    const { orm } = server.app.services;
    await orm.close();
    try {
      const ready = await fetch(`${server.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not_ready', checks: { database: false, migrations: false, storage: true } });
    } finally {
      await orm.connect();
    }
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('signs in and reads me', async () => {
    const anonymous = await server.gql('{ me { id } }');
    expect(errorOf(anonymous)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const { token, userId } = await signInAs(server, 'user');
    const me = await server.gql('{ me { id role } }', {}, { token });
    expect(me.data.me).toEqual({ id: userId, role: 'user' });
  });
});
