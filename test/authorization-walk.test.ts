import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../server/audit/audit-event.entity.ts';
import { MODERATOR_ALLOWED_ROOT_FIELDS } from '../server/auth/moderator-allow-list.ts';
import { schema } from '../server/schema.ts';
import { errorOf, signInAs, startServer, type GraphQLResponse, type TestServer } from './harness.ts';
import { createVehicle, insertDocument } from './vehicle-fixtures.ts';
import { PUBLIC_FIELDS, isProductField, operationFor, rootFields, send, type RootField } from './root-operations.ts';

/**
 * Walks every root query and mutation of the live schema, so a field added later by any domain
 * is covered without touching this file. Arguments are generated from their types (see
 * root-operations.ts); file arguments are sent as a real multipart upload.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

const ALL = rootFields(schema);
const label = (root: RootField) => `${root.operation} ${root.name}`;

/** `field → code/reason` of every answer, to compare against the expectation in one assertion. */
async function answersFor(fields: RootField[], ask: (root: RootField) => Promise<GraphQLResponse>): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const root of fields) {
    const error = errorOf(await ask(root));
    answers[label(root)] = `${error.code}/${error.reason}`;
  }
  return answers;
}

const expectEvery = (fields: RootField[], answer: string) => Object.fromEntries(fields.map((root) => [label(root), answer]));

describe('the schema walk', () => {
  it('finds the foundation fields (the walk itself works)', () => {
    const names = ALL.map(label);
    expect(names).toEqual(expect.arrayContaining(['query me', 'query consentStatus', 'mutation requestLoginCode', 'mutation acceptConsents', 'mutation logout']));
  });

  it('every public field in the schema is answered by the public set and the moderator allow-list knows it', () => {
    // Public fields are usable by moderators too, except the QR page, its VIN check and the certificate check (SPEC §1).
    for (const name of PUBLIC_FIELDS) {
      if (name === 'publicVehicle' || name === 'checkPublicVehicleVin' || name === 'publicCertificate' || !ALL.some((root) => root.name === name)) continue;
      expect(MODERATOR_ALLOWED_ROOT_FIELDS.has(name), name).toBe(true);
    }
  });
});

describe('anonymous callers', () => {
  const protectedFields = ALL.filter((root) => !PUBLIC_FIELDS.has(root.name));

  it('get UNAUTHENTICATED on every field outside the public set', async () => {
    const answers = await answersFor(protectedFields, (root) => send(server, operationFor(root)));
    expect(answers).toEqual(expectEvery(protectedFields, 'UNAUTHENTICATED/authentication_required'));
  });

  it('are not asked to sign in on the public fields', async () => {
    const publicFields = ALL.filter((root) => PUBLIC_FIELDS.has(root.name));
    expect(publicFields.length).toBeGreaterThanOrEqual(2);
    for (const root of publicFields) {
      const answer = await send(server, operationFor(root));
      expect(errorOf(answer).reason, label(root)).not.toBe('authentication_required');
    }
  });
});

describe('moderators', () => {
  const confined = ALL.filter((root) => !MODERATOR_ALLOWED_ROOT_FIELDS.has(root.name));
  let moderator: { token: string };
  beforeAll(async () => {
    moderator = await signInAs(server, 'moderator');
  });

  for (const variant of ['valid', 'missing', 'invalid'] as const) {
    it(`get FORBIDDEN/moderator_confined outside the allow-list (${variant} arguments)`, async () => {
      const answers = await answersFor(confined, (root) => send(server, operationFor(root, variant), { token: moderator.token }));
      expect(answers).toEqual(expectEvery(confined, 'FORBIDDEN/moderator_confined'));
    });
  }

  it('are confined for introspection and for a field hidden in a fragment next to an allowed one', async () => {
    const introspection = await server.gql('{ __schema { queryType { name } } }', {}, { token: moderator.token });
    expect(errorOf(introspection)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    const hidden = await server.gql('query { me { id } ...Hidden } fragment Hidden on Query { notAField }', {}, { token: moderator.token });
    expect(errorOf(hidden)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
  });

  it('do not pass their denial on to the next caller of the same document (or the other way round)', async () => {
    const user = await signInAs(server, 'user');
    const query = '{ consentStatus { complete } __schema { queryType { name } } }';
    expect(errorOf(await server.gql(query, {}, { token: moderator.token })).reason).toBe('moderator_confined');
    expect((await server.gql(query, {}, { token: user.token })).data.consentStatus.complete).toBe(true);
    expect(errorOf(await server.gql(query)).reason).toBe('authentication_required');
    expect(errorOf(await server.gql(query, {}, { token: moderator.token })).reason).toBe('moderator_confined');
  });

  it('pass the guard on the allow-list (answered by validation, not the guard)', async () => {
    const allowed = ALL.filter((root) => MODERATOR_ALLOWED_ROOT_FIELDS.has(root.name));
    const answers = await answersFor(allowed, (root) => send(server, operationFor(root, 'invalid'), { token: moderator.token }));
    expect(answers).toEqual(expectEvery(allowed, 'BAD_USER_INPUT/invalid_request'));
    expect((await server.gql('{ me { role } }', {}, { token: moderator.token })).data.me.role).toBe('moderator');
  });
});

describe('signed-in accounts without the current consents', () => {
  const productFields = ALL.filter((root) => isProductField(root.name));
  let user: { token: string };
  let superadmin: { token: string };
  beforeAll(async () => {
    user = await signInAs(server, 'user', { consent: false });
    superadmin = await signInAs(server, 'superadmin', { consent: false });
  });

  it('get FORBIDDEN/consent_required on every product field', async () => {
    const answers = await answersFor(productFields, (root) => send(server, operationFor(root), { token: user.token }));
    expect(answers).toEqual(expectEvery(productFields, 'FORBIDDEN/consent_required'));
  });

  it('get FORBIDDEN/consent_required on every product field even as superadmin (no role skips the gate)', async () => {
    const answers = await answersFor(productFields, (root) => send(server, operationFor(root), { token: superadmin.token }));
    expect(answers).toEqual(expectEvery(productFields, 'FORBIDDEN/consent_required'));
  });

  it('may still read identity and consent', async () => {
    const me = await server.gql('{ me { role } consentStatus { complete } }', {}, { token: user.token });
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: { role: 'user' }, consentStatus: { complete: false } });
    const exemptQueries = ALL.filter((root) => root.operation === 'query' && !isProductField(root.name));
    for (const root of exemptQueries) {
      expect(errorOf(await send(server, operationFor(root), { token: user.token })).reason, label(root)).not.toBe('consent_required');
    }
  });
});

