import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../audit/audit-event.entity.ts';
import { databaseAtRest, errorOf, signIn, signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { Vehicle } from '../vehicles/vehicle.entity.ts';
import { openOrm } from '../db/orm.ts';
import { addEntry, createVehicle, fakeVin, insertDocument } from '../../test/vehicle-fixtures.ts';
import { schema } from '../schema.ts';
import { PublicShare } from './public-share.entity.ts';
import { PublicViewCache } from './public-view-cache.ts';
import { publicPageEdgeCache } from './public-page-edge-cache.ts';
import { readPersistedManifest } from '../graphql/persisted-operations.ts';
import type { PublicVehicleView } from './sharing.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000', LTC_PUBLIC_BASE_URL: 'https://heft.example.org' });
});
afterAll(async () => server.close());

const LINK = 'url qrSvg qrPngDataUrl';
const ENABLE = `mutation($id: ID!) { enablePublicShare(vehicleId: $id) { ${LINK} } }`;
const ROTATE = `mutation($id: ID!) { rotatePublicShare(vehicleId: $id) { ${LINK} } }`;
const DISABLE = 'mutation($id: ID!) { disablePublicShare(vehicleId: $id) }';
const PUBLIC_FIELDS = [
  'light',
  'hint',
  'historyStatus',
  'evidenceStatus',
  'verificationLevel',
  'accidentStatus',
  'accidentStatusLabel',
  'vehicleClass',
  'make',
  'model',
  'buildYear',
  'disclaimer',
];
const PUBLIC = `query($token: String!) { publicVehicle(token: $token) { ${PUBLIC_FIELDS.join(' ')} } }`;
const tokenOf = (url: string) => url.split('/q/')[1]!;

async function sharedVehicle() {
  const owner = await signInAs(server, 'user');
  const vin = fakeVin();
  const { id } = await createVehicle(server, owner.token, { vin, make: 'Porsche', model: '911', buildYear: 1998, vehicleClass: 'Sport', accidentStatus: 'unfallfrei', physicalServiceBook: true, nickname: 'Elfer' });
  const documentId = await insertDocument(server, id, owner.userId);
  await addEntry(server, owner.token, id, { documentIds: [documentId], note: 'Inspektion bei Meier', cost: '450' });
  const enabled = await server.gql(ENABLE, { id }, { token: owner.token });
  expect(enabled.errors).toBeUndefined();
  return { ...owner, vehicleId: id, vin, link: enabled.data.enablePublicShare };
}

