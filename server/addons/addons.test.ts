import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { AddonConfig } from './addon-config.entity.ts';

let server: TestServer;
let admin: { token: string; userId: string };

const SET_CONFIG = `mutation($key: AddonKey!, $allowNew: Boolean, $requiresPayment: Boolean, $adminOnly: Boolean) {
  setAddonConfig(key: $key, allowNew: $allowNew, requiresPayment: $requiresPayment, adminOnly: $adminOnly) { key configured allowNew requiresPayment adminOnly } }`;
const ENABLE = 'mutation($v: ID!, $key: AddonKey!) { enableVehicleAddon(vehicleId: $v, key: $key) { key enabled firstEnabledAt } }';
const DISABLE = 'mutation($v: ID!, $key: AddonKey!) { disableVehicleAddon(vehicleId: $v, key: $key) { key enabled firstEnabledAt } }';
const ADDONS = 'query($v: ID!) { vehicleAddons(vehicleId: $v) { key enabled firstEnabledAt } }';
const GRANT = 'mutation($u: ID!, $key: EntitlementKey!) { grantEntitlement(userId: $u, key: $key) { userId key grantedAt } }';
const REVOKE = 'mutation($u: ID!, $key: EntitlementKey!) { revokeEntitlement(userId: $u, key: $key) }';
const ENTITLEMENTS = 'query($u: ID!) { entitlements(userId: $u) { key } }';

const configure = async (key: string, settings: Record<string, boolean>) => {
  const result = await server.gql(SET_CONFIG, { key, ...settings }, { token: admin.token });
  if (!result.data?.setAddonConfig) throw new Error(JSON.stringify(result.errors));
  return result.data.setAddonConfig;
};
const removeConfig = (key: 'restauration' | 'oldtimer' | 'unfall') => server.app.services.orm.em.fork().nativeDelete(AddonConfig, { key });

/** A user with consent and a vehicle of their own. */
async function owner() {
  const account = await signInAs(server, 'user');
  return { ...account, vehicleId: (await createVehicle(server, account.token)).id };
}

beforeAll(async () => {
  server = await startServer();
  admin = await signInAs(server, 'admin');
});
afterAll(async () => server.close());

