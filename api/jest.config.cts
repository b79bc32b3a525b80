const esmOnlyPackages = require('../tools/testing/esm-only-packages.cjs');

module.exports = {
  displayName: 'api',
  preset: '../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esmOnlyPackages.transformIgnorePatterns,
  moduleNameMapper: esmOnlyPackages.moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../coverage/api',
};
