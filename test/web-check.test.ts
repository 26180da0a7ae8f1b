// The web app's generated operations and types stay in sync with schema.graphql and the pages.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
const run = (command: string, args: string[], cwd = root) =>
  spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` } });

describe('web app', () => {
  it('has committed generated operations that match a fresh codegen run', () => {
    // --check is codegen's dry run: it fails when regenerating would change a file.
    const check = run(bin('graphql-codegen'), ['--config', 'codegen.ts', '--check']);
    expect(check.status, `${check.stdout}\n${check.stderr}\nRun \`npm run codegen\` and commit web/src/lib/gql.`).toBe(0);
  }, 60_000);

  it('type-checks with svelte-check (operations, variables and results against the schema)', () => {
    expect(run(bin('svelte-kit'), ['sync'], path.join(root, 'web')).status).toBe(0);
    const check = run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'warning', '--output', 'machine'], path.join(root, 'web'));
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/COMPLETED .* 0 ERRORS 0 WARNINGS/);
  }, 120_000);
});
