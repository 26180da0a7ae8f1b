import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { createVehicle, insertDocument } from '../../test/vehicle-fixtures.ts';
import { Document } from './document.entity.ts';

const REMOVE = 'mutation($id: ID!) { removeRejectedDocument(id: $id) { id approvalStatus } }';
const DOCUMENTS = 'query($id: ID!) { vehicle(id: $id) { documents(first: 20) { edges { node { id } } } } }';

let server: TestServer;
let owner: { token: string; userId: string };
let vehicleId: string;

beforeAll(async () => {
  server = await startServer();
  owner = await signInAs(server, 'user');
  vehicleId = (await createVehicle(server, owner.token)).id;
});
afterAll(async () => server.close());

const rejected = () => insertDocument(server, vehicleId, owner.userId, { approvalStatus: 'REJECTED', scanStatus: 'INFECTED', rejectionReason: 'infected_auto_reject', reviewedAt: new Date() });
const listed = async (token = owner.token) =>
  (await server.gql(DOCUMENTS, { id: vehicleId }, { token })).data.vehicle.documents.edges.map((edge: { node: { id: string } }) => edge.node.id);
const row = (id: string) => server.app.services.orm.em.fork().findOneOrFail(Document, { id });

describe('documentUploadMaxBytes', () => {
  it('tells signed-in owners the configured upload limit', async () => {
    const answer = await server.gql('{ documentUploadMaxBytes }', {}, { token: owner.token });
    expect(answer.data.documentUploadMaxBytes).toBe(server.app.services.config.uploadMaxBytes);
    expect(errorOf(await server.gql('{ documentUploadMaxBytes }')).code).toBe('UNAUTHENTICATED');
  });
});

describe('removeRejectedDocument', () => {
  it('the owner removes an own rejected upload: soft deleted, gone from the list, audited without its name', async () => {
    const id = await rejected();
    expect(await listed()).toContain(id);
    const removed = await server.gql(REMOVE, { id }, { token: owner.token });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeRejectedDocument).toEqual({ id, approvalStatus: 'REJECTED' });
    expect(await listed()).not.toContain(id);
    const doc = await row(id);
    expect(doc.deletedAt).toBeInstanceOf(Date);
    expect(doc.purgedAt).toBeNull();

    const events = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: id, action: 'DOCUMENT_REMOVED_BY_OWNER' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: owner.userId, result: 'success', scope: 'own' });
    expect(JSON.stringify(events[0]!.metadata)).not.toContain('rechnung');

    // Removed once: a second try is refused like a foreign id (no existence oracle).
    expect(errorOf(await server.gql(REMOVE, { id }, { token: owner.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
  });

  it('refuses documents that are not rejected', async () => {
    for (const approvalStatus of ['QUARANTINED', 'APPROVED'] as const) {
      const id = await insertDocument(server, vehicleId, owner.userId, { approvalStatus });
      expect(errorOf(await server.gql(REMOVE, { id }, { token: owner.token }))).toEqual({ code: 'CONFLICT', reason: 'document_not_rejected' });
      expect((await row(id)).deletedAt).toBeNull();
    }
  });

  it('refuses another user, a moderator, an admin who is not the owner, anonymous callers and unknown ids', async () => {
    const id = await rejected();
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const admin = await signInAs(server, 'admin');
    const noConsent = await signInAs(server, 'user', { consent: false });
    expect(errorOf(await server.gql(REMOVE, { id }))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql(REMOVE, { id }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(REMOVE, { id }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(errorOf(await server.gql(REMOVE, { id }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
    expect(errorOf(await server.gql(REMOVE, { id }, { token: admin.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(errorOf(await server.gql(REMOVE, { id: crypto.randomUUID() }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect((await row(id)).deletedAt).toBeNull();
    // Denials are audited in the background (kept when the request rolls back): wait for them.
    await server.app.services.pendingWrites.drain();
    const denials = await server.app.services.orm.em.fork().find(AuditEvent, { targetId: id, action: 'ACCESS_DENIED' });
    expect(denials.map((event) => event.actorId)).toEqual(expect.arrayContaining([other.userId, admin.userId]));
    expect(await server.app.services.orm.em.fork().count(AuditEvent, { targetId: id, action: 'DOCUMENT_REMOVED_BY_OWNER' })).toBe(0);
  });
});
