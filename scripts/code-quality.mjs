#!/usr/bin/env node
// WeChat's own code-quality check (miniprogram-ci checkCodeQuality, the 代码质量 panel of
// DevTools) on the repo root, offline: it needs no AppID key, only a project attribute stub.
// Prints one line per check and, with --json, the results as JSON on the last line.
// Exits 1 when a check fails. Build the weapp first (npm run build:weapp).
import path from 'path'
import { createRequire } from 'module'
import { fileURLToPath } from 'url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ci = createRequire(import.meta.url)('miniprogram-ci')

const project = new ci.Project({
  appid: 'touristappid', type: 'miniProgram', projectPath: root,
  privateKey: 'offline-check-needs-no-key', ignores: ['node_modules/**/*'],
})
// What WeChat's server would say of the AppID; the checks read only the size limits.
project.attr = async () => ({
  platform: true, appType: 0, isSandbox: false, released: false,
  setting: { MaxCodeSize: 2, MaxSubpackageSubCodeSize: 2, MaxSubpackageFullCodeSize: 20, NavigateMiniprogramLimit: 10, MaxSubPackageLimit: 100 },
})

const results = await ci.checkCodeQuality(project)
for (const r of results) console.log(`${r.success ? 'pass' : 'FAIL'}  ${r.name}${r.name === 'PACKAGE_SIZE_LIMIT' ? `  ${JSON.stringify(r.detail)}` : ''}`)
if (process.argv.includes('--json')) console.log(JSON.stringify(results.map(({ name, success, detail }) => ({ name, success, detail }))))
// The checker leaves a file watcher running: end here.
process.exit(results.length === 11 && results.every((r) => r.success) ? 0 : 1)
