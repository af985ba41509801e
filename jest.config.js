// One jest run, several projects: each kind of test keeps its own environment.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } }]

// Each project's per-test budget (test/support/timeouts.ts explains why not `testTimeout`):
// in-process tests get 30 s, anything that runs emulated functions (the weapp journeys too)
// or a browser 180 s.
const timeout = (ms) => ({ globals: { testTimeoutMs: ms }, setupFilesAfterEnv: ['<rootDir>/test/support/timeouts.ts'] })
const emulated = { globalSetup: '<rootDir>/test/support/global-setup.mjs', ...timeout(180000) }

const node = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  ...timeout(30000),
  ...extra,
})
module.exports = {
  projects: [
    node('domain', ['<rootDir>/shared/**/*.test.ts']),
    node('emulator', ['<rootDir>/emulator/**/*.test.ts'], timeout(180000)),
    node('actions', ['<rootDir>/cloudfunctions/**/*.int.test.ts'], emulated),
    '<rootDir>/client',
    '<rootDir>/examples/hello-cloud',
    node('weapp', ['<rootDir>/test/weapp/**/*.test.ts'], emulated),
    node('security', ['<rootDir>/test/security/**/*.test.ts'], emulated),
    node('e2e', ['<rootDir>/test/e2e/**/*.e2e.test.ts'], emulated),
  ],
}
