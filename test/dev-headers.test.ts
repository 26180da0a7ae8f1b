import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';

const devHeaders = (userId: string, role: string) => ({ 'x-ltc-user': userId, 'x-ltc-role': role });

describe('dev identity headers', () => {
  let plain: TestServer;
  let devMode: TestServer;
  beforeAll(async () => {
    [plain, devMode] = await Promise.all([startServer(), startServer({ LTC_ALLOW_DEV_HEADERS: '1' })]);
  });
  afterAll(async () => {
    await Promise.all([plain.close(), devMode.close()]);
  });

  it('are ignored unless LTC_ALLOW_DEV_HEADERS is on', async () => {
    const { userId } = await signInAs(plain, 'user');
    const me = await plain.gql('{ me { id } }', {}, { headers: devHeaders(userId, 'superadmin') });
    expect(errorOf(me)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
  });

  it('act as an existing account, with the role from X-LTC-Role, when enabled', async () => {
    const { userId } = await signInAs(devMode, 'user');
    expect((await devMode.gql('{ me { id } }', {}, { headers: devHeaders(userId, 'user') })).data.me.id).toBe(userId);
    // The role header applies: as a moderator the account is confined.
    const confined = await devMode.gql('{ __schema { queryType { name } } }', {}, { headers: devHeaders(userId, 'moderator') });
    expect(errorOf(confined)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('refuse an unknown role claim instead of falling back to the account\'s role (deny by default)', async () => {
    const admin = await signInAs(devMode, 'admin');
    for (const claim of ['root', 'public', 'ADMIN ', 'Admin', 'user,admin', '']) {
      const me = await devMode.gql('{ me { id role } }', {}, { headers: devHeaders(admin.userId, claim) });
      expect(errorOf(me), JSON.stringify(claim)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
      expect(me.data?.me ?? null).toBeNull();
    }
    // Without a role claim the account acts with its own role.
    const own = await devMode.gql('{ me { id role } }', {}, { headers: { 'x-ltc-user': admin.userId } });
    expect(own.data.me).toEqual({ id: admin.userId, role: 'admin' });
  });

  it('never invent an account and never override a session', async () => {
    const unknown = await devMode.gql('{ me { id } }', {}, { headers: devHeaders(crypto.randomUUID(), 'superadmin') });
    expect(errorOf(unknown).code).toBe('UNAUTHENTICATED');
    const owner = await signInAs(devMode, 'user');
    const other = await signInAs(devMode, 'user');
    const me = await devMode.gql('{ me { id } }', {}, { token: owner.token, headers: devHeaders(other.userId, 'admin') });
    expect(me.data.me.id).toBe(owner.userId);
  });
});
