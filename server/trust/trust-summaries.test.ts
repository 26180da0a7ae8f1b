import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measuredGql, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { addEntry, createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const TRUST = 'query($id: ID!) { vehicle(id: $id) { trustSummary { light todos { code } reasons { code } } } }';
const SET_ACCIDENT = 'mutation($id: ID!, $status: AccidentStatus!) { updateVehicle(id: $id, input: { accidentStatus: $status }) { id } }';

async function read(token: string, id: string) {
  const { response, statements } = await measuredGql(server, TRUST, { id }, token);
  expect(response.errors).toBeUndefined();
  return { summary: response.data.vehicle.trustSummary, statements };
}

describe('cached trust summaries', () => {
  it('answer a repeated read without reading the inputs again, and a change at once', async () => {
    const owner = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token, { accidentStatus: 'unfallfrei', physicalServiceBook: true });
    await addEntry(server, owner.token, id);
    const first = await read(owner.token, id);
    const second = await read(owner.token, id);
    expect(second.summary).toEqual(first.summary);
    // The four input reads (entries, links, documents, open defect cases) are skipped; the version read remains.
    expect(second.statements).toBe(first.statements - 4);

    await server.gql(SET_ACCIDENT, { id, status: 'unbekannt' }, { token: owner.token });
    const changed = await read(owner.token, id);
    expect(changed.summary.light).toBe('orange');
    expect(changed.summary.reasons.map((reason: { code: string }) => reason.code)).toContain('accident_status_unknown_cap_orange');
  });

  it('keep the vip view (top three to-dos) apart from everyone else’s', async () => {
    const vip = await signInAs(server, 'vip');
    const admin = await signInAs(server, 'admin');
    // Four to-dos: a document in quarantine, unknown accident status, linked evidence with a
    // suspected privacy finding, no physical service book.
    const { id } = await createVehicle(server, vip.token, { accidentStatus: 'unbekannt', physicalServiceBook: false });
    await insertDocument(server, id, vip.userId, { approvalStatus: 'QUARANTINED' });
    await addEntry(server, vip.token, id, { documentIds: [await insertDocument(server, id, vip.userId, { piiStatus: 'SUSPECTED' })] });
    const asVip = await read(vip.token, id);
    const asAdmin = await read(admin.token, id);
    expect(asAdmin.summary.todos.length).toBeGreaterThan(3);
    expect(asVip.summary.todos).toHaveLength(3);
    expect((await read(vip.token, id)).summary).toEqual(asVip.summary);
    expect((await read(admin.token, id)).summary).toEqual(asAdmin.summary);
  });
});
