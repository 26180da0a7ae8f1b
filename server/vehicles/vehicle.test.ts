import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Entitlement } from '../addons/entitlement.entity.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { databaseAtRest, errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { VEHICLE_FIELDS, createVehicle, fakeVin } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

const VEHICLE = `query($id: ID!) { vehicle(id: $id) { ${VEHICLE_FIELDS} interestedInSelling } }`;
const CREATE = `mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { ${VEHICLE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateVehicleInput!) { updateVehicle(id: $id, input: $input) { ${VEHICLE_FIELDS} interestedInSelling } }`;

describe('vehicles', () => {
  it('normalises the VIN, shows it only masked and defaults the accident status', async () => {
    const { token } = await signInAs(server, 'user');
    const created = await server.gql(CREATE, { input: { vin: '  fake 1234 5678 0001 ', make: 'VW', model: 'Golf' } }, { token });
    expect(created.errors).toBeUndefined();
    expect(created.data.createVehicle).toMatchObject({
      vinMasked: 'FAK***0001',
      accidentStatus: 'unbekannt',
      accidentStatusLabel: 'Unbekannt',
      accidentTrustCompleted: false,
      physicalServiceBook: false,
    });
  });

  it('labels every accident status', async () => {
    const { token } = await signInAs(server, 'vip');
    const labels: Record<string, string> = {};
    for (const status of ['unfallfrei', 'nicht_unfallfrei', 'unbekannt']) {
      const created = await server.gql(CREATE, { input: { vin: fakeVin(), make: 'BMW', model: 'M3', accidentStatus: status } }, { token });
      labels[status] = created.data.createVehicle.accidentStatusLabel;
    }
    expect(labels).toEqual({ unfallfrei: 'Unfallfrei', nicht_unfallfrei: 'Nicht unfallfrei', unbekannt: 'Unbekannt' });
  });

  it('rejects malformed VINs (I, O, Q, too short, too long, symbols)', async () => {
    const { token } = await signInAs(server, 'user');
    for (const vin of ['WVWZZZ1JZXW00000I', 'WVWZZZ1JZXW00000O', 'WVWZZZ1JZXW00000Q', 'WVW123', 'WVWZZZ1JZXW0000012', 'WVW-ZZZ1JZXW0001', '']) {
      const response = await server.gql(CREATE, { input: { vin, make: 'VW', model: 'Golf' } }, { token });
      expect(errorOf(response), vin).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_vin_format' });
    }
  });

  it('rejects empty make/model and impossible build years', async () => {
    const { token } = await signInAs(server, 'vip');
    expect(errorOf(await server.gql(CREATE, { input: { vin: fakeVin(), make: '  ', model: 'Golf' } }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_make' });
    expect(errorOf(await server.gql(CREATE, { input: { vin: fakeVin(), make: 'VW', model: '' } }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_model' });
    expect(errorOf(await server.gql(CREATE, { input: { vin: fakeVin(), make: 'VW', model: 'Golf', buildYear: 1700 } }, { token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'invalid_build_year',
    });
  });

  it('detects a duplicate VIN across owners, whatever its spelling', async () => {
    const first = await signInAs(server, 'user');
    const second = await signInAs(server, 'user');
    const vin = fakeVin();
    await createVehicle(server, first.token, { vin });
    const duplicate = await server.gql(CREATE, { input: { vin: ` ${vin.toLowerCase().slice(0, 8)} ${vin.toLowerCase().slice(8)}`, make: 'VW', model: 'Golf' } }, { token: second.token });
    expect(errorOf(duplicate)).toEqual({ code: 'CONFLICT', reason: 'vin_already_registered' });
  });

  it('lets a user own one vehicle; a second needs extra_vehicles or vip/dealer', async () => {
    const user = await signInAs(server, 'user');
    await createVehicle(server, user.token);
    const second = await server.gql(CREATE, { input: { vin: fakeVin(), make: 'VW', model: 'Polo' } }, { token: user.token });
    expect(errorOf(second)).toEqual({ code: 'FORBIDDEN', reason: 'vehicle_limit_reached' });
    const em = server.app.services.orm.em.fork();
    const denial = await em.findOne(AuditEvent, { actorId: user.userId, action: 'VEHICLE_CREATED', result: 'denied' });
    expect(denial?.reason).toBe('vehicle_limit_reached');

    em.create(Entitlement, { user: user.userId, key: 'extra_vehicles' });
    await em.flush();
    await createVehicle(server, user.token);
    await createVehicle(server, user.token);

    for (const role of ['vip', 'dealer', 'admin'] as const) {
      const other = await signInAs(server, role);
      await createVehicle(server, other.token);
      await createVehicle(server, other.token);
    }
  });

  it('shows the vehicle limit before the form: owned, limit and whether another vehicle may be added', async () => {
    const ALLOWANCE = '{ vehicleAllowance { owned limit mayAddVehicle } }';
    const user = await signInAs(server, 'user');
    expect((await server.gql(ALLOWANCE, {}, { token: user.token })).data.vehicleAllowance).toEqual({ owned: 0, limit: 1, mayAddVehicle: true });
    await createVehicle(server, user.token);
    expect((await server.gql(ALLOWANCE, {}, { token: user.token })).data.vehicleAllowance).toEqual({ owned: 1, limit: 1, mayAddVehicle: false });
    const em = server.app.services.orm.em.fork();
    em.create(Entitlement, { user: user.userId, key: 'extra_vehicles' });
    await em.flush();
    expect((await server.gql(ALLOWANCE, {}, { token: user.token })).data.vehicleAllowance).toEqual({ owned: 1, limit: null, mayAddVehicle: true });

    const dealer = await signInAs(server, 'dealer');
    await createVehicle(server, dealer.token);
    expect((await server.gql(ALLOWANCE, {}, { token: dealer.token })).data.vehicleAllowance).toEqual({ owned: 1, limit: null, mayAddVehicle: true });

    // A product read: anonymous, without consent and moderators are refused like myVehicles.
    expect(errorOf(await server.gql(ALLOWANCE, {}))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const unconsented = await signInAs(server, 'user', { consent: false });
    expect(errorOf(await server.gql(ALLOWANCE, {}, { token: unconsented.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(ALLOWANCE, {}, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('gives a user one vehicle, also when the creations arrive in parallel', async () => {
    const user = await signInAs(server, 'user');
    const results = await Promise.all(Array.from({ length: 8 }, () => server.gql(CREATE, { input: { vin: fakeVin(), make: 'VW', model: 'Polo' } }, { token: user.token })));
    expect(results.filter((result) => result.data?.createVehicle).length).toBe(1);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(7).fill({ code: 'FORBIDDEN', reason: 'vehicle_limit_reached' }));
    const owned = await server.gql('{ myVehicles { edges { node { id } } } }', {}, { token: user.token });
    expect(owned.data.myVehicles.edges).toHaveLength(1);
  });

  it('registers a VIN once when several accounts register it in parallel', async () => {
    const owners = await Promise.all(Array.from({ length: 4 }, () => signInAs(server, 'vip')));
    const vin = fakeVin();
    const results = await Promise.all(owners.map((owner) => server.gql(CREATE, { input: { vin, make: 'VW', model: 'Golf' } }, { token: owner.token })));
    expect(results.filter((result) => result.data?.createVehicle).length).toBe(1);
    expect(results.filter((result) => result.errors).map(errorOf)).toEqual(Array(3).fill({ code: 'CONFLICT', reason: 'vin_already_registered' }));
  });

  it('updates fields; null clears optional ones; the owner and admins see interestedInSelling', async () => {
    const owner = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token, { nickname: 'Blitz' });
    const updated = await server.gql(
      UPDATE,
      { id, input: { model: 'Golf GTI', nickname: null, accidentStatus: 'unfallfrei', physicalServiceBook: true, interestedInSelling: true } },
      { token: owner.token },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateVehicle).toMatchObject({ model: 'Golf GTI', nickname: null, accidentStatus: 'unfallfrei', physicalServiceBook: true, interestedInSelling: true });
    const admin = await signInAs(server, 'admin');
    const asAdmin = await server.gql(VEHICLE, { id }, { token: admin.token });
    expect(asAdmin.data.vehicle).toMatchObject({ id, interestedInSelling: true, vinMasked: expect.stringMatching(/^FAK\*\*\*\d{4}$/) });
    expect(errorOf(await server.gql(UPDATE, { id, input: { make: ' ' } }, { token: owner.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_make' });
  });

  it("gives approved org staff the owner's rights except interestedInSelling", async () => {
    const owner = await signInAs(server, 'vip');
    const staff = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token, { interestedInSelling: true });
    await businessWithStaff(server, owner.userId, staff.userId);

    const asStaff = await server.gql(`query($id: ID!) { vehicle(id: $id) { id make trustSummary { light } interestedInSelling } }`, { id }, { token: staff.token });
    // The vehicle is theirs to see, this one field is not: null without an error.
    expect(asStaff.data.vehicle).toMatchObject({ id, make: 'Volkswagen', trustSummary: { light: 'orange' }, interestedInSelling: null });
    expect(asStaff.errors).toBeUndefined();
    const updated = await server.gql(UPDATE.replace(' interestedInSelling }', ' }'), { id, input: { nickname: 'Vorführer' } }, { token: staff.token });
    expect(updated.data.updateVehicle.nickname).toBe('Vorführer');
    expect((await server.app.services.orm.em.fork().findOne(AuditEvent, { action: 'VEHICLE_UPDATED', targetId: id }))?.scope).toBe('org');
  });

  it('denies anonymous, moderators, other owners and missing consent; a missing vehicle looks like a foreign one', async () => {
    const owner = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token);
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });

    expect(errorOf(await server.gql(VEHICLE, { id }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql(VEHICLE, { id }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(VEHICLE, { id }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    const foreign = await server.gql(VEHICLE, { id }, { token: other.token });
    const missing = await server.gql(VEHICLE, { id: crypto.randomUUID() }, { token: other.token });
    expect(errorOf(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(missing)).toEqual(errorOf(foreign));
    expect(foreign.data).toEqual({ vehicle: null });
    expect(missing.data).toEqual(foreign.data);

    for (const [token, expected] of [
      [undefined, 'UNAUTHENTICATED'],
      [moderator.token, 'FORBIDDEN'],
      [noConsent.token, 'FORBIDDEN'],
      [other.token, 'FORBIDDEN'],
    ] as const) {
      expect(errorOf(await server.gql(UPDATE, { id, input: { model: 'X' } }, { token })).code).toBe(expected);
    }
    expect(errorOf(await server.gql(UPDATE, { id: crypto.randomUUID(), input: { model: 'X' } }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    for (const [token, reason] of [
      [undefined, 'authentication_required'],
      [moderator.token, 'moderator_confined'],
      [noConsent.token, 'consent_required'],
    ] as const) {
      expect(errorOf(await server.gql(CREATE, { input: { vin: fakeVin(), make: 'VW', model: 'Golf' } }, { token })).reason).toBe(reason);
      expect(errorOf(await server.gql('{ myVehicles { edges { node { id } } } }', {}, { token })).reason).toBe(reason);
    }
    expect((await server.gql(VEHICLE, { id }, { token: owner.token })).data.vehicle.id).toBe(id);
  });

  it('pages myVehicles with cursors and lists only own vehicles', async () => {
    const owner = await signInAs(server, 'dealer');
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await createVehicle(server, owner.token)).id);
    await createVehicle(server, (await signInAs(server, 'user')).token);
    const PAGE = 'query($after: String) { myVehicles(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }';
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const response = await server.gql(PAGE, { after }, { token: owner.token });
      seen.push(...response.data.myVehicles.edges.map((edge: { node: { id: string } }) => edge.node.id));
      if (!response.data.myVehicles.pageInfo.hasNextPage) break;
      after = response.data.myVehicles.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    const last = await server.gql('{ myVehicles(last: 1) { edges { node { id } } } }', {}, { token: owner.token });
    expect(last.data.myVehicles.edges[0].node.id).toBe(ids.at(-1));
    expect(errorOf(await server.gql('{ myVehicles(first: 1, after: "bm9wZQ") { edges { node { id } } } }', {}, { token: owner.token }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'invalid_cursor',
    });
  });

  it('never stores, logs, audits or returns the VIN in clear', async () => {
    const owner = await signInAs(server, 'user');
    const vin = fakeVin();
    const created = await server.gql(CREATE, { input: { vin, make: 'VW', model: 'Golf' } }, { token: owner.token });
    await server.gql(UPDATE, { id: created.data.createVehicle.id, input: { model: 'Golf Variant' } }, { token: owner.token });
    expect(JSON.stringify(created)).not.toContain(vin);
    const atRest = await databaseAtRest(server);
    expect(atRest).toContain(created.data.createVehicle.vinMasked); // the scan sees the rows
    expect(atRest).not.toContain(vin);
    expect(atRest).not.toContain(vin.slice(4));
    expect(server.logs.join('\n')).not.toContain(vin);
    const audits = await server.app.services.orm.em.fork().find(AuditEvent, { actorId: owner.userId });
    expect(audits.map((event) => event.action)).toEqual(expect.arrayContaining(['VEHICLE_CREATED', 'VEHICLE_UPDATED']));
    expect(JSON.stringify(audits)).not.toContain(vin.slice(4));
  });
});
