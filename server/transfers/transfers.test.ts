import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { OwnershipTransfer } from './transfer.entity.ts';

let server: TestServer;

const STATUS_FIELDS = 'id vehicleId state expiresAt extended initiatedByMe redeemedAt cancelledAt';
const CREATE = `mutation($v: ID!) { createTransfer(vehicleId: $v) { token redeemUrl qrCodeSvg qrCodePngDataUrl transfer { ${STATUS_FIELDS} } } }`;
const REDEEM = `mutation($token: String!) { redeemTransfer(token: $token) { ${STATUS_FIELDS} } }`;
const EXTEND = `mutation($id: ID!) { extendTransfer(id: $id) { ${STATUS_FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelTransfer(id: $id) { ${STATUS_FIELDS} } }`;
const STATUS = `query($id: ID!) { transfer(id: $id) { ${STATUS_FIELDS} } }`;
const MINE = `{ myTransfers { edges { node { id state initiatedByMe } } } }`;

const em = () => server.app.services.orm.em.fork();

async function owner(role: 'user' | 'vip' | 'dealer' | 'superadmin' = 'user') {
  const account = await signInAs(server, role);
  return { ...account, vehicleId: (await createVehicle(server, account.token)).id };
}

async function startTransfer(seller: { token: string; vehicleId: string }) {
  const created = await server.gql(CREATE, { v: seller.vehicleId }, { token: seller.token });
  if (!created.data?.createTransfer) throw new Error(JSON.stringify(created.errors));
  return created.data.createTransfer as { token: string; redeemUrl: string; qrCodeSvg: string; qrCodePngDataUrl: string; transfer: { id: string; expiresAt: string } };
}

