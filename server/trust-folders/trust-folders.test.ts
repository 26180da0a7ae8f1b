import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessWithStaff } from '../../test/business-fixtures.ts';
import { errorOf, measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { AuditEvent } from '../audit/audit-event.entity.ts';

let server: TestServer;
let admin: { token: string; userId: string };

const CREATE = 'mutation($v: ID!, $key: AddonKey!, $title: String!) { createTrustFolder(vehicleId: $v, key: $key, title: $title) { id key title vehicleId } }';
const ADD_STAGE = `mutation($f: ID!, $input: TrustFolderStageInput!) { addTrustFolderStage(folderId: $f, input: $input) {
  id name date performedBy performedByLabel cost documentIds beforePictureIds afterPictureIds } }`;
const FOLDER = 'query($id: ID!) { trustFolder(id: $id) { id title stages { name cost documentIds beforePictureIds afterPictureIds } } }';
const FOLDERS = 'query($v: ID!) { trustFolders(vehicleId: $v) { edges { node { id key stages { name } } } } }';
const ADDONS = 'query($v: ID!) { vehicleAddons(vehicleId: $v) { key enabled firstEnabledAt } }';

const stage = (overrides: Record<string, unknown> = {}) => ({ name: 'Karosserie', date: '2024-03-01', performedBy: 'FACHWERKSTATT', cost: 1250.5, ...overrides });

async function owner() {
  const account = await signInAs(server, 'user');
  return { ...account, vehicleId: (await createVehicle(server, account.token)).id };
}

beforeAll(async () => {
  server = await startServer();
  admin = await signInAs(server, 'admin');
  await server.gql('mutation { setAddonConfig(key: restauration, allowNew: true, requiresPayment: true) { key } }', {}, { token: admin.token });
});
afterAll(async () => server.close());

describe('trust folders', () => {
  it('creating a folder passes the add-on gate and enables the add-on', async () => {
    const { token, userId, vehicleId } = await owner();
    expect(errorOf(await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Restaurierung 2024' }, { token }))).toEqual({
      code: 'FORBIDDEN',
      reason: 'paywall_required',
    });
    expect(errorOf(await server.gql(CREATE, { v: vehicleId, key: 'oldtimer', title: 'Oldtimer' }, { token }))).toEqual({ code: 'FORBIDDEN', reason: 'addon_not_available' });

    await server.gql('mutation($u: ID!) { grantEntitlement(userId: $u, key: restauration) { key } }', { u: userId }, { token: admin.token });
    const created = await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: '  Restaurierung 2024 ' }, { token });
    expect(created.data.createTrustFolder).toMatchObject({ key: 'restauration', title: 'Restaurierung 2024', vehicleId });
    const states = (await server.gql(ADDONS, { v: vehicleId }, { token })).data.vehicleAddons;
    expect(states.find((s: any) => s.key === 'restauration')).toMatchObject({ enabled: true });
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { action: 'ADDON_TRUST_FOLDER_CREATED', targetId: vehicleId })).toBe(1);
    expect(errorOf(await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: ' ' }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_title' });
  });

  it('stages carry date, performed by, cost, documents and before/after pictures of the vehicle', async () => {
    const { token, userId, vehicleId } = await owner();
    const folder = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Aufbau' }, { token: admin.token })).data.createTrustFolder;
    const invoice = await insertDocument(server, vehicleId, userId);
    const before = await insertDocument(server, vehicleId, userId, { contentType: 'image/jpeg' });
    const after = await insertDocument(server, vehicleId, userId, { contentType: 'image/png' });

    const added = await server.gql(ADD_STAGE, { f: folder.id, input: stage({ documentIds: [invoice], beforePictureIds: [before], afterPictureIds: [after] }) }, { token });
    expect(added.data.addTrustFolderStage).toMatchObject({
      name: 'Karosserie',
      date: '2024-03-01',
      performedBy: 'FACHWERKSTATT',
      performedByLabel: 'Fachwerkstatt',
      cost: 1250.5,
      documentIds: [invoice],
      beforePictureIds: [before],
      afterPictureIds: [after],
    });
    await server.gql(ADD_STAGE, { f: folder.id, input: stage({ name: 'Lack', date: '2024-01-15', cost: null }) }, { token });

    const read = await server.gql(FOLDER, { id: folder.id }, { token });
    expect(read.data.trustFolder.stages.map((s: any) => s.name)).toEqual(['Lack', 'Karosserie']);
    expect(read.data.trustFolder.stages[0].cost).toBeNull();
    const listed = await server.gql(FOLDERS, { v: vehicleId }, { token });
    expect(listed.data.trustFolders.edges).toHaveLength(1);
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { action: 'ADDON_TRUST_FOLDER_STAGE_ADDED', targetId: vehicleId })).toBe(2);
  });

  it('refuses invalid stages and documents of other vehicles', async () => {
    const { token, userId, vehicleId } = await owner();
    const folder = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Aufbau' }, { token: admin.token })).data.createTrustFolder;
    const pdf = await insertDocument(server, vehicleId, userId);
    const stranger = await owner();
    const foreign = await insertDocument(server, stranger.vehicleId, stranger.userId, { contentType: 'image/png' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    for (const [input, reason] of [
      [{ documentIds: [foreign] }, 'invalid_document'],
      [{ afterPictureIds: [crypto.randomUUID()] }, 'invalid_document'],
      [{ beforePictureIds: [pdf] }, 'picture_not_image'],
      [{ date: tomorrow }, 'date_in_future'],
      [{ date: '2024-02-30' }, 'invalid_date'],
      [{ cost: 1.234 }, 'invalid_cost'],
      [{ cost: -1 }, 'invalid_cost'],
      [{ name: '' }, 'invalid_stage_name'],
    ] as const) {
      expect(errorOf(await server.gql(ADD_STAGE, { f: folder.id, input: stage(input) }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason });
    }
    expect(errorOf(await server.gql(ADD_STAGE, { f: folder.id, input: stage({ performedBy: 'Nachbar' }) }, { token }))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await server.gql(FOLDER, { id: folder.id }, { token })).data.trustFolder.stages).toEqual([]);
  });

  it('is owner or admin only; unknown folders look like foreign ones', async () => {
    const { token, vehicleId } = await owner();
    const folder = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Aufbau' }, { token: admin.token })).data.createTrustFolder;
    const stranger = await owner();
    for (const [query, variables] of [
      [FOLDER, { id: folder.id }],
      [FOLDER, { id: crypto.randomUUID() }],
      [FOLDERS, { v: vehicleId }],
      [ADD_STAGE, { f: folder.id, input: stage() }],
      [ADD_STAGE, { f: crypto.randomUUID(), input: stage() }],
      [CREATE, { v: vehicleId, key: 'restauration', title: 'x' }],
    ] as const) {
      const response = await server.gql(query, variables, { token: stranger.token });
      expect(errorOf(response)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(JSON.stringify(response.data ?? {})).not.toContain('Aufbau');
    }
    const moderator = await signInAs(server, 'moderator');
    expect(errorOf(await server.gql(FOLDER, { id: folder.id }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(FOLDER, { id: folder.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await server.gql(FOLDER, { id: folder.id }, { token })).data.trustFolder.title).toBe('Aufbau');
    expect(errorOf(await server.gql(ADD_STAGE, { f: crypto.randomUUID(), input: stage() }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', reason: 'trust_folder_not_found' });
  });

  it('lists folders with stages and documents in a constant number of SQL statements', async () => {
    const FULL = 'query($v: ID!) { trustFolders(vehicleId: $v, first: 50) { edges { node { id stages { name documentIds beforePictureIds afterPictureIds } } } } }';
    const statementsFor = async (folders: number) => {
      const { token, userId, vehicleId } = await owner();
      const picture = await insertDocument(server, vehicleId, userId, { contentType: 'image/png' });
      for (let i = 0; i < folders; i += 1) {
        const folder = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: `Mappe ${i}` }, { token: admin.token })).data.createTrustFolder;
        for (const name of ['Karosserie', 'Lack']) await server.gql(ADD_STAGE, { f: folder.id, input: stage({ name, beforePictureIds: [picture] }) }, { token });
      }
      const { response, statements } = await measuredGql(server, FULL, { v: vehicleId }, token);
      expect(response.data.trustFolders.edges).toHaveLength(folders);
      return statements;
    };
    const few = await statementsFor(2);
    const many = await statementsFor(12);
    expect(many).toBe(few);
  });

  it('the owner (or an admin) renames and deletes a folder: a deleted one leaves every list; both audited', async () => {
    const { token, vehicleId } = await owner();
    const RENAME = 'mutation($id: ID!, $title: String!) { renameTrustFolder(id: $id, title: $title) { id title } }';
    const DELETE = 'mutation($id: ID!) { deleteTrustFolder(id: $id) { id } }';
    const folder = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Aufbau' }, { token: admin.token })).data.createTrustFolder;
    const kept = (await server.gql(CREATE, { v: vehicleId, key: 'restauration', title: 'Motor' }, { token: admin.token })).data.createTrustFolder;

    const renamed = await server.gql(RENAME, { id: folder.id, title: '  Karosserie-Aufbau ' }, { token });
    expect(renamed.data.renameTrustFolder).toEqual({ id: folder.id, title: 'Karosserie-Aufbau' });
    expect(errorOf(await server.gql(RENAME, { id: folder.id, title: ' ' }, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_title' });
    expect((await server.gql(RENAME, { id: kept.id, title: 'Motor neu' }, { token: admin.token })).data.renameTrustFolder.title).toBe('Motor neu');

    // Org staff may add stages but not rename or delete; strangers, moderators and those without consent are refused.
    const staff = await signInAs(server, 'dealer');
    const vip = await signInAs(server, 'vip');
    const vipVehicle = (await createVehicle(server, vip.token)).id;
    await businessWithStaff(server, vip.userId, staff.userId);
    const vipFolder = (await server.gql(CREATE, { v: vipVehicle, key: 'restauration', title: 'Lack' }, { token: admin.token })).data.createTrustFolder;
    const stranger = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });
    for (const [query, variables] of [[RENAME, { id: vipFolder.id, title: 'X' }], [DELETE, { id: vipFolder.id }]] as const) {
      expect(errorOf(await server.gql(query, variables, { token: staff.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(errorOf(await server.gql(query, variables, { token: stranger.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(errorOf(await server.gql(query, variables, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(query, variables, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
      expect(errorOf(await server.gql(query, variables))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    }

    expect((await server.gql(DELETE, { id: folder.id }, { token })).data.deleteTrustFolder.id).toBe(folder.id);
    const listed = (await server.gql(FOLDERS, { v: vehicleId }, { token })).data.trustFolders.edges.map((edge: any) => edge.node.id);
    expect(listed).toEqual([kept.id]);
    expect((await server.gql(FOLDER, { id: folder.id }, { token })).data.trustFolder).toBeNull();
    expect(errorOf(await server.gql(DELETE, { id: folder.id }, { token }))).toEqual({ code: 'NOT_FOUND', reason: 'trust_folder_not_found' });
    expect(errorOf(await server.gql(RENAME, { id: folder.id, title: 'Zurück' }, { token }))).toEqual({ code: 'NOT_FOUND', reason: 'trust_folder_not_found' });
    expect(errorOf(await server.gql(ADD_STAGE, { f: folder.id, input: stage() }, { token }))).toEqual({ code: 'NOT_FOUND', reason: 'trust_folder_not_found' });
    expect((await server.gql(DELETE, { id: kept.id }, { token: admin.token })).errors).toBeUndefined();
    expect((await server.gql(FOLDERS, { v: vehicleId }, { token })).data.trustFolders.edges).toEqual([]);

    const em = server.app.services.orm.em.fork();
    expect(await em.count(AuditEvent, { action: 'ADDON_TRUST_FOLDER_RENAMED', targetId: vehicleId })).toBe(2);
    expect(await em.count(AuditEvent, { action: 'ADDON_TRUST_FOLDER_DELETED', targetId: vehicleId })).toBe(2);
  });
});
