/**
 * Fault runs (npm run test:faults): real processes against a private Redis
 * and a private PostgreSQL cluster that the test starts, stops and restarts.
 * Kept out of `npm test` (several minutes); the shared services are never touched.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }];

module.exports = {
  rootDir: '../..',
  displayName: 'faults',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault.ts'],
  transform: { '^.+\\.ts$': tsJest },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/test/support/setup-timeout.ts'],
  testTimeout: 40 * 60 * 1000,
};
