// Integration tests (*.int-spec.ts) of every project, against a real PostgreSQL.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const esmOnlyPackages = require('./tools/testing/esm-only-packages.cjs');

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
  transformIgnorePatterns: esmOnlyPackages.transformIgnorePatterns,
  moduleNameMapper: {
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
    ...esmOnlyPackages.moduleNameMapper,
  },
  globalSetup: '<rootDir>/tools/testing/integration-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/integration-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