describe('denials', () => {
  it('are audited: who, which field, which reason (never the arguments)', async () => {
    const moderator = await signInAs(server, 'moderator');
    const anonymous = await server.gql('{ me { id } }', {}, { headers: { 'x-request-id': 'walk-denial-anonymous' } });
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    await server.gql('{ __schema { queryType { name } } }', {}, { token: moderator.token, headers: { 'x-request-id': 'walk-denial-moderator' } });
    await server.app.services.pendingWrites.drain();
    const em = server.app.services.orm.em.fork();
    const [anonymousDenial] = await em.find(AuditEvent, { requestId: 'walk-denial-anonymous' });
    expect(anonymousDenial).toMatchObject({
      actorType: 'anonymous',
      action: 'ACCESS_DENIED',
      result: 'denied',
      reason: 'authentication_required',
      targetType: 'Query',
      metadata: { operationName: 'me' },
    });
    const [moderatorDenial] = await em.find(AuditEvent, { requestId: 'walk-denial-moderator' });
    expect(moderatorDenial).toMatchObject({ actorType: 'user', actorId: moderator.userId, actorRole: 'moderator', action: 'ACCESS_DENIED', reason: 'moderator_confined' });
  });

  it('name the object of an object-level denial (target type and id), never an id the caller made up', async () => {
    const owner = await signInAs(server, 'user');
    const intruder = await signInAs(server, 'user');
    const vehicleId = (await createVehicle(server, owner.token)).id;
    const documentId = await insertDocument(server, vehicleId, owner.userId);
    const asIntruder = (query: string, variables: Record<string, unknown>, requestId: string) =>
      server.gql(query, variables, { token: intruder.token, headers: { 'x-request-id': requestId } });
    expect(errorOf(await asIntruder('query($id: ID!) { vehicleExport(vehicleId: $id) }', { id: vehicleId }, 'walk-object-export'))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await asIntruder('query($id: ID!) { document(id: $id) { id } }', { id: documentId }, 'walk-object-document')).code).toBe('FORBIDDEN');
    const madeUp = 'someone@example.org';
    expect(errorOf(await asIntruder('query($id: ID!) { vehicle(id: $id) { id } }', { id: madeUp }, 'walk-object-made-up')).code).not.toBe('INTERNAL_SERVER_ERROR');
    await server.app.services.pendingWrites.drain();

    const em = server.app.services.orm.em.fork();
    const [exportDenial] = await em.find(AuditEvent, { requestId: 'walk-object-export' });
    expect(exportDenial).toMatchObject({ actorId: intruder.userId, action: 'ACCESS_DENIED', reason: 'forbidden', targetType: 'vehicle', targetId: vehicleId, metadata: { operationName: 'vehicleExport' } });
    const [documentDenial] = await em.find(AuditEvent, { requestId: 'walk-object-document' });
    expect(documentDenial).toMatchObject({ action: 'ACCESS_DENIED', targetType: 'document', targetId: documentId, metadata: { operationName: 'document' } });
    // Whatever else a caller puts in an id argument never reaches the audit trail.
    for (const event of await em.find(AuditEvent, { requestId: 'walk-object-made-up' })) {
      expect(event.targetId).toBeNull();
      expect(JSON.stringify(event)).not.toContain(madeUp);
    }
  });
});
