import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, signInAs, startServer, type TestServer } from './harness.ts';
import { createVehicle, insertDocument } from './vehicle-fixtures.ts';

// SPEC §14/§16: operators alert on refused requests, so each UNAUTHENTICATED, FORBIDDEN and
// RATE_LIMITED outcome is a structured log line of its own, with no secret in it.

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

type LogLine = Record<string, unknown> & { event: string };
const SECURITY_EVENTS = ['security_unauthenticated', 'security_forbidden', 'security_rate_limited'];
const securityLines = (requestId: string): LogLine[] =>
  server.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => SECURITY_EVENTS.includes(line.event) && line.requestId === requestId);
const withId = (requestId: string, headers: Record<string, string> = {}) => ({ headers: { 'x-request-id': requestId, ...headers } });

describe('security events in the log', () => {
  it('UNAUTHENTICATED: one line per code and reason with the request id and operation, never the credentials sent', async () => {
    const cookie = 'ltc_session=cookie-secret-0123456789abcdef';
    const bearer = 'bearer-secret-0123456789abcdef';
    const answer = await server.gql(
      'query MyGarage { me { id } myVehicles { edges { node { id } } } }',
      {},
      withId('sec-unauthenticated', { cookie, authorization: `Bearer ${bearer}` }),
    );
    expect(errorOf(answer)).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    const lines = securityLines('sec-unauthenticated');
    expect(lines).toEqual([
      {
        time: expect.any(String),
        level: 'warn',
        event: 'security_unauthenticated',
        errorCode: 'UNAUTHENTICATED',
        reason: 'authentication_required',
        requestId: 'sec-unauthenticated',
        operationName: 'MyGarage',
        path: 'me',
        count: 2,
      },
    ]);
    const logs = server.logs.join('\n');
    for (const secret of ['cookie-secret', 'bearer-secret']) expect(logs).not.toContain(secret);
  });

  it('FORBIDDEN: object-level denials, moderator confinement and the download route, with the role', async () => {
    const owner = await signInAs(server, 'user');
    const intruder = await signInAs(server, 'user');
    const vehicleId = (await createVehicle(server, owner.token)).id;
    const exported = await server.gql('query Steal($id: ID!) { vehicleExport(vehicleId: $id) }', { id: vehicleId }, { token: intruder.token, ...withId('sec-forbidden-export') });
    expect(errorOf(exported).code).toBe('FORBIDDEN');
    expect(securityLines('sec-forbidden-export')).toMatchObject([
      { event: 'security_forbidden', errorCode: 'FORBIDDEN', reason: 'forbidden', operationName: 'Steal', path: 'vehicleExport', role: 'user', count: 1 },
    ]);

    // An email typed into an id argument never reaches the log.
    const email = 'fremd.person@example.org';
    const byEmail = await server.gql('query($id: ID!) { vehicle(id: $id) { id } }', { id: email }, { token: intruder.token, ...withId('sec-forbidden-email') });
    expect(errorOf(byEmail).code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(server.logs.join('\n')).not.toContain(email);

    const moderator = await signInAs(server, 'moderator');
    await server.gql('{ myVehicles { edges { node { id } } } }', {}, { token: moderator.token, ...withId('sec-forbidden-moderator') });
    expect(securityLines('sec-forbidden-moderator')).toMatchObject([{ event: 'security_forbidden', reason: 'moderator_confined', role: 'moderator' }]);

    const documentId = await insertDocument(server, vehicleId, owner.userId);
    const download = await fetch(`${server.url}/documents/${documentId}/download`, { headers: { authorization: `Bearer ${intruder.token}`, 'x-request-id': 'sec-forbidden-download' } });
    expect(download.status).toBe(403);
    const anonymousDownload = await fetch(`${server.url}/documents/${documentId}/download`, { headers: { 'x-request-id': 'sec-unauthenticated-download' } });
    expect(anonymousDownload.status).toBe(401);
    expect(securityLines('sec-forbidden-download')).toMatchObject([
      { event: 'security_forbidden', errorCode: 'FORBIDDEN', reason: 'forbidden', operationName: 'documentDownload', path: '/documents/:id', role: 'user' },
    ]);
    expect(securityLines('sec-unauthenticated-download')).toMatchObject([{ event: 'security_unauthenticated', reason: 'authentication_required', operationName: 'documentDownload' }]);
    expect(server.logs.join('\n')).not.toContain(intruder.token);
  });

  it('RATE_LIMITED: refused code checks, and login requests limited silently (the caller is not told, the operators are)', async () => {
    const email = 'Eilig.Person@Example.org';
    const REQUEST = 'mutation Login($email: String!) { requestLoginCode(email: $email) { challengeId } }';
    // Four requests for one address: the fourth passes the per-address limit of three, answered like the others.
    for (let attempt = 1; attempt <= 4; attempt++) {
      const answer = await server.gql(REQUEST, { email }, withId(`sec-rate-request-${attempt}`));
      expect(answer.errors, `attempt ${attempt}`).toBeUndefined();
    }
    expect(securityLines('sec-rate-request-3')).toEqual([]);
    expect(securityLines('sec-rate-request-4')).toMatchObject([{ event: 'security_rate_limited', errorCode: 'RATE_LIMITED', reason: 'rate_limited', path: 'requestLoginCode' }]);
    expect(server.logs.join('\n').toLowerCase()).not.toContain(email.toLowerCase());

    const limited = await startServer({ LTC_RATE_VERIFY_IP_LIMIT: '1' });
    try {
      const VERIFY = 'mutation Verify($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }';
      const variables = { id: crypto.randomUUID(), code: '123456' };
      expect(errorOf(await limited.gql(VERIFY, variables, withId('sec-rate-verify-1'))).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await limited.gql(VERIFY, variables, withId('sec-rate-verify-2')))).toEqual({ code: 'RATE_LIMITED', reason: 'rate_limited' });
      const lines = limited.logs.map((line) => JSON.parse(line) as LogLine).filter((line) => SECURITY_EVENTS.includes(line.event));
      expect(lines).toMatchObject([
        { event: 'security_unauthenticated', reason: 'invalid_code', requestId: 'sec-rate-verify-1', operationName: 'Verify', path: 'verifyLoginCode' },
        { event: 'security_rate_limited', errorCode: 'RATE_LIMITED', reason: 'rate_limited', requestId: 'sec-rate-verify-2', operationName: 'Verify', path: 'verifyLoginCode' },
      ]);
      expect(limited.logs.join('\n')).not.toContain('123456');
    } finally {
      await limited.close();
    }
  });

  it('nothing for answers without a security outcome (success, bad input)', async () => {
    const user = await signInAs(server, 'user');
    expect((await server.gql('query Me { me { id } }', {}, { token: user.token, ...withId('sec-none-ok') })).data.me.id).toBe(user.userId);
    expect(errorOf(await server.gql('{ me { notAField } }', {}, { token: user.token, ...withId('sec-none-bad') })).code).toBe('BAD_USER_INPUT');
    expect(securityLines('sec-none-ok')).toEqual([]);
    expect(securityLines('sec-none-bad')).toEqual([]);
    // Both requests were logged at all (the filter is not vacuous).
    expect(server.logs.filter((line) => line.includes('"requestId":"sec-none-')).length).toBeGreaterThanOrEqual(2);
  });
});
