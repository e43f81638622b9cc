// ts-jest in ESM mode: the @actions/* packages are ESM-only (their `exports` have only an
// `import` condition), and jest loads ESM only with Node's --experimental-vm-modules, which
// `npm run jest` sets through NODE_OPTIONS.
import { availableParallelism } from 'node:os';

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
  // Jest's transform cache, kept with the project instead of the machine's temp directory, which
  // the teardown watches.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: on a 2-core runner that is one, and one
  // worker means running in band, one file at a time, while most files wait on child processes
  // (git, bwrap, the built actions). Two workers there: 8 mid-size files took 58 s instead of 86 s.
  maxWorkers: Math.max(2, availableParallelism() - 1),
};
