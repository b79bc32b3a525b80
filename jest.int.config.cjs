// Integration tests (*.int-spec.ts) of every project, against a real PostgreSQL.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const ESM_ONLY_PACKAGES = ['content-disposition'];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'integration',
  rootDir: '.',
  roots: ['<rootDir>/api', '<rootDir>/libs'],
  testMatch: ['**/*.int-spec.ts'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.int.json' }],
  },
  // ESM-only dependencies are compiled to CommonJS like our own code.
  transformIgnorePatterns: [`^(?!.*/node_modules/(${ESM_ONLY_PACKAGES.join('|')})/).*/node_modules/`],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  globalSetup: '<rootDir>/tools/testing/integration-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/integration-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
