// In this repository @chengxin/emulator resolves to its TypeScript source (the "source"
// export condition), which swc compiles; a project using the published package needs neither.
module.exports = {
  displayName: 'examples',
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  transformIgnorePatterns: ['/node_modules/'],
}
