// Runs the whole test suite with vitest on SQLite with documents in the storage folder, then again
// (but for a few files) on a real PostgreSQL (test/postgres-setup.ts) with documents in a real S3
// server (test/s3-setup.ts): the scale-out configuration. Ends with one plain line "N passed, N failed"
// over both runs that CI reads, so a run that executed no test is visible as such. Extra arguments
// go to vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

// Types first: a type error is a failed check, not something the tests may paper over.
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('0 passed, 1 failed (typecheck)');
  process.exit(1);
}

/**
 * What the PostgreSQL run leaves out, each with its reason; everything else runs a second time on
 * PostgreSQL. The list shrinks until only what is SQLite by nature remains (issue 13). Try a file
 * with `LTC_TEST_ENGINE=postgres npm test -- <file>`.
 */
const NOT_ON_POSTGRES = [
  // No database of their own to switch: the browser journeys (the API under them is covered by
  // the server suite here) and the web's codegen/type check.
  'test/e2e/**',
  'test/web-check.test.ts',
  // SQLite by nature: they open a SQLite file themselves or test SQLite-only tools.
  'server/db/prepared-reads.test.ts',
  'server/ops/backup.test.ts',
  // About the server's processes, not its database: starts its own on a SQLite file.
  'test/compile-cache.test.ts',
];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

interface RunResult {
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  /** "file :: test name" and the error's first lines, of every failed test and every file that failed to load. */
  failures: string[];
}

/** The start of an error message, indented under its FAILED line: a truncated CI log still says why. */
function firstLines(message: string | undefined, count = 6): string {
  if (!message) return '';
  const lines = stripVTControlCharacters(message).split('\n').slice(0, count);
  return lines.map((line) => `\n    ${line.slice(0, 300)}`).join('');
}

function runVitest(engine: 'sqlite' | 'postgres', storage: string, args: string[]): RunResult {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'ltc-test-')), 'vitest.json');
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
    { stdio: 'inherit', env: { ...process.env, LTC_TEST_ENGINE: engine, LTC_TEST_STORAGE: storage } },
  );
  const result: RunResult = { ok: false, passed: 0, failed: 0, skipped: 0, failures: [] };
  const label = engine === 'postgres' ? ` [postgres, ${storage}]` : storage === 's3' ? ' [s3]' : '';
  try {
    const results = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
    result.passed = results.numPassedTests;
    result.failed = results.numFailedTests;
    result.skipped = results.numPendingTests + results.numTodoTests;
    for (const file of results.testResults) {
      const name = path.relative(process.cwd(), file.name) + label;
      const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
      for (const test of failedTests) result.failures.push(`${name} :: ${test.fullName}${firstLines(test.failureMessages?.[0])}`);
      if (file.status === 'failed' && failedTests.length === 0) result.failures.push(`${name} :: ${file.message?.split('\n')[0] ?? 'failed to run'}`);
    }
  } catch {
    result.failed = Math.max(result.failed, 1);
    result.failures.push(`(no vitest report was written${label})`);
  }
  // A file that failed to load has no failed test of its own; still count it.
  if (run.status !== 0 && result.failed === 0) result.failed = 1;
  result.ok = run.status === 0 && result.failed === 0 && result.passed > 0;
  return result;
}

// With file arguments: one run, on the engine LTC_TEST_ENGINE and the document storage
// LTC_TEST_STORAGE name (SQLite and the storage folder unless told).
// Without: the whole suite on SQLite, then on PostgreSQL with S3 all but the files above.
const args = process.argv.slice(2);
const runs =
  args.length > 0
    ? [runVitest(process.env.LTC_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite', process.env.LTC_TEST_STORAGE || 'filesystem', args)]
    : [runVitest('sqlite', 'filesystem', []), runVitest('postgres', 's3', NOT_ON_POSTGRES.flatMap((glob) => ['--exclude', glob]))];
const sum = (key: 'passed' | 'failed' | 'skipped') => runs.reduce((total, run) => total + run[key], 0);
console.log(`${sum('passed')} passed, ${sum('failed')} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
// After the summary, so the end of a red CI log says what broke.
for (const failure of runs.flatMap((run) => run.failures)) console.log(`FAILED ${failure}`);
process.exit(runs.every((run) => run.ok) ? 0 : 1);
