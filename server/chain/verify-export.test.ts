import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from '../../test/harness.ts';
import { GENEROUS_LIMITS, stepUp } from '../../test/step-up.ts';
import { addEntry, createVehicle } from '../../test/vehicle-fixtures.ts';
import { pdfFile, upload } from '../documents/test-files.ts';
import { vehicleChainHead } from './chain.service.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ...GENEROUS_LIMITS, LTC_RATE_CHALLENGE_IP_LIMIT: '1000', LTC_RATE_VERIFY_IP_LIMIT: '1000' });
});
afterAll(async () => server.close());

/**
 * `npm run verify:export -- <file>` as a partner would run it (for an encrypted export with this
 * server's secret). Asynchronously: the test server shares this process and keeps serving.
 */
async function verifyExport(name: string, content: unknown): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const file = path.join(server.storageDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  const child = spawn(process.execPath, ['scripts/verify-export.ts', file], { env: { ...process.env, LTC_ENV: 'test', LTC_STORAGE_DIR: server.storageDir, LTC_SECRET_KEY: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, stderr };
}

async function vehicleWithHistory() {
  const owner = await signInAs(server, 'user');
  const { id: vehicleId } = await createVehicle(server, owner.token);
  const documentId = (await upload(server, owner.token, vehicleId, pdfFile(), 'rechnung.pdf')).data.uploadDocument.id;
  await addEntry(server, owner.token, vehicleId, { note: 'Ölwechsel', documentIds: [documentId] });
  await addEntry(server, owner.token, vehicleId, { date: '2024-07-01', odometerKm: 51000 });
  const inspection = await server.gql('mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id defectCase { id } } }', { input: { vehicleId, source: 'WORKSHOP', result: 'NOT_OK' } }, { token: owner.token });
  await server.gql('mutation($id: ID!) { recordRemediation(caseId: $id, input: { result: OK }) { id } }', { id: inspection.data.recordInspection.defectCase.id }, { token: owner.token });
  return { ...owner, vehicleId };
}

describe('npm run verify:export', () => {
  it('re-checks a redacted export offline and names the link an edit broke', async () => {
    const owner = await vehicleWithHistory();
    const response = await server.gql('query($id: ID!) { vehicleExport(vehicleId: $id) }', { id: owner.vehicleId }, { token: owner.token });
    const exported = JSON.parse(response.data.vehicleExport);
    const head = await vehicleChainHead(server.app.services.orm.em.fork(), owner.vehicleId);
    expect(exported.chain).toMatchObject({ vehicleId: owner.vehicleId, links: expect.any(Array) });
    expect(exported.chain.links).toHaveLength(5);
    expect(exported.chain.links.at(-1).hash).toBe(head);
    // The chain carries no free text: the note is only in its digest.
    expect(JSON.stringify(exported.chain)).not.toContain('Ölwechsel');

    const saved = await verifyExport('redacted.json', response);
    expect(saved.stderr).toBe('');
    expect(saved.status).toBe(0);
    expect(saved.stdout).toContain(`intact: vehicle ${owner.vehicleId}, 5 links, head ${head}`);

    // One input of a link edited: that link no longer gives its hash.
    const editedLink = structuredClone(exported);
    editedLink.chain.links[1].record.odometerKm = 1;
    const brokenLink = await verifyExport('edited-link.json', editedLink);
    expect(brokenLink.status).toBe(1);
    expect(brokenLink.stdout).toContain(`broken at link 2: entry_version ${exported.chain.links[1].recordId} (hash_mismatch)`);

    // A listed record edited (its link left alone): named by its link.
    const editedEntry = structuredClone(exported);
    const entry = editedEntry.entries.find((listed: { id: string }) => listed.id === exported.chain.links[0].recordId);
    entry.odometerKm += 1;
    const brokenEntry = await verifyExport('edited-entry.json', JSON.stringify(editedEntry));
    expect(brokenEntry.status).toBe(1);
    expect(brokenEntry.stdout).toContain(`broken at link 1: entry_version ${entry.id} (record_differs_from_chain:odometerKm)`);

    // A document hash swapped.
    const editedDocument = structuredClone(exported);
    editedDocument.chain.links[0].documentSha256s = ['0'.repeat(64)];
    expect((await verifyExport('edited-document.json', editedDocument)).stdout).toContain('broken at link 1:');

    expect((await verifyExport('not-an-export.json', { kind: 'account' })).status).toBe(2);
  });

  it('re-checks an encrypted full export with this server’s secret', async () => {
    const owner = await vehicleWithHistory();
    const superadmin = await signInAs(server, 'superadmin');
    const grant = await server.gql(
      'mutation($id: ID!, $stepUp: String) { createFullExportGrant(targetType: vehicle, targetId: $id, stepUpToken: $stepUp) { token } }',
      { id: owner.vehicleId, stepUp: await stepUp(server, superadmin, 'export_full') },
      { token: superadmin.token },
    );
    const delivered = await server.gql(
      'mutation($token: String, $id: ID!) { fullExport(token: $token, targetType: vehicle, targetId: $id) { payload } }',
      { token: grant.data.createFullExportGrant.token, id: owner.vehicleId },
      { token: superadmin.token },
    );
    const result = await verifyExport('full.json', delivered);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`intact: vehicle ${owner.vehicleId}, 5 links`);
  });
});
