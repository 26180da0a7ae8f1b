import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { schema } from '../schema.ts';
import { errorOf, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { isProductField, operationFor, rootFields, send } from '../../test/root-operations.ts';
import { Consent } from './consent.entity.ts';

const STATUS = '{ consentStatus { complete documents { document currentVersion acceptedVersion accepted required } } }';
const ACCEPT = `mutation($t: String!, $p: String!, $s: ConsentSource) {
  acceptConsents(termsVersion: $t, privacyVersion: $p, source: $s) { complete documents { document acceptedVersion required } }
}`;

/** Every product field of the schema answers FORBIDDEN/consent_required for this token (none yet is fine). */
async function productFieldReasons(server: TestServer, token: string): Promise<string[]> {
  const reasons: string[] = [];
  for (const root of rootFields(schema).filter((field) => isProductField(field.name))) {
    reasons.push(`${root.name}:${errorOf(await send(server, operationFor(root), { token })).reason}`);
  }
  return reasons;
}

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('consent status and acceptance', () => {
  it('a new account has both documents required', async () => {
    const { token } = await signInAs(server, 'user', { consent: false });
    const status = await server.gql(STATUS, {}, { token });
    expect(status.data.consentStatus).toEqual({
      complete: false,
      documents: [
        { document: 'terms', currentVersion: 'v1', acceptedVersion: null, accepted: false, required: true },
        { document: 'privacy', currentVersion: 'v1', acceptedVersion: null, accepted: false, required: true },
      ],
    });
  });

  it('accepting the current versions completes consent, records source and is audited once', async () => {
    const { token, userId } = await signInAs(server, 'user', { consent: false });
    const accepted = await server.gql(ACCEPT, { t: 'v1', p: 'v1', s: 'ui' }, { token });
    expect(accepted.data.acceptConsents).toEqual({
      complete: true,
      documents: [
        { document: 'terms', acceptedVersion: 'v1', required: false },
        { document: 'privacy', acceptedVersion: 'v1', required: false },
      ],
    });
    // Accepting again changes nothing and records nothing new.
    expect((await server.gql(ACCEPT, { t: 'v1', p: 'v1' }, { token })).data.acceptConsents.complete).toBe(true);
    const em = server.app.services.orm.em.fork();
    const records = await em.find(Consent, { user: userId }, { orderBy: { document: 'asc' } });
    expect(records.map((record) => [record.document, record.version, record.source])).toEqual([
      ['privacy', 'v1', 'ui'],
      ['terms', 'v1', 'ui'],
    ]);
    const events = await em.find(AuditEvent, { action: 'CONSENT_ACCEPTED', actorId: userId });
    expect(events.map((event) => event.metadata).sort((a, b) => String(a?.document).localeCompare(String(b?.document)))).toEqual([
      { document: 'privacy', version: 'v1', source: 'ui' },
      { document: 'terms', version: 'v1', source: 'ui' },
    ]);
    expect(events.every((event) => event.scope === 'own' && event.targetId === userId)).toBe(true);
  });

  it('refuses a version that is not current and stores nothing', async () => {
    const { token, userId } = await signInAs(server, 'user', { consent: false });
    for (const versions of [{ t: 'v0', p: 'v1' }, { t: 'v1', p: 'v2' }, { t: '', p: '' }]) {
      const refused = await server.gql(ACCEPT, versions, { token });
      expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', reason: 'consent_version_not_current' });
    }
    expect(await server.app.services.orm.em.fork().count(Consent, { user: userId })).toBe(0);
    expect((await server.gql(STATUS, {}, { token })).data.consentStatus.complete).toBe(false);
  });

  it('anonymous callers can neither read nor accept', async () => {
    expect(errorOf(await server.gql(STATUS))).toEqual({ code: 'UNAUTHENTICATED', reason: 'authentication_required' });
    expect(errorOf(await server.gql(ACCEPT, { t: 'v1', p: 'v1' })).code).toBe('UNAUTHENTICATED');
  });

  it('moderators may accept too (consent is on their allow-list)', async () => {
    const { token } = await signInAs(server, 'moderator', { consent: false });
    expect((await server.gql(ACCEPT, { t: 'v1', p: 'v1' }, { token })).data.acceptConsents.complete).toBe(true);
  });

  it('without consent every product field is blocked; with it none is blocked for consent', async () => {
    const without = await signInAs(server, 'user', { consent: false });
    const withConsent = await signInAs(server, 'user');
    const blocked = await productFieldReasons(server, without.token);
    expect(blocked.every((entry) => entry.endsWith(':consent_required'))).toBe(true);
    const open = await productFieldReasons(server, withConsent.token);
    expect(open.filter((entry) => entry.endsWith(':consent_required'))).toEqual([]);
  });
});

describe('a new terms version', () => {
  it('asks for consent again until the new version is accepted', async () => {
    let target = await startServer();
    try {
      const { userId, token } = await signInAs(target, 'user');
      target = await target.restart({ LTC_TERMS_VERSION: 'v2' });
      // The session from before the change still works, but the gate is closed again.
      const status = await target.gql(STATUS, {}, { token });
      expect(status.data.consentStatus).toEqual({
        complete: false,
        documents: [
          { document: 'terms', currentVersion: 'v2', acceptedVersion: 'v1', accepted: false, required: true },
          { document: 'privacy', currentVersion: 'v1', acceptedVersion: 'v1', accepted: true, required: false },
        ],
      });
      const blocked = await productFieldReasons(target, token);
      expect(blocked.every((entry) => entry.endsWith(':consent_required'))).toBe(true);
      expect(errorOf(await target.gql(ACCEPT, { t: 'v1', p: 'v1' }, { token })).reason).toBe('consent_version_not_current');

      const accepted = await target.gql(ACCEPT, { t: 'v2', p: 'v1' }, { token });
      expect(accepted.data.acceptConsents.complete).toBe(true);
      expect(await productFieldReasons(target, token)).not.toContainEqual(expect.stringMatching(/:consent_required$/));
      const versions = await target.app.services.orm.em.fork().find(Consent, { user: userId, document: 'terms' }, { orderBy: { acceptedAt: 'asc' } });
      expect(versions.map((record) => record.version)).toEqual(['v1', 'v2']);
    } finally {
      await target.close();
    }
  });
});
