module.exports = {
  displayName: 'web-review',
  preset: '../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../coverage/libs/web/review',
  // .svg files (the icons) become their markup as a string, like the build's "text" loader.
  transform: {
    '^.+\\.(ts|mjs|js|html|svg)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  // @jsverse/utils ships ESM as index.esm.js, so it is transformed like the .mjs packages;
  // the icon SVGs come from @material-symbols/svg-400.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/|@material-symbols/svg-400/))'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
