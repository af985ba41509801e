// Component tests: React Testing Library against small mocks of @tarojs/components and
// @tarojs/taro (the real runtime needs a mini-program host). Run from the repo root:
//   npx jest --selectProjects client
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } } }]

module.exports = {
  displayName: 'client',
  rootDir: __dirname,
  // The fakes' own tests sit beside them (test-mocks/fake-checkup.test.ts).
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)', '<rootDir>/test-mocks/**/*.test.ts'],
  testEnvironment: 'jsdom',
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  // The root jest.config.js's per-project timeout, applied the same way (see that file).
  globals: { testTimeoutMs: 30000 },
  setupFilesAfterEnv: ['<rootDir>/../test/support/timeouts.ts', '<rootDir>/test-mocks/setup.ts'],
  moduleNameMapper: {
    '^@tarojs/components$': '<rootDir>/test-mocks/components.tsx',
    '^@tarojs/taro$': '<rootDir>/test-mocks/taro.ts',
    '\\.(css|scss|less)$': '<rootDir>/test-mocks/style.js',
    '\\.(png|jpe?g|svg)$': '<rootDir>/test-mocks/file.js',
  },
}
