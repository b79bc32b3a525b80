const nxPreset = require('@nx/jest/preset').default;

// The first test of a suite also compiles the components it renders; on a busy 2-core machine
// that alone can pass the 5 s default.
module.exports = { ...nxPreset, testTimeout: 15_000 };
