// Type-checks one project: every tsconfig.*.json in its folder (app or lib, and specs).
//   node tools/typecheck.mjs <projectRoot> [tsc|ngc]
// ngc also checks Angular templates (strictTemplates).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const [projectRoot, compiler = 'tsc'] = process.argv.slice(2);
const binary =
  compiler === 'ngc' ? 'node_modules/@angular/compiler-cli/bundles/src/bin/ngc.js' : 'node_modules/typescript/bin/tsc';
const configs = readdirSync(projectRoot).filter((file) => /^tsconfig\..+\.json$/.test(file));
let failed = false;
for (const config of configs) {
  // Angular's compiler checks templates of app and lib code; specs are plain TypeScript.
  const useBinary = config.includes('spec') ? 'node_modules/typescript/bin/tsc' : binary;
  const result = spawnSync(process.execPath, [useBinary, '--noEmit', '-p', join(projectRoot, config)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
