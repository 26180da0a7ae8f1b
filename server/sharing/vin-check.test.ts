import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAtRest, errorOf, rowsOfEveryTable, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle, fakeVin } from '../../test/vehicle-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  // Per IP 6, per token 3: enough to see each limit answer on its own.
  server = await startServer({ LTC_LOG_LEVEL: 'debug', LTC_TRUST_PROXY: 'true', LTC_RATE_VIN_CHECK_IP_LIMIT: '6', LTC_RATE_VIN_CHECK_TOKEN_LIMIT: '3' });
});
afterAll(async () => server.close());

const CHECK = 'mutation($token: String!, $vin: String!) { checkPublicVehicleVin(token: $token, vin: $vin) { matches message } }';
const ENABLE = 'mutation($id: ID!) { enablePublicShare(vehicleId: $id) { url } }';
const DISABLE = 'mutation($id: ID!) { disablePublicShare(vehicleId: $id) }';

/** A shared vehicle; each test uses its own IP window, so the per-IP limit stays with the test that checks it. */
async function sharedVehicle() {
  const owner = await signInAs(server, 'user');
  const vin = fakeVin();
  const { id } = await createVehicle(server, owner.token, { vin });
  const enabled = await server.gql(ENABLE, { id }, { token: owner.token });
  return { owner, vin, vehicleId: id, token: String(enabled.data.enablePublicShare.url).split('/q/')[1]! };
}

let ipCounter = 0;
/** A visitor with an address of its own (the proxy header is trusted here), so each test has its own per-IP window. */
function visitor() {
  const ip = `198.51.100.${++ipCounter}`;
  return (token: string, vin: string) => server.gql(CHECK, { token, vin }, { headers: { 'x-forwarded-for': ip } });
}

describe("the buyer's VIN check on the public page", () => {
  it('answers „FIN stimmt überein“ for the VIN as typed off the car (spaces, lower case) and „FIN stimmt nicht überein“ for another', async () => {
    const check = visitor();
    const { vin, token } = await sharedVehicle();
    const typed = `${vin.slice(0, 5).toLowerCase()} ${vin.slice(5)} `;
    const matching = await check(token, typed);
    expect(matching.errors).toBeUndefined();
    expect(matching.data.checkPublicVehicleVin).toEqual({ matches: true, message: 'FIN stimmt überein' });
    const other = await check(token, fakeVin());
    expect(other.data.checkPublicVehicleVin).toEqual({ matches: false, message: 'FIN stimmt nicht überein' });
    // Never echoed, not even masked.
    for (const response of [matching, other]) expect(JSON.stringify(response)).not.toContain(vin.slice(-4));
    expect(matching.headers.get('ratelimit-limit')).not.toBeNull();
  });

  it('unknown, malformed and disabled tokens get the same "not available" answer as the public page', async () => {
    const check = visitor();
    const { owner, vin, vehicleId, token } = await sharedVehicle();
    const unknown = await check('A'.repeat(32), vin);
    const malformed = await check('nicht-ein-token', vin);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.checkPublicVehicleVin).toBeNull();
    expect(malformed.data.checkPublicVehicleVin).toBeNull();
    await server.gql(DISABLE, { id: vehicleId }, { token: owner.token });
    const disabled = await check(token, vin);
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data.checkPublicVehicleVin).toBeNull();
    const page = await server.gql('query($token: String!) { publicVehicle(token: $token) { make } }', { token });
    expect(page.data.publicVehicle).toBeNull();
  });

  it('refuses what cannot be a VIN before counting it, without echoing it', async () => {
    const check = visitor();
    const { token } = await sharedVehicle();
    const refused = await check(token, 'IOQ-KEINE-FIN');
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'invalid_vin_format' });
    expect(JSON.stringify(refused)).not.toContain('KEINE');
    expect(refused.headers.get('ratelimit-limit')).toBeNull();
  });

  it('is limited per token (3 per hour here) and per IP (6 per 10 minutes here)', async () => {
    const check = visitor();
    const first = await sharedVehicle();
    const second = await sharedVehicle();
    for (let attempt = 0; attempt < 3; attempt++) expect((await check(first.token, fakeVin())).errors).toBeUndefined();
    const perToken = await check(first.token, first.vin);
    expect(errorOf(perToken)).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
    expect(perToken.data.checkPublicVehicleVin).toBeNull();
    expect(Number(perToken.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another token still answers, until the IP's window (4 counted so far) is used up.
    for (let attempt = 0; attempt < 2; attempt++) expect((await check(second.token, second.vin)).data.checkPublicVehicleVin.matches).toBe(true);
    const perIp = await check(second.token, second.vin);
    expect(errorOf(perIp)).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
  });

  it('never writes the typed VIN (matching or not) to logs, audit rows or any table', async () => {
    const check = visitor();
    const { vin, token } = await sharedVehicle();
    const wrong = fakeVin();
    await check(token, vin);
    await check(token, wrong);
    await check('B'.repeat(32), wrong);
    await server.app.services.pendingWrites.drain();
    const logs = server.logs.join('\n');
    expect(logs).toContain('"event":"http_request"');
    for (const secret of [vin, wrong]) expect(logs).not.toContain(secret);
    const tables = await rowsOfEveryTable(server);
    expect([...tables.keys()]).toContain('audit_events');
    for (const [table, rows] of tables) for (const secret of [vin, wrong]) expect(rows, table).not.toContain(secret);
    const atRest = await databaseAtRest(server);
    expect(atRest).not.toContain(wrong);
  });
});