describe('public sharing', () => {
  it('the public page has exactly the fields SPEC §8 allows', () => {
    const type = schema.getType('PublicVehicle');
    expect(isObjectType(type) && Object.keys(type.getFields()).sort()).toEqual([...PUBLIC_FIELDS].sort());
  });

  it('enable returns the link and its QR code as SVG and PNG; only the HMAC of the token is stored', async () => {
    const { link, vehicleId, token, userId } = await sharedVehicle();
    expect(link.url).toMatch(/^https:\/\/heft\.example\.org\/q\/[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(tokenOf(link.url), 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(link.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(link.qrPngDataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(Buffer.from(link.qrPngDataUrl.split(',')[1], 'base64').subarray(1, 4).toString()).toBe('PNG');

    const status = await server.gql('query($id: ID!) { vehicle(id: $id) { publicShareEnabled } }', { id: vehicleId }, { token });
    expect(status.data.vehicle.publicShareEnabled).toBe(true);
    const em = server.app.services.orm.em.fork();
    const share = await em.findOneOrFail(PublicShare, { vehicle: vehicleId });
    expect(share.tokenHmac).toMatch(/^v\d+:[0-9a-f]{64}$/);
    expect(await databaseAtRest(server)).not.toContain(tokenOf(link.url));
    expect(server.logs.join('\n')).not.toContain(tokenOf(link.url));
    const audit = await em.find(AuditEvent, { actorId: userId, action: 'PUBLIC_SHARE_ENABLED' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(tokenOf(link.url));
  });

  it('answers anonymously with the trust light and vehicle basics, and nothing else', async () => {
    const { link, vin, vehicleId, userId } = await sharedVehicle();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PUBLIC, variables: { token: tokenOf(link.url) } }),
    });
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body).toEqual({
      data: {
        publicVehicle: {
          light: 'gruen',
          hint: 'Dokumentation ist vollständig nachweisbar.',
          historyStatus: 'vorhanden',
          evidenceStatus: 'vorhanden',
          verificationLevel: 'hoch',
          accidentStatus: 'unfallfrei',
          accidentStatusLabel: 'Unfallfrei',
          vehicleClass: 'Sport',
          make: 'Porsche',
          model: '911',
          buildYear: 1998,
          disclaimer: 'Die Trust-Ampel bewertet ausschließlich die Dokumentations- und Nachweisqualität. Sie ist keine Aussage über den technischen Zustand des Fahrzeugs.',
        },
      },
    });
    for (const secret of [vin, vin.slice(0, 3), vin.slice(-4), '***', vehicleId, userId, 'Elfer', 'Meier', '450', 'T3']) expect(text, secret).not.toContain(secret);
    // No dates, counts or percentages: the only digits are the make/model/build year given above.
    expect(text.replace(/"(model|buildYear)":("911"|1998)/g, '')).not.toMatch(/\d/);
  });

  it('shows no reason codes, even when the light is not green', async () => {
    const { link, vehicleId, token, userId } = await sharedVehicle();
    await insertDocument(server, vehicleId, userId, { approvalStatus: 'QUARANTINED' });
    await server.gql('mutation($id: ID!) { updateVehicle(id: $id, input: { accidentStatus: unbekannt }) { id } }', { id: vehicleId }, { token });
    const response = await server.gql(PUBLIC, { token: tokenOf(link.url) });
    expect(response.data.publicVehicle).toMatchObject({ light: 'orange', hint: 'Dokumente sind noch nicht freigegeben. Nachweise zählen erst nach Prüfung.', accidentStatusLabel: 'Unbekannt' });
    expect(JSON.stringify(response)).not.toMatch(/document_quarantined|accident_status_unknown|_/);
  });

  it('rotating stops the old link at once; disabling stops every link; the history is kept', async () => {
    const { link, vehicleId, token } = await sharedVehicle();
    const old = tokenOf(link.url);
    expect((await server.gql(ENABLE, { id: vehicleId }, { token })).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'public_share_already_enabled' });
    const rotated = await server.gql(ROTATE, { id: vehicleId }, { token });
    const fresh = tokenOf(rotated.data.rotatePublicShare.url);
    expect(fresh).not.toBe(old);
    expect((await server.gql(PUBLIC, { token: old })).data).toEqual({ publicVehicle: null });
    expect((await server.gql(PUBLIC, { token: fresh })).data.publicVehicle.make).toBe('Porsche');

    expect((await server.gql(DISABLE, { id: vehicleId }, { token })).data.disablePublicShare).toBe(true);
    expect((await server.gql(PUBLIC, { token: fresh })).data).toEqual({ publicVehicle: null });
    expect((await server.gql(DISABLE, { id: vehicleId }, { token })).data.disablePublicShare).toBe(false);
    expect(errorOf(await server.gql(ROTATE, { id: vehicleId }, { token }))).toEqual({ code: 'CONFLICT', reason: 'public_share_not_enabled' });
    const shares = await server.app.services.orm.em.fork().find(PublicShare, { vehicle: vehicleId });
    expect(shares).toHaveLength(2);
    expect(shares.every((share) => share.revokedAt instanceof Date)).toBe(true);

    const again = await server.gql(ENABLE, { id: vehicleId }, { token });
    expect((await server.gql(PUBLIC, { token: tokenOf(again.data.enablePublicShare.url) })).data.publicVehicle.model).toBe('911');
    expect((await server.gql(PUBLIC, { token: old })).data).toEqual({ publicVehicle: null });
    const actions = (await server.app.services.orm.em.fork().find(AuditEvent, { targetId: vehicleId, action: { $like: 'PUBLIC_SHARE_%' } })).map((event) => event.action);
    expect(actions.sort()).toEqual(['PUBLIC_SHARE_DISABLED', 'PUBLIC_SHARE_ENABLED', 'PUBLIC_SHARE_ENABLED', 'PUBLIC_SHARE_ROTATED']);
  });

  it('answers unknown, malformed, rotated and disabled tokens identically', async () => {
    const { link, vehicleId, token } = await sharedVehicle();
    const rotatedAway = tokenOf(link.url);
    await server.gql(ROTATE, { id: vehicleId }, { token });
    const bodies = new Set<string>();
    for (const candidate of [rotatedAway, 'A'.repeat(32), 'short', '../../etc/passwd', '']) {
      const response = await server.gql(PUBLIC, { token: candidate });
      bodies.add(JSON.stringify({ status: response.status, data: response.data, errors: response.errors }));
    }
    expect([...bodies]).toEqual([JSON.stringify({ status: 200, data: { publicVehicle: null } })]);
  });

  it('is open to signed-in users and denied to moderators', async () => {
    const { link } = await sharedVehicle();
    const stranger = await signInAs(server, 'user', { consent: false });
    expect((await server.gql(PUBLIC, { token: tokenOf(link.url) }, { token: stranger.token })).data.publicVehicle.make).toBe('Porsche');
    const moderator = await signInAs(server, 'moderator');
    const denied = await server.gql(PUBLIC, { token: tokenOf(link.url) }, { token: moderator.token });
    expect(errorOf(denied)).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(JSON.stringify(denied)).not.toContain('Porsche');
  });

  it('lets only the owner (and admins) manage sharing', async () => {
    const owner = await signInAs(server, 'user');
    const { id } = await createVehicle(server, owner.token);
    const other = await signInAs(server, 'user');
    const moderator = await signInAs(server, 'moderator');
    const noConsent = await signInAs(server, 'user', { consent: false });
    for (const mutation of [ENABLE, ROTATE, DISABLE]) {
      expect(errorOf(await server.gql(mutation, { id })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await server.gql(mutation, { id }, { token: moderator.token }))).toEqual({ code: 'FORBIDDEN', reason: 'moderator_confined' });
      expect(errorOf(await server.gql(mutation, { id }, { token: noConsent.token }))).toEqual({ code: 'FORBIDDEN', reason: 'consent_required' });
      expect(errorOf(await server.gql(mutation, { id }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
      expect(errorOf(await server.gql(mutation, { id: crypto.randomUUID() }, { token: other.token }))).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    }
    expect(await server.app.services.orm.em.fork().count(PublicShare, { vehicle: id })).toBe(0);
    const admin = await signInAs(server, 'admin');
    expect((await server.gql(ENABLE, { id }, { token: admin.token })).data.enablePublicShare.url).toContain('/q/');
  });
});

const CURRENT = `query($id: ID!) { vehicle(id: $id) { publicShareEnabled publicShare { ${LINK} } } }`;

describe('the current link for its owner', () => {
  it('shows the live link and QR code again after enabling; rotating replaces it, disabling removes it', async () => {
    const { link, vehicleId, token } = await sharedVehicle();
    const shown = await server.gql(CURRENT, { id: vehicleId }, { token });
    expect(shown.data.vehicle).toEqual({ publicShareEnabled: true, publicShare: link });

    const rotated = (await server.gql(`mutation($id: ID!) { rotatePublicShare(vehicleId: $id) { url vehicle { id publicShare { url } } } }`, { id: vehicleId }, { token })).data.rotatePublicShare;
    expect(rotated.url).not.toBe(link.url);
    expect(rotated.vehicle).toEqual({ id: vehicleId, publicShare: { url: rotated.url } });
    expect((await server.gql(CURRENT, { id: vehicleId }, { token })).data.vehicle.publicShare.url).toBe(rotated.url);

    await server.gql(DISABLE, { id: vehicleId }, { token });
    expect((await server.gql(CURRENT, { id: vehicleId }, { token })).data.vehicle).toEqual({ publicShareEnabled: false, publicShare: null });
    // Revoked shares keep no recoverable token; the live one only its ciphertext and HMAC.
    const shares = await server.app.services.orm.em.fork().find(PublicShare, { vehicle: vehicleId });
    expect(shares.map((share) => share.tokenEncrypted)).toEqual([null, null]);
    expect(await databaseAtRest(server)).not.toContain(tokenOf(rotated.url));
  });

  it('is stored encrypted under its own key label, and only the owner side reads it', async () => {
    const { link, vehicleId, token } = await sharedVehicle();
    const share = await server.app.services.orm.em.fork().findOneOrFail(PublicShare, { vehicle: vehicleId, revokedAt: null });
    expect(share.tokenEncrypted).toMatch(/^v\d+\./);
    expect(server.app.services.keyring.decrypt('share-token-encryption', share.tokenEncrypted!)).toBe(tokenOf(link.url));
    expect(() => server.app.services.keyring.decrypt('vin-encryption', share.tokenEncrypted!)).toThrow();

    const other = await signInAs(server, 'user');
    const denied = await server.gql(CURRENT, { id: vehicleId }, { token: other.token });
    expect(errorOf(denied)).toEqual({ code: 'FORBIDDEN', reason: 'forbidden' });
    expect(JSON.stringify(denied)).not.toContain(tokenOf(link.url));
    // A share made before tokens were kept: on, but its link cannot be shown (the owner rotates).
    await server.app.services.orm.em.fork().nativeUpdate(PublicShare, { id: share.id }, { tokenEncrypted: null });
    expect((await server.gql(CURRENT, { id: vehicleId }, { token })).data.vehicle).toEqual({ publicShareEnabled: true, publicShare: null });
  });

  it('survives a key rotation: the same link is shown and works; once the old key is retired both end together', async () => {
    const OLD_KEY = 'old-secret-key-for-share-rotation-0123456789';
    const NEW_KEY = 'new-secret-key-for-share-rotation-9876543210';
    let target = await startServer({ LTC_SECRET_KEY: OLD_KEY, LTC_PUBLIC_BASE_URL: 'https://heft.example.org' });
    try {
      const owner = await signInAs(target, 'user');
      const { id } = await createVehicle(target, owner.token);
      const link = (await target.gql(ENABLE, { id }, { token: owner.token })).data.enablePublicShare;

      target = await target.restart({ LTC_SECRET_KEY: NEW_KEY, LTC_SECRET_KEY_VERSION: '2', LTC_SECRET_KEY_V1: OLD_KEY });
      expect((await target.gql(CURRENT, { id }, { token: owner.token })).data.vehicle.publicShare.url).toBe(link.url);
      expect((await target.gql(PUBLIC, { token: tokenOf(link.url) })).data.publicVehicle.make).toBeTruthy();
      // Rotating writes the new token under the new key version.
      const rotated = (await target.gql(ROTATE, { id }, { token: owner.token })).data.rotatePublicShare;
      const live = await target.app.services.orm.em.fork().findOneOrFail(PublicShare, { vehicle: id, revokedAt: null });
      expect([live.tokenHmac.slice(0, 3), live.tokenEncrypted!.slice(0, 3)]).toEqual(['v2:', 'v2.']);
      expect((await target.gql(CURRENT, { id }, { token: owner.token })).data.vehicle.publicShare.url).toBe(rotated.url);

      // A share still under version 1 when that key is retired: neither found nor shown, no error.
      await target.app.services.orm.em.fork().nativeUpdate(PublicShare, { id: live.id }, { revokedAt: new Date(), tokenEncrypted: null });
      target = await target.restart({ LTC_SECRET_KEY: OLD_KEY, LTC_SECRET_KEY_VERSION: '1', LTC_SECRET_KEY_V1: undefined });
      const relogged = await signIn(target, owner.email);
      const v1 = (await target.gql(ENABLE, { id }, { token: relogged.token })).data.enablePublicShare;
      target = await target.restart({ LTC_SECRET_KEY: NEW_KEY, LTC_SECRET_KEY_VERSION: '2' });
      const fresh = await signInAs(target, 'user');
      await target.app.services.orm.em.fork().nativeUpdate(Vehicle, { id }, { owner: fresh.userId });
      const shown = await target.gql(CURRENT, { id }, { token: fresh.token });
      expect(shown.errors).toBeUndefined();
      expect(shown.data.vehicle).toEqual({ publicShareEnabled: true, publicShare: null });
      expect((await target.gql(PUBLIC, { token: tokenOf(v1.url) })).data).toEqual({ publicVehicle: null });
    } finally {
      await target.close();
    }
  });
});

describe('public page cache', () => {
  it('follows every change at once: entries through the API, documents, and writes by another process', async () => {
    const { link, vehicleId, token, userId } = await sharedVehicle();
    const page = async () => (await server.gql(PUBLIC, { token: tokenOf(link.url) })).data.publicVehicle;
    const before = await page();
    expect(await page()).toEqual(before); // the second answer comes from the cache

    await server.gql('mutation($id: ID!) { updateVehicle(id: $id, input: { accidentStatus: unbekannt }) { id } }', { id: vehicleId }, { token });
    expect((await page()).accidentStatusLabel).toBe('Unbekannt');

    await insertDocument(server, vehicleId, userId, { approvalStatus: 'QUARANTINED' });
    expect((await page()).hint).toBe('Dokumente sind noch nicht freigegeben. Nachweise zählen erst nach Prüfung.');

    // A maintenance script on its own connection (another process in production).
    const other = await openOrm(server.app.services.config.database);
    try {
      await other.em.getConnection().execute('update vehicles set model = ? where id = ?', ['912', vehicleId]);
    } finally {
      await other.close();
    }
    expect((await page()).model).toBe('912');
  });

  it('every table the page reads bumps its vehicle’s version, whichever way it is written', async () => {
    const { vehicleId, token, userId } = await sharedVehicle();
    const version = async () =>
      ((await server.app.services.orm.em.fork().getConnection().execute('select version from public_view_versions where vehicle_id = ?', [vehicleId]))[0]?.version ?? 0) as number;
    const steps: [string, () => Promise<unknown>][] = [
      ['vehicle', () => server.gql('mutation($id: ID!) { updateVehicle(id: $id, input: { nickname: "Neu" }) { id } }', { id: vehicleId }, { token })],
      ['document', () => insertDocument(server, vehicleId, userId)],
      ['entry', () => addEntry(server, token, vehicleId)],
      ['entry link', async () => {
        const documentId = await insertDocument(server, vehicleId, userId);
        const other = await openOrm(server.app.services.config.database);
        try {
          const connection = other.em.getConnection();
          const { id: entryId } = await connection.execute<{ id: string }>('select id from service_entries where vehicle_id = ? limit 1', [vehicleId], 'get');
          const before = await version();
          await connection.execute('insert into entry_documents (entry_id, document_id) values (?, ?)', [entryId, documentId]);
          expect(await version()).toBeGreaterThan(before);
        } finally {
          await other.close();
        }
      }],
      ['share', () => server.gql(ROTATE, { id: vehicleId }, { token })],
    ];
    for (const [name, step] of steps) {
      const before = await version();
      await step();
      expect(await version(), name).toBeGreaterThan(before);
    }
  });
});

describe('the public page shortcut (cached answers before Yoga)', () => {
  // Exactly what the web app sends for /q/<token> (urql with the persisted hash, see web/src/lib/client.ts).
  const manifest = readPersistedManifest();
  const [hash, document] = Object.entries(manifest).find(([, text]) => text.startsWith('query PublicVehicle('))!;
  const ACCEPT = 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed';
  // urql sends queries as GET within the URL limit, with the hash instead of the document.
  const webRequest = async (target: TestServer, token: string, headers: Record<string, string> = {}) => {
    const search = new URLSearchParams({ operationName: 'PublicVehicle', variables: JSON.stringify({ token }), extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }) });
    const response = await fetch(`${target.url}/graphql?${search}`, { headers: { accept: ACCEPT, 'x-ltc-csrf': '1', ...headers } });
    return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  };
  const postRequest = async (target: TestServer, token: string) => {
    const response = await fetch(`${target.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: ACCEPT },
      body: JSON.stringify({ operationName: 'PublicVehicle', query: document, variables: { token }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    return { status: response.status, contentType: response.headers.get('content-type'), text: await response.text() };
  };
  const answeredBy = async (target: TestServer) => {
    const { values } = await target.app.services.metrics.publicPageCache.get();
    const count = (result: string, by: string) => values.find((v) => v.labels.result === result && v.labels.answered_by === by)?.value ?? 0;
    return { shortcut: count('hit', 'shortcut'), resolverHit: count('hit', 'resolver'), resolverMiss: count('miss', 'resolver') };
  };

  it('is active for the web app’s operation', () => {
    expect(publicPageEdgeCache(server.app.services, schema, manifest)).not.toBeNull();
  });

  it('answers a repeated request byte for byte as Yoga did, without running GraphQL', async () => {
    const { link } = await sharedVehicle();
    const before = await answeredBy(server);
    const first = await webRequest(server, tokenOf(link.url));
    const afterFirst = await answeredBy(server);
    const second = await webRequest(server, tokenOf(link.url));
    const afterSecond = await answeredBy(server);
    expect(afterFirst).toEqual({ ...before, resolverMiss: before.resolverMiss + 1 });
    expect(afterSecond).toEqual({ ...afterFirst, shortcut: afterFirst.shortcut + 1 });
    expect(second).toEqual(first);
    expect(JSON.parse(first.text).data.publicVehicle).toMatchObject({ __typename: 'PublicVehicle', make: 'Porsche', light: expect.any(String) });
    // Plain JSON clients get Yoga's content type for them, from the shortcut too.
    const plain = await webRequest(server, tokenOf(link.url), { accept: 'application/json' });
    expect(plain).toEqual({ ...first, contentType: 'application/json; charset=utf-8' });
    // The same operation posted with its document is answered by the shortcut as well.
    const shortcutBefore = (await answeredBy(server)).shortcut;
    expect(await postRequest(server, tokenOf(link.url))).toEqual(first);
    expect((await answeredBy(server)).shortcut).toBe(shortcutBefore + 1);
  });

  it('never answers from a stale cache: rotation and disabling act at once', async () => {
    const { link, vehicleId, token } = await sharedVehicle();
    const old = tokenOf(link.url);
    await webRequest(server, old);
    expect(JSON.parse((await webRequest(server, old)).text).data.publicVehicle.model).toBe('911');
    const fresh = tokenOf((await server.gql(ROTATE, { id: vehicleId }, { token })).data.rotatePublicShare.url);
    expect(JSON.parse((await webRequest(server, old)).text).data.publicVehicle).toBeNull();
    await webRequest(server, fresh);
    expect(JSON.parse((await webRequest(server, fresh)).text).data.publicVehicle.model).toBe('911');
    await server.gql(DISABLE, { id: vehicleId }, { token });
    expect(JSON.parse((await webRequest(server, fresh)).text).data.publicVehicle).toBeNull();
  });

  it('leaves signed-in callers to GraphQL: a moderator is refused even when the answer is cached', async () => {
    const { link } = await sharedVehicle();
    await webRequest(server, tokenOf(link.url));
    const moderator = await signInAs(server, 'moderator');
    const denied = await webRequest(server, tokenOf(link.url), { authorization: `Bearer ${moderator.token}` });
    expect(JSON.parse(denied.text).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'moderator_confined' });
    expect(denied.text).not.toContain('Porsche');
  });

  it('counts its answers against the per-IP limit', async () => {
    const limited = await startServer({ LTC_RATE_PUBLIC_IP_LIMIT: '3' });
    try {
      const owner = await signInAs(limited, 'user');
      const { id } = await createVehicle(limited, owner.token);
      const shared = tokenOf((await limited.gql(ENABLE, { id }, { token: owner.token })).data.enablePublicShare.url);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(JSON.parse((await webRequest(limited, shared)).text).errors?.[0]?.extensions.code ?? 'ok');
      expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
      expect((await answeredBy(limited)).shortcut).toBe(2);
    } finally {
      await limited.close();
    }
  });
});

describe('PublicViewCache', () => {
  it('keeps at most its bound, dropping the oldest entries first', () => {
    const cache = new PublicViewCache(2);
    const entry = (make: string) => ({ vehicleId: make, version: 0, view: { make } as PublicVehicleView });
    for (const token of ['a', 'b', 'c']) cache.set(token, entry(token));
    expect(cache.get('a')).toBeUndefined();
    expect([cache.get('b')?.view.make, cache.get('c')?.view.make]).toEqual(['b', 'c']);
  });
});

describe('public page rate limit', () => {
  it('answers RATE_LIMITED per IP once the limit is used up', async () => {
    const limited = await startServer({ LTC_RATE_PUBLIC_IP_LIMIT: '3' });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(errorOf(await limited.gql(PUBLIC, { token: 'A'.repeat(32) })).code ?? 'ok');
      expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED']);
    } finally {
      await limited.close();
    }
  });
});
