import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseAtRest, lastCode, rowsOfEveryTable, startServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ LTC_LOG_LEVEL: 'debug' });
});
afterAll(async () => server.close());

/** Every file under a folder, with its path relative to it. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, path.join(prefix, name)) : [path.join(prefix, name)];
  });
}

/** The code as a token of its own (random hex and ids may contain the digits by chance, never as a separate word). */
const containsCode = (text: string, code: string) => new RegExp(`\\b${code}\\b`).test(text);

describe('a full login flow leaves no secret behind', () => {
  it('keeps email, code and token out of logs, audit trail and database; the code is only in the outbox', async () => {
    const email = 'Geheim.Person@Example.org';
    const normalised = 'geheim.person@example.org';
    const requested = await server.gql('mutation($email: String!) { requestLoginCode(email: $email) { challengeId } }', { email });
    const code = lastCode(server, email);
    // A wrong attempt too, so failure paths are covered.
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    await server.gql('mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }', { id: requested.data.requestLoginCode.challengeId, code: wrong });
    const verified = await server.gql('mutation($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { token } }', {
      id: requested.data.requestLoginCode.challengeId,
      code,
    });
    const token: string = verified.data.verifyLoginCode.token;
    expect((await server.gql('{ me { emailMasked } }', {}, { token })).data.me.emailMasked).toBe('g***@example.org');
    expect((await server.gql('mutation { logout }', {}, { token })).data.logout).toBe(true);
    await server.app.services.pendingWrites.drain();

    // Logs: there are lines for every request, none with a secret.
    const logs = server.logs.join('\n');
    expect(server.logs.filter((line) => line.includes('"event":"http_request"')).length).toBeGreaterThanOrEqual(5);
    for (const secret of [email, normalised, token]) expect(logs.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(containsCode(logs, code)).toBe(false);

    // Database: every row of every table, the audit trail included.
    const tables = await rowsOfEveryTable(server);
    expect([...tables.keys()]).toContain('audit_events');
    for (const [table, rows] of tables) {
      for (const secret of [normalised, token]) expect(rows.toLowerCase(), table).not.toContain(secret.toLowerCase());
      expect(containsCode(rows, code), table).toBe(false);
    }
    const audit = await server.app.services.orm.em.fork().getConnection().execute<{ action: string }[]>('select action from audit_events');
    expect(audit.map((row) => row.action)).toEqual(
      expect.arrayContaining(['AUTH_CHALLENGE_CREATED', 'AUTH_CHALLENGE_FAILED', 'AUTH_CHALLENGE_VERIFIED', 'SESSION_CREATED', 'SESSION_REVOKED']),
    );

    // The database at rest (on SQLite its file and WAL, freed pages included; on PostgreSQL a full dump).
    const atRest = (await databaseAtRest(server)).toLowerCase();
    expect(atRest).toContain('auth_challenge_verified'); // the scan sees the rows
    for (const secret of [normalised, token]) expect(atRest).not.toContain(secret.toLowerCase());
    expect(containsCode(atRest, code)).toBe(false);

    // Files in the storage folder (SQLite's database and WAL, the key): the outbox is the only one with the code.
    const files = filesUnder(server.storageDir);
    const withCode = files.filter((file) => containsCode(readFileSync(path.join(server.storageDir, file), 'latin1'), code));
    expect(withCode).toHaveLength(1);
    expect(withCode[0]).toMatch(/^outbox\//);
    for (const file of files.filter((name) => !name.startsWith('outbox/'))) {
      const content = readFileSync(path.join(server.storageDir, file), 'latin1').toLowerCase();
      for (const secret of [normalised, token]) expect(content, file).not.toContain(secret.toLowerCase());
    }
  });
});
