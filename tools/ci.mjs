// The steps CI runs after installing: npm test, the production build, then the e2e journeys.
import { createTally, finish, REPORT_DIR, runStep } from './ci/steps.mjs';

const tally = createTally();
runStep(tally, { name: 'npm test', command: 'npm', args: ['test'], report: `${REPORT_DIR}/test-summary.json` });
const built = runStep(tally, {
  name: 'build',
  command: 'npx',
  args: ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
});
if (built) {
  runStep(tally, { name: 'e2e', command: 'npm', args: ['run', 'e2e'], report: `${REPORT_DIR}/e2e.json` });
} else {
  tally.failed += 1;
  tally.failedSteps.push('e2e (not run: the build failed)');
}
finish(tally);
