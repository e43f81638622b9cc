// ts-jest in ESM mode: the @actions/* packages are ESM-only (their `exports` have only an
// `import` condition), and jest loads ESM only with Node's --experimental-vm-modules, which
// `npm run jest` sets through NODE_OPTIONS.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // A fresh TMPDIR per run; the run fails if anything is left in it (npm test leaves no trace).
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
};
