// One jest run, several projects: each kind of test keeps its own environment.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } }]
const node = (displayName, testMatch, extra = {}) => ({
  displayName,
  testMatch,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  ...extra,
})
module.exports = {
  projects: [
    node('domain', ['<rootDir>/shared/**/*.test.ts']),
    node('emulator', ['<rootDir>/emulator/**/*.test.ts']),
    node('actions', ['<rootDir>/cloudfunctions/**/*.int.test.ts'], { globalSetup: '<rootDir>/test/support/global-setup.mjs' }),
    '<rootDir>/client',
    '<rootDir>/examples/hello-cloud',
    node('weapp', ['<rootDir>/test/weapp/**/*.test.ts']),
    node('security', ['<rootDir>/test/security/**/*.test.ts'], { globalSetup: '<rootDir>/test/support/global-setup.mjs', testTimeout: 180000 }),
    node('e2e', ['<rootDir>/test/e2e/**/*.e2e.test.ts'], { globalSetup: '<rootDir>/test/support/global-setup.mjs', testTimeout: 120000 }),
  ],
}
