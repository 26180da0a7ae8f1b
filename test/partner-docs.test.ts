// docs/PARTNER_API.md followed as written, against a real server: the token of section 1 from a
// signed-in session, the curl call of section 2, the listing of the vehicles a token may act on,
// and the typed client of section 4 (its codegen.ts and program, generated and type-checked).
// Uploads, idempotency, limits and webhooks have their own tests of their sections
// (test/partner-upload.test.ts, server/idempotency, test/published-contract.test.ts, server/webhooks).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startServer, type TestServer } from './harness.ts';

const root = path.resolve(import.meta.dirname, '..');
const DOC = readFileSync(path.join(root, 'docs/PARTNER_API.md'), 'utf8');
const run = promisify(execFile);

/** The text between a heading and the next heading of the same or a higher level. */
function section(heading: string): string {
  const start = DOC.indexOf(`${heading}\n`);
  expect(start, `docs/PARTNER_API.md has no "${heading}"`).toBeGreaterThanOrEqual(0);
  const level = heading.split(' ')[0]!;
  const rest = DOC.slice(start + heading.length);
  const end = rest.search(new RegExp(`\\n#{2,${level.length}} `));
  return end < 0 ? rest : rest.slice(0, end);
}

/** The fenced blocks of a language in a section, in order. */
const blocks = (text: string, language: string) => [...text.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);

const forServer = (text: string) => text.replaceAll('https://lifetimecircle.example', server.url);

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe('docs/PARTNER_API.md as written', () => {
  let apiToken = '';

  it('1. creates a token from a signed-in session with the documented mutation', async () => {
    const dealer = await signInAs(server, 'dealer');
    const [mutation] = blocks(section('## 1. Get a token'), 'graphql');
    const created = await server.gql(mutation!, {}, { token: dealer.token });
    expect(created.errors).toBeUndefined();
    expect(created.data.createApiToken.token).toMatch(/^ltc_pat_/);
    expect(created.data.createApiToken.apiToken).toMatchObject({ name: 'Werkstatt-DMS', scope: 'read' });
    apiToken = created.data.createApiToken.token;
    // A token cannot make tokens, as the section says.
    const fromToken = await server.gql(mutation!, {}, { token: apiToken });
    expect(fromToken.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('2. calls the API with curl and gets the documented answer', async () => {
    const [block] = blocks(section('## 2. Call the API'), 'sh');
    const command = block!.split('\n').filter((line) => line && !line.startsWith('#')).join('\n');
    const documented = JSON.parse(/^# (\{.*\})$/m.exec(block!)![1]!.replace('…', ''));
    const { stdout } = await run('sh', ['-c', forServer(command)], { env: { ...process.env, LTC_API_TOKEN: apiToken }, encoding: 'utf8' });
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer.data.me)).toEqual(Object.keys(documented.data.me));
    expect(answer.data.me.role).toBe(documented.data.me.role);
  });

  it('lists the vehicles the token may act on with the documented query', async () => {
    const [query] = blocks(section('### The vehicles your token may act on'), 'graphql');
    const answer = await server.gql(query!, { after: null }, { token: apiToken });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actableVehicles).toMatchObject({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('4. generates the typed client from codegen.ts and type-checks the documented program', async () => {
    const [codegenConfig, program] = blocks(section('## 4. Generate a typed client from `schema.graphql`'), 'ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'ltc-partner-docs-'));
    symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
    mkdirSync(path.join(dir, 'src'));
    copyFileSync(path.join(root, 'schema.graphql'), path.join(dir, 'schema.graphql'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(path.join(dir, 'codegen.ts'), codegenConfig!);
    writeFileSync(path.join(dir, 'src/me.ts'), forServer(program!));
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2023', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: ['node'] }, include: ['src'] }));
    const node = process.execPath;
    await run(node, [path.join(root, 'node_modules/.bin/graphql-codegen'), '--config', 'codegen.ts'], { cwd: dir });
    // The type the program's comment promises: `me: { id: string; role: Role } | null`.
    expect(readFileSync(path.join(dir, 'src/gql/graphql.ts'), 'utf8')).toContain('MeQuery = { me: { id: string, role: Role } | null }');
    const types = await run(node, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir }).catch((error: { stdout: string }) => error);
    expect(types.stdout).toBe('');
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
