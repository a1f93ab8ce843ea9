/**
 * `npm test`: typecheck, lint, unit tests, build, end-to-end tests in Chromium, the Firefox build and
 * the end-to-end tests in Firefox, in that order, then one plain closing line that CI reads:
 * `tests: N passed, N failed` (unit and both browsers' end-to-end tests together).
 * `npm test -- e2e-firefox` (or any of typecheck, lint, unit, e2e) runs only the steps named.
 * A failing typecheck, lint or build stops the run early and still prints the line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.tmp', 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  console.log(
    `── ${label}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

/** Adds up a vitest JSON report; a report that is missing counts as one failure. */
function count(label: string, file: string): void {
  if (!existsSync(file)) {
    console.log(`── ${label}: no report written`);
    failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    numFailedTestSuites: number;
  };
  passed += report.numPassedTests;
  // A file that fails to load has no failed test but a failed suite: count it so it cannot hide.
  failed += report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
  console.log(`── ${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}

function finish(): never {
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

const npx = 'npx';
const only = process.argv.slice(2);
const want = (step: string) => only.length === 0 || only.includes(step);

if (want('typecheck') && !run('typecheck', npx, ['tsc', '--noEmit'])) {
  failed += 1;
  finish();
}
if (want('lint') && !run('lint', npx, ['biome', 'check', '.'])) {
  failed += 1;
  finish();
}
if (want('unit')) {
  const file = join(outDir, 'unit.json');
  run('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  count('unit tests', file);
}
if (want('e2e')) {
  if (!run('build', 'npm', ['run', 'build', '--silent'])) {
    failed += 1;
    finish();
  }
  const file = join(outDir, 'e2e.json');
  run('end-to-end tests', npx, [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  count('end-to-end tests', file);
}
if (want('e2e-firefox')) {
  if (!run('Firefox build', 'npm', ['run', 'build:firefox', '--silent'])) {
    failed += 1;
    finish();
  }
  const file = join(outDir, 'e2e-firefox.json');
  run('end-to-end tests in Firefox', npx, [
    'vitest',
    'run',
    '-c',
    'vitest.e2e-firefox.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  count('end-to-end tests in Firefox', file);
}
finish();
