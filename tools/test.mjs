// npm test: lint, format, typecheck, unit tests and integration tests (real PostgreSQL and Redis).
// The last line is "N passed, N failed"; tmp/reports/test-summary.json keeps the tally for CI.
import { createTally, finish, REPORT_DIR, runStep } from './ci/steps.mjs';

const nx = (target) => ({
  command: 'npx',
  args: ['nx', 'run-many', '-t', target, '--output-style=static'],
  env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
});
const tally = createTally();

runStep(tally, { name: 'lint', ...nx('lint') });
runStep(tally, { name: 'format', command: 'npx', args: ['prettier', '--check', '.', '--log-level', 'warn'] });
runStep(tally, { name: 'typecheck', ...nx('typecheck') });
runStep(tally, {
  name: 'unit tests',
  command: 'npx',
  args: ['jest', '-c', 'jest.config.ts', '--json', `--outputFile=${REPORT_DIR}/unit.json`],
  report: `${REPORT_DIR}/unit.json`,
});
runStep(tally, {
  name: 'integration tests',
  command: 'npx',
  args: ['jest', '-c', 'jest.int.config.cjs', '--json', `--outputFile=${REPORT_DIR}/integration.json`],
  report: `${REPORT_DIR}/integration.json`,
});

finish(tally, `${REPORT_DIR}/test-summary.json`);
