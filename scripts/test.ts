// Runs the whole test suite with vitest and ends with the plain line "N passed, N failed" that
// CI reads, so a run that executed no test is visible as such. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Types first: a type error is a failed check, not something the tests may paper over.
const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.log('0 passed, 1 failed (typecheck)');
  process.exit(1);
}

const report = path.join(mkdtempSync(path.join(tmpdir(), 'ltc-test-')), 'vitest.json');
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { fullName: string; status: string }[] }[];
}

let passed = 0;
let failed = 0;
let skipped = 0;
/** "file :: test name" of every failed test, and of every file that failed to load. */
const failures: string[] = [];
try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  passed = results.numPassedTests;
  failed = results.numFailedTests;
  skipped = results.numPendingTests + results.numTodoTests;
  for (const file of results.testResults) {
    const name = path.relative(process.cwd(), file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed');
    for (const test of failedTests) failures.push(`${name} :: ${test.fullName}`);
    if (file.status === 'failed' && failedTests.length === 0) failures.push(`${name} :: ${file.message?.split('\n')[0] ?? 'failed to run'}`);
  }
} catch {
  failed = Math.max(failed, 1);
  failures.push('(no vitest report was written)');
}
// A file that failed to load has no failed test of its own; still count it.
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
// After the summary, so the end of a red CI log says what broke.
for (const failure of failures) console.log(`FAILED ${failure}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
