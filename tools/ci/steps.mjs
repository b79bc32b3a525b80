// Runs named steps, keeps going after a failure, and tallies results:
// a jest or Playwright step counts its test cases, any other step counts as one check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const REPORT_DIR = 'tmp/reports';

export function createTally() {
  return { passed: 0, failed: 0, failedSteps: [] };
}

export function runStep(tally, { name, command, args, report, env }) {
  mkdirSync(REPORT_DIR, { recursive: true });
  if (report) rmSync(report, { force: true });
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const startedAt = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
  const counts = report && existsSync(report) ? readCounts(report) : undefined;
  const ok = result.status === 0;
  if (counts) {
    tally.passed += counts.passed;
    tally.failed += counts.failed;
    if (!ok && counts.failed === 0) tally.failed += 1; // e.g. a suite that failed to load
  } else {
    tally[ok ? 'passed' : 'failed'] += 1;
  }
  if (!ok) tally.failedSteps.push(name);
  console.log(
    `◀ ${name}: ${ok ? 'ok' : 'FAILED'} in ${seconds} s${counts ? ` (${counts.passed} passed, ${counts.failed} failed)` : ''}`,
  );
  return ok;
}

/** Jest's --json report, Playwright's JSON reporter output, or a tally written by finish(). */
function readCounts(report) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  if ('failedSteps' in json) return { passed: json.passed, failed: json.failed };
  if ('numPassedTests' in json)
    return { passed: json.numPassedTests, failed: json.numFailedTests + json.numRuntimeErrorTestSuites };
  const stats = json.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
}

export function finish(tally, summaryFile) {
  if (summaryFile) writeFileSync(summaryFile, JSON.stringify(tally));
  if (tally.failedSteps.length) console.log(`\nFailed steps: ${tally.failedSteps.join(', ')}`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed > 0 || tally.failedSteps.length ? 1 : 0);
}