const ownerOf = async (vehicleId: string) => (await em().findOneOrFail(Vehicle, { id: vehicleId })).owner;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('creating a transfer', () => {
  it('shows a one-time token, a redeem link and QR codes; stores only an HMAC', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.redeemUrl).toBe(`${server.app.services.config.publicBaseUrl}/uebergabe#token=${created.token}`);
    expect(created.qrCodeSvg).toMatch(/^<svg/);
    expect(created.qrCodePngDataUrl).toMatch(/^data:image\/png;base64,/);
    const days = (new Date(created.transfer.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const stored = await em().findOneOrFail(OwnershipTransfer, { id: created.transfer.id });
    expect(stored.tokenHmac).not.toContain(created.token);
    const events = await em().find(AuditEvent, { targetId: created.transfer.id });
    expect(events.map((event) => event.action)).toContain('HANDOVER_CREATED');
    expect(JSON.stringify(events)).not.toContain(created.token);
    expect(server.logs.join('\n')).not.toContain(created.token);
  });

  it('allows one open transfer per vehicle', async () => {
    const seller = await owner();
    const first = await startTransfer(seller);
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: seller.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_already_open' });
    await server.gql(CANCEL, { id: first.transfer.id }, { token: seller.token });
    await startTransfer(seller);
  });

  it('is for the owner only: strangers, admins, moderators, anonymous and unconsented callers are refused', async () => {
    const seller = await owner();
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(CREATE, { v: crypto.randomUUID() }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const admin = await signInAs(server, 'admin');
    const adminVehicle = (await createVehicle(server, admin.token)).id;
    expect(errorOf(await server.gql(CREATE, { v: adminVehicle }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    // A superadmin may hand over their own vehicle, but not someone else's.
    const superadmin = await owner('superadmin');
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: superadmin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    await startTransfer(superadmin);
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unconsented = await signInAs(server, 'user', { consent: false });
    expect(errorOf(await server.gql(CREATE, { v: seller.vehicleId }, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    expect(await em().count(OwnershipTransfer, { vehicle: seller.vehicleId })).toBe(0);
  });
});

describe('redeeming a transfer', () => {
  it('moves the vehicle to the redeemer; the old owner loses access; the public link stops working', async () => {
    const seller = await owner();
    const shared = await server.gql('mutation($v: ID!) { enablePublicShare(vehicleId: $v) { url } }', { v: seller.vehicleId }, { token: seller.token });
    const shareToken = shared.data.enablePublicShare.url.split('/q/')[1];
    const PUBLIC = 'query($t: String!) { publicVehicle(token: $t) { make } }';
    expect((await server.gql(PUBLIC, { t: shareToken })).data.publicVehicle.make).toBe('Volkswagen');
    const entry = await addEntry(server, seller.token, seller.vehicleId);
    const evidence = await insertDocument(server, seller.vehicleId, seller.userId);
    const created = await startTransfer(seller);
    const buyer = await signInAs(server, 'user');
    const redeemed = await server.gql(REDEEM, { token: created.token }, { token: buyer.token });
    expect(redeemed.data.redeemTransfer).toMatchObject({ id: created.transfer.id, state: 'redeemed', initiatedByMe: false });
    expect(await ownerOf(seller.vehicleId)).toBe(buyer.userId);

    expect((await server.gql(PUBLIC, { t: shareToken })).data.publicVehicle).toBeNull();
    // History and documents stay with the vehicle.
    const history = await server.gql('query($e: ID!) { serviceEntryHistory(entryId: $e) { edges { node { id } } } }', { e: entry.id }, { token: buyer.token });
    expect(history.data?.serviceEntryHistory?.edges.map((edge: any) => edge.node.id) ?? history.errors).toEqual([entry.id]);
    const document = await server.gql('query($id: ID!) { document(id: $id) { id } }', { id: evidence }, { token: buyer.token });
    expect(document.data?.document?.id ?? document.errors).toBe(evidence);
    expect(errorOf(await server.gql('query($id: ID!) { document(id: $id) { id } }', { id: evidence }, { token: seller.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const VEHICLE = 'query($v: ID!) { vehicle(id: $v) { publicShareEnabled } }';
    expect((await server.gql(VEHICLE, { v: seller.vehicleId }, { token: buyer.token })).data.vehicle.publicShareEnabled).toBe(false);
    const ADDONS = 'query($v: ID!) { vehicleAddons(vehicleId: $v) { key } }';
    expect(errorOf(await server.gql(ADDONS, { v: seller.vehicleId }, { token: seller.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await server.gql(ADDONS, { v: seller.vehicleId }, { token: buyer.token })).data.vehicleAddons).toHaveLength(3);

    const again = await signInAs(server, 'user');
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: again.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_not_redeemable' });
    expect(await em().count(AuditEvent, { action: 'HANDOVER_COMPLETED', targetId: created.transfer.id })).toBe(1);
    expect(await em().count(AuditEvent, { action: 'HANDOVER_DENIED', reason: 'transfer_not_redeemable' })).toBeGreaterThanOrEqual(1);
  });

  it('unknown tokens are NOT_FOUND; cancelled transfers and own vehicles are not redeemable', async () => {
    const buyer = await signInAs(server, 'user');
    expect(errorOf(await server.gql(REDEEM, { token: 'x'.repeat(43) }, { token: buyer.token }))).toEqual({ code: 'NOT_FOUND', reason: 'transfer_not_found' });
    const seller = await owner();
    const created = await startTransfer(seller);
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: seller.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_not_redeemable' });
    await server.gql(CANCEL, { id: created.transfer.id }, { token: seller.token });
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: buyer.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_not_redeemable' });
    expect(await ownerOf(seller.vehicleId)).toBe(seller.userId);
  });

  it('admins and moderators cannot redeem', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const admin = await signInAs(server, 'admin');
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(await ownerOf(seller.vehicleId)).toBe(seller.userId);
  });

  it('applies the vehicle limit to the redeemer', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const fullUser = await owner();
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: fullUser.token }))).toEqual({ code: 'FORBIDDEN', reason: 'vehicle_limit_reached' });
    expect(await ownerOf(seller.vehicleId)).toBe(seller.userId);
    // The failed attempt did not use up the token.
    const admin = await signInAs(server, 'admin');
    await server.gql('mutation($u: ID!) { grantEntitlement(userId: $u, key: extra_vehicles) { key } }', { u: fullUser.userId }, { token: admin.token });
    expect((await server.gql(REDEEM, { token: created.token }, { token: fullUser.token })).data.redeemTransfer.state).toBe('redeemed');

    const dealerSeller = await owner();
    const dealerTransfer = await startTransfer(dealerSeller);
    const dealer = await owner('dealer');
    expect((await server.gql(REDEEM, { token: dealerTransfer.token }, { token: dealer.token })).data.redeemTransfer.state).toBe('redeemed');
  });

  it('of concurrent redeems of one token exactly one succeeds (parallel transactions on PostgreSQL)', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const buyers = await Promise.all(Array.from({ length: 8 }, () => signInAs(server, 'vip')));
    const results = await Promise.all(buyers.map((buyer) => server.gql(REDEEM, { token: created.token }, { token: buyer.token })));
    const winners = results.filter((result) => result.data?.redeemTransfer?.state === 'redeemed');
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((result) => !result.data?.redeemTransfer)) {
      expect(errorOf(loser)).toEqual({ code: 'CONFLICT', reason: 'transfer_not_redeemable' });
    }
    const winner = buyers[results.indexOf(winners[0]!)]!;
    expect(await ownerOf(seller.vehicleId)).toBe(winner.userId);
    expect((await em().findOneOrFail(OwnershipTransfer, { id: created.transfer.id })).redeemedBy).toBe(winner.userId);
    expect(await em().count(AuditEvent, { action: 'HANDOVER_COMPLETED', targetId: created.transfer.id })).toBe(1);
    const losers = await em().find(AuditEvent, { action: 'HANDOVER_DENIED', actorId: { $in: buyers.map((buyer) => buyer.userId) } });
    expect(losers.map((event) => event.reason)).toEqual(Array(buyers.length - 1).fill('transfer_not_redeemable'));
  });
});

describe('expiry, extension and cancellation', () => {
  const expire = (id: string) => em().nativeUpdate(OwnershipTransfer, { id }, { expiresAt: new Date(Date.now() - 1000) });

  it('an expired transfer is GONE, and the expiry is recorded when read', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    await expire(created.transfer.id);
    const buyer = await signInAs(server, 'user');
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: buyer.token }))).toEqual({ code: 'GONE', reason: 'transfer_expired' });
    const stored = await em().findOneOrFail(OwnershipTransfer, { id: created.transfer.id });
    expect(stored.state).toBe('expired');
    expect(await em().count(AuditEvent, { action: 'HANDOVER_EXPIRED', targetId: created.transfer.id })).toBe(1);
    expect(errorOf(await server.gql(REDEEM, { token: created.token }, { token: buyer.token }))).toEqual({ code: 'GONE', reason: 'transfer_expired' });
    expect(errorOf(await server.gql(EXTEND, { id: created.transfer.id }, { token: seller.token }))).toEqual({ code: 'GONE', reason: 'transfer_expired' });
    expect(await ownerOf(seller.vehicleId)).toBe(seller.userId);
    // The vehicle is free for a new transfer.
    await startTransfer(seller);
  });

  it('status shows an overdue transfer as expired', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    await expire(created.transfer.id);
    expect((await server.gql(STATUS, { id: created.transfer.id }, { token: seller.token })).data.transfer.state).toBe('expired');
  });

  it('extends once by 14 days, only by the initiator', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(EXTEND, { id: created.transfer.id }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const extended = (await server.gql(EXTEND, { id: created.transfer.id }, { token: seller.token })).data.extendTransfer;
    expect(extended.extended).toBe(true);
    expect(new Date(extended.expiresAt).getTime() - new Date(created.transfer.expiresAt).getTime()).toBe(14 * 86_400_000);
    expect(errorOf(await server.gql(EXTEND, { id: created.transfer.id }, { token: seller.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_already_extended' });
    expect(await em().count(AuditEvent, { action: 'HANDOVER_EXTENDED', targetId: created.transfer.id })).toBe(1);
  });

  it('cancels only by the initiator and only while open', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const stranger = await signInAs(server, 'user');
    expect(errorOf(await server.gql(CANCEL, { id: created.transfer.id }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(CANCEL, { id: crypto.randomUUID() }, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    const cancelled = (await server.gql(CANCEL, { id: created.transfer.id }, { token: seller.token })).data.cancelTransfer;
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.cancelledAt).toBeTruthy();
    expect(errorOf(await server.gql(CANCEL, { id: created.transfer.id }, { token: seller.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_not_open' });
    expect(errorOf(await server.gql(EXTEND, { id: created.transfer.id }, { token: seller.token }))).toEqual({ code: 'CONFLICT', reason: 'transfer_not_open' });
    expect(await em().count(AuditEvent, { action: 'HANDOVER_CANCELLED', targetId: created.transfer.id })).toBe(1);
  });
});

describe('transfer status', () => {
  it('is visible to initiator and redeemer only; admins get FORBIDDEN', async () => {
    const seller = await owner();
    const created = await startTransfer(seller);
    const buyer = await signInAs(server, 'user');
    await server.gql(REDEEM, { token: created.token }, { token: buyer.token });

    expect((await server.gql(STATUS, { id: created.transfer.id }, { token: seller.token })).data.transfer).toMatchObject({ state: 'redeemed', initiatedByMe: true });
    expect((await server.gql(STATUS, { id: created.transfer.id }, { token: buyer.token })).data.transfer).toMatchObject({ state: 'redeemed', initiatedByMe: false });
    for (const role of ['user', 'admin', 'superadmin'] as const) {
      const outsider = await signInAs(server, role);
      const response = await server.gql(STATUS, { id: created.transfer.id }, { token: outsider.token });
      expect(errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(response.data?.transfer ?? null).toBeNull();
      expect(errorOf(await server.gql(STATUS, { id: crypto.randomUUID() }, { token: outsider.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(STATUS, { id: created.transfer.id }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(STATUS, { id: created.transfer.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });

    const sellerList = (await server.gql(MINE, {}, { token: seller.token })).data.myTransfers.edges.map((edge: any) => edge.node);
    expect(sellerList).toEqual([{ id: created.transfer.id, state: 'redeemed', initiatedByMe: true }]);
    const buyerList = (await server.gql(MINE, {}, { token: buyer.token })).data.myTransfers.edges.map((edge: any) => edge.node);
    expect(buyerList).toEqual([{ id: created.transfer.id, state: 'redeemed', initiatedByMe: false }]);
  });
});

describe('my transfers', () => {
  const PAGE = 'query($first: Int, $after: String) { myTransfers(first: $first, after: $after) { edges { node { id initiatedByMe } } pageInfo { hasNextPage endCursor } } }';

  it('page by keyset, newest first, started and redeemed ones alike', async () => {
    const seller = await owner('vip');
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const created = await startTransfer(seller);
      await server.gql(CANCEL, { id: created.transfer.id }, { token: seller.token });
      ids.push(created.transfer.id);
    }
    const other = await owner();
    const bought = await startTransfer(other);
    await server.gql(REDEEM, { token: bought.token }, { token: seller.token });
    ids.push(bought.transfer.id);
    // Known creation times, two of them equal: the tie is ordered by id, across the page boundary.
    const times = ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-03T00:00:00Z'];
    for (const [n, id] of ids.entries()) await em().nativeUpdate(OwnershipTransfer, { id }, { createdAt: new Date(times[n]!) });
    const tied = [ids[1]!, ids[2]!].sort().reverse();

    const page1 = (await server.gql(PAGE, { first: 2 }, { token: seller.token })).data.myTransfers;
    expect(page1.edges.map((edge: any) => edge.node)).toEqual([
      { id: bought.transfer.id, initiatedByMe: false },
      { id: tied[0], initiatedByMe: true },
    ]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await server.gql(PAGE, { first: 2, after: page1.pageInfo.endCursor }, { token: seller.token })).data.myTransfers;
    expect(page2.edges.map((edge: any) => edge.node.id)).toEqual([tied[1], ids[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const page3 = (await server.gql(PAGE, { first: 2, after: page2.pageInfo.endCursor }, { token: seller.token })).data.myTransfers;
    expect(page3.edges).toEqual([]);
  });

  it('lists one vehicle’s transfers with vehicleId, its open one first', async () => {
    const seller = await owner('vip');
    const { vehicleId } = seller;
    const first = await startTransfer(seller);
    await server.gql(CANCEL, { id: first.transfer.id }, { token: seller.token });
    await startTransfer({ token: seller.token, vehicleId: (await createVehicle(server, seller.token)).id });
    const open = (await startTransfer(seller)).transfer.id;
    const OF_VEHICLE = 'query($v: ID!) { myTransfers(vehicleId: $v, first: 5) { edges { node { id vehicleId state } } } }';
    const listed = (await server.gql(OF_VEHICLE, { v: vehicleId }, { token: seller.token })).data.myTransfers.edges.map((edge: any) => edge.node);
    expect(listed).toEqual([
      { id: open, vehicleId, state: 'created' },
      { id: first.transfer.id, vehicleId, state: 'cancelled' },
    ]);
    // Someone else's vehicle id lists nothing of theirs.
    const stranger = await owner();
    expect((await server.gql(OF_VEHICLE, { v: vehicleId }, { token: stranger.token })).data.myTransfers.edges).toEqual([]);
  });

  it('refuses a malformed cursor and an offset cursor with invalid_cursor', async () => {
    const user = await signInAs(server, 'user');
    for (const after of ['kaputt', Buffer.from(JSON.stringify(['o', 1])).toString('base64url')]) {
      expect(errorOf(await server.gql(PAGE, { first: 2, after }, { token: user.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_cursor' });
    }
  });
});
