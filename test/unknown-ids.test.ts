import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../server/schema.ts';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';
import { operationFor, rootFields, send } from './root-operations.ts';
import { GENEROUS_LIMITS, stepUp } from './step-up.ts';
import { createVehicle } from './vehicle-fixtures.ts';

/**
 * Issue 12, items 10 and 11: ids that name nothing. A superadmin passes every scope, so unknown
 * ids reach the services: they must answer NOT_FOUND, never a foreign key failure
 * (INTERNAL_SERVER_ERROR). Empty or malformed ids are refused as BAD_USER_INPUT/invalid_id before
 * anything runs, so "" can never stand for "me" or become a grant's target.
 */

let server: TestServer;
let superadmin: { token: string; email: string; userId: string };
beforeAll(async () => {
  server = await startServer(GENEROUS_LIMITS);
  superadmin = await signInAs(server, 'superadmin');
});
afterAll(async () => server.close());

/** Mutations whose target is a vehicle (by vehicleId, id, or through an entry or folder). */
const VEHICLE_WRITES = [
  'addServiceEntry', 'enablePublicShare', 'rotatePublicShare', 'disablePublicShare', 'createTransfer', 'createTrustFolder',
  'enableVehicleAddon', 'disableVehicleAddon', 'updateVehicle', 'uploadDocument', 'reviseServiceEntry', 'withdrawServiceEntry', 'addTrustFolderStage',
];

describe('unknown ids as superadmin', () => {
  it('no root field answers INTERNAL_SERVER_ERROR; writes on an unknown vehicle answer NOT_FOUND', async () => {
    const answers: Record<string, string> = {};
    // logout would end the session the walk runs on.
    for (const root of rootFields(schema).filter((field) => field.name !== 'logout')) {
      const answer = await send(server, operationFor(root), { token: superadmin.token });
      answers[root.name] = `${answer.status < 500 ? 'ok' : answer.status} ${errorOf(answer).code}`;
    }
    expect(Object.values(answers).filter((answer) => answer.includes('INTERNAL_SERVER_ERROR') || !answer.startsWith('ok'))).toEqual([]);
    const vehicleWrites = Object.fromEntries(VEHICLE_WRITES.map((name) => [name, answers[name]]));
    expect(vehicleWrites).toEqual(Object.fromEntries(VEHICLE_WRITES.map((name) => [name, 'ok NOT_FOUND'])));
  });

  it('addServiceEntry and enablePublicShare on an unknown vehicle: NOT_FOUND/vehicle_not_found (the two of the report)', async () => {
    const unknown = crypto.randomUUID();
    const entry = await server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }',
      { input: { vehicleId: unknown, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1 } },
      { token: superadmin.token },
    );
    expect(errorOf(entry)).toEqual({ code: 'NOT_FOUND', reason: 'vehicle_not_found' });
    const share = await server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id: unknown }, { token: superadmin.token });
    expect(errorOf(share)).toEqual({ code: 'NOT_FOUND', reason: 'vehicle_not_found' });
  });

  it('an owner still cannot tell an unknown vehicle from a foreign one (no existence oracle)', async () => {
    const owner = await signInAs(server, 'user');
    const other = await signInAs(server, 'user');
    const foreign = await createVehicle(server, other.token);
    const ask = (id: string) => server.gql('mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }', { id }, { token: owner.token });
    expect(errorOf(await ask(crypto.randomUUID()))).toEqual(errorOf(await ask(foreign.id)));
    expect(errorOf(await ask(foreign.id)).code).toBe('FORBIDDEN');
  });

  it('links to unknown documents or entries of a real vehicle are refused as input, not as a foreign key failure', async () => {
    const vehicle = await createVehicle(server, superadmin.token);
    const entry = await server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }',
      { input: { vehicleId: vehicle.id, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1, documentIds: [crypto.randomUUID()] } },
      { token: superadmin.token },
    );
    expect(errorOf(entry).code).toBe('BAD_USER_INPUT');
  });
});

describe('empty and malformed ids', () => {
  const GRANT = 'mutation($id: ID!, $stepUp: String) { createFullExportGrant(targetType: vehicle, targetId: $id, stepUpToken: $stepUp) { grantId } }';

  it('createFullExportGrant(targetId: "") is refused before the step-up token is spent', async () => {
    const stepUpToken = await stepUp(server, superadmin, 'export_full');
    for (const id of ['', ' ', 'x', `${crypto.randomUUID()}x`, '../etc']) {
      expect(errorOf(await server.gql(GRANT, { id, stepUp: stepUpToken }, { token: superadmin.token })), JSON.stringify(id)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
    }
    // The token was never looked at: it still works for a well-formed target.
    const vehicle = await createVehicle(server, superadmin.token);
    expect((await server.gql(GRANT, { id: vehicle.id, stepUp: stepUpToken }, { token: superadmin.token })).data.createFullExportGrant.grantId).toBeTruthy();
  });

  it('accountExport(userId: "") does not act as "me"', async () => {
    const user = await signInAs(server, 'user');
    const mine = await server.gql('{ accountExport }', {}, { token: user.token });
    expect(JSON.parse(mine.data.accountExport).account.id).toBe(user.userId);
    const empty = await server.gql('query($id: ID) { accountExport(userId: $id) }', { id: '' }, { token: user.token });
    expect(errorOf(empty)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
    expect(errorOf(await server.gql('{ accountExport(userId: "") }', {}, { token: superadmin.token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
    const unknown = await server.gql('query($id: ID) { accountExport(userId: $id) }', { id: crypto.randomUUID() }, { token: superadmin.token });
    expect(errorOf(unknown)).toEqual({ code: 'NOT_FOUND', reason: 'user_not_found' });
  });

  it('ids inside input objects and lists are checked too', async () => {
    const vehicle = await createVehicle(server, superadmin.token);
    const answer = await server.gql(
      'mutation($input: AddServiceEntryInput!) { addServiceEntry(input: $input) { id } }',
      { input: { vehicleId: vehicle.id, date: '2024-03-01', type: 'service', performedBy: 'FACHWERKSTATT', odometerKm: 1, documentIds: [''] } },
      { token: superadmin.token },
    );
    expect(errorOf(answer)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_id' });
    expect(answer.errors?.[0]?.message).toContain('addServiceEntry(input).documentIds');
  });
});