describe('add-on configuration (admin)', () => {
  it('is admin-only and needs consent', async () => {
    const variables = { key: 'oldtimer', allowNew: true };
    expect(errorOf(await server.gql(SET_CONFIG, variables))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(SET_CONFIG, variables, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql('{ addonConfigs { key } }', {}, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(SET_CONFIG, variables, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    const unconsented = await signInAs(server, 'admin', { consent: false });
    expect(errorOf(await server.gql(SET_CONFIG, variables, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
  });

  it('creates a config with the spec defaults and changes only the given flags', async () => {
    await removeConfig('oldtimer');
    const before = await server.gql('{ addonConfigs { key configured allowNew requiresPayment adminOnly } }', {}, { token: admin.token });
    expect(before.data.addonConfigs.find((c: any) => c.key === 'oldtimer')).toEqual({ key: 'oldtimer', configured: false, allowNew: false, requiresPayment: true, adminOnly: false });
    expect(await configure('oldtimer', { allowNew: true })).toEqual({ key: 'oldtimer', configured: true, allowNew: true, requiresPayment: true, adminOnly: false });
    expect(await configure('oldtimer', { adminOnly: true })).toEqual({ key: 'oldtimer', configured: true, allowNew: true, requiresPayment: true, adminOnly: true });
    const audited = await server.app.services.orm.em.fork().find(AuditEvent, { action: 'ADDON_CONFIG_UPDATED', targetId: 'oldtimer' }, { orderBy: { at: 'desc' } });
    expect(audited[0]!.metadata).toMatchObject({ addonKey: 'oldtimer', allowNew: true, requiresPayment: true, adminOnly: true });
  });
});

describe('entitlements (admin)', () => {
  it('grants, lists and revokes; others are refused', async () => {
    const user = await signInAs(server, 'user');
    expect(errorOf(await server.gql(GRANT, { u: user.userId, key: 'unfall' }, { token: user.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await server.gql(GRANT, { u: user.userId, key: 'unfall' }, { token: admin.token })).data.grantEntitlement).toMatchObject({ userId: user.userId, key: 'unfall' });
    // Granting twice changes nothing.
    await server.gql(GRANT, { u: user.userId, key: 'unfall' }, { token: admin.token });
    await server.gql(GRANT, { u: user.userId, key: 'extra_vehicles' }, { token: admin.token });
    expect((await server.gql(ENTITLEMENTS, { u: user.userId }, { token: admin.token })).data.entitlements.map((e: any) => e.key)).toEqual(['extra_vehicles', 'unfall']);
    expect((await server.gql(REVOKE, { u: user.userId, key: 'unfall' }, { token: admin.token })).data.revokeEntitlement).toBe(true);
    expect((await server.gql(REVOKE, { u: user.userId, key: 'unfall' }, { token: admin.token })).data.revokeEntitlement).toBe(false);
    expect(errorOf(await server.gql(GRANT, { u: crypto.randomUUID(), key: 'unfall' }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'user_not_found' });
    const actions = (await server.app.services.orm.em.fork().find(AuditEvent, { targetId: user.userId })).map((event) => event.action);
    expect(actions.filter((action) => action === 'ADDON_ENTITLEMENT_GRANTED')).toHaveLength(2);
    expect(actions).toContain('ADDON_ENTITLEMENT_REVOKED');
  });
});

describe('the add-on gate, in the order of SPEC §12', () => {
  it('no config → addon_not_available, for admins too', async () => {
    await removeConfig('unfall');
    const { token, vehicleId } = await owner();
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'unfall' }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'addon_not_available' });
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'unfall' }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'addon_not_available' });
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { action: 'ADDON_DENIED', targetId: vehicleId, reason: 'addon_not_available' })).toBe(2);
  });

  it('adminOnly is checked before allowNew; admins pass it', async () => {
    await configure('unfall', { adminOnly: true, allowNew: false, requiresPayment: false });
    const { token, vehicleId } = await owner();
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'unfall' }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_only' });
    // The admin passes adminOnly and meets the next rule.
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'unfall' }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'addon_not_available' });
    await configure('unfall', { allowNew: true });
    expect((await server.gql(ENABLE, { v: vehicleId, key: 'unfall' }, { token: admin.token })).data.enableVehicleAddon.enabled).toBe(true);
  });

  it('requiresPayment needs the owner’s entitlement; admins are exempt', async () => {
    await configure('restauration', { adminOnly: false, allowNew: true, requiresPayment: true });
    const paying = await owner();
    expect(errorOf(await server.gql(ENABLE, { v: paying.vehicleId, key: 'restauration' }, { token: paying.token }))).toEqual({ code: 'FORBIDDEN', reason: 'paywall_required' });
    // An entitlement for another key does not help.
    await server.gql(GRANT, { u: paying.userId, key: 'oldtimer' }, { token: admin.token });
    expect(errorOf(await server.gql(ENABLE, { v: paying.vehicleId, key: 'restauration' }, { token: paying.token }))).toEqual({ code: 'FORBIDDEN', reason: 'paywall_required' });
    await server.gql(GRANT, { u: paying.userId, key: 'restauration' }, { token: admin.token });
    expect((await server.gql(ENABLE, { v: paying.vehicleId, key: 'restauration' }, { token: paying.token })).data.enableVehicleAddon.enabled).toBe(true);

    const other = await owner();
    expect((await server.gql(ENABLE, { v: other.vehicleId, key: 'restauration' }, { token: admin.token })).data.enableVehicleAddon.enabled).toBe(true);
  });

  it('requiresPayment false lets owners enable without entitlement', async () => {
    await configure('restauration', { requiresPayment: false });
    const { token, vehicleId } = await owner();
    expect((await server.gql(ENABLE, { v: vehicleId, key: 'restauration' }, { token })).data.enableVehicleAddon.enabled).toBe(true);
    await configure('restauration', { requiresPayment: true });
  });

  it('vehicleAddons says in advance what the gate would answer (blockedBy), without writing or auditing', async () => {
    const BLOCKED = 'query($v: ID!) { vehicleAddons(vehicleId: $v) { key blockedBy } }';
    const blockedBy = async (vehicleId: string, token: string) =>
      Object.fromEntries((await server.gql(BLOCKED, { v: vehicleId }, { token })).data.vehicleAddons.map((addon: { key: string; blockedBy: string | null }) => [addon.key, addon.blockedBy]));
    await removeConfig('unfall');
    await configure('restauration', { adminOnly: false, allowNew: true, requiresPayment: true });
    await configure('oldtimer', { adminOnly: true, allowNew: true, requiresPayment: false });
    const { token, vehicleId, userId } = await owner();
    expect(await blockedBy(vehicleId, token)).toEqual({ restauration: 'paywall_required', oldtimer: 'admin_only', unfall: 'addon_not_available' });
    await server.gql(GRANT, { u: userId, key: 'restauration' }, { token: admin.token });
    expect((await blockedBy(vehicleId, token)).restauration).toBeNull();
    // Admins pass adminOnly and the paywall, not a missing configuration.
    expect(await blockedBy(vehicleId, admin.token)).toEqual({ restauration: null, oldtimer: null, unfall: 'addon_not_available' });
    // The answer matches what enabling then does.
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'oldtimer' }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'admin_only' });
    expect((await server.gql(ENABLE, { v: vehicleId, key: 'restauration' }, { token })).data.enableVehicleAddon.enabled).toBe(true);
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { targetId: vehicleId, action: 'ADDON_DENIED' })).toBe(1);
    await configure('oldtimer', { adminOnly: false });
  });

  it('grandfathers a vehicle once enabled; firstEnabledAt never changes', async () => {
    await configure('oldtimer', { adminOnly: false, allowNew: true, requiresPayment: false });
    const { token, vehicleId } = await owner();
    const first = (await server.gql(ENABLE, { v: vehicleId, key: 'oldtimer' }, { token })).data.enableVehicleAddon;
    expect(first.firstEnabledAt).toBeTruthy();

    // The offer closes completely, and the add-on is switched off on the vehicle.
    await removeConfig('oldtimer');
    const disabled = (await server.gql(DISABLE, { v: vehicleId, key: 'oldtimer' }, { token })).data.disableVehicleAddon;
    expect(disabled).toEqual({ key: 'oldtimer', enabled: false, firstEnabledAt: first.firstEnabledAt });
    const again = (await server.gql(ENABLE, { v: vehicleId, key: 'oldtimer' }, { token })).data.enableVehicleAddon;
    expect(again).toEqual({ key: 'oldtimer', enabled: true, firstEnabledAt: first.firstEnabledAt });

    const states = (await server.gql(ADDONS, { v: vehicleId }, { token })).data.vehicleAddons;
    expect(states).toContainEqual({ key: 'oldtimer', enabled: true, firstEnabledAt: first.firstEnabledAt });
    expect(states).toContainEqual({ key: 'unfall', enabled: false, firstEnabledAt: null });
    // A vehicle that never had it is not grandfathered.
    const newcomer = await owner();
    expect(errorOf(await server.gql(ENABLE, { v: newcomer.vehicleId, key: 'oldtimer' }, { token: newcomer.token }))).toEqual({ code: 'FORBIDDEN', reason: 'addon_not_available' });
  });

  it('vehicle add-ons are owner or admin only, with consent', async () => {
    const { vehicleId } = await owner();
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(ENABLE, { v: vehicleId, key: 'oldtimer' }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(ADDONS, { v: vehicleId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(ADDONS, { v: crypto.randomUUID() }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(ADDONS, { v: vehicleId }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(ADDONS, { v: vehicleId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unconsented = await signInAs(server, 'user', { consent: false });
    // The consent gate answers first, whatever the vehicle.
    expect(errorOf(await server.gql(ADDONS, { v: vehicleId }, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    expect((await server.gql(ADDONS, { v: vehicleId }, { token: admin.token })).data.vehicleAddons).toHaveLength(3);
  });
});
