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
  testTimeout: 60000,
};
