// Runs a TypeScript (or JavaScript) entry point from source, resolving the workspace's path aliases:
//   node tools/run-ts.cjs <file> [args...]
const { resolve } = require('node:path');
const { register: registerPaths } = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

registerPaths({ baseUrl: resolve(__dirname, '..'), paths: compilerOptions.paths });
require('ts-node').register({
  project: resolve(__dirname, '../api/tsconfig.app.json'),
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0' },
});
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(entry), ...args];
require(resolve(entry));
