#!/usr/bin/env node
// npm test: builds what the tests run (functions, weapp and H5, cached when unchanged), lints,
// then every jest project. Browser journeys need Chromium: under CI (CI=true) a missing browser
// fails the run; elsewhere the run says so plainly and runs everything else.
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import { fileURLToPath } from 'url'
import { buildClient, buildFunctions } from './build.mjs'
import chromium from './chromium.cjs'
const { chromiumPath } = chromium

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const ci = /^(1|true)$/i.test(process.env.CI ?? '')
const passthrough = process.argv.slice(2)

console.log(`[test] functions: ${(await buildFunctions()).join(', ')}`)
buildClient('weapp')
buildClient('h5')

// Lint first: quick (cached, not type-aware), and a finding fails the run like a test.
const lint = spawnSync(process.execPath, [
  path.join(root, 'node_modules/eslint/bin/eslint.js'), '--cache', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings', '0', '.',
], { cwd: root, stdio: 'inherit' })
if (lint.status !== 0) {
  console.error('[test] ESLint found problems (npm run lint): fix them first.')
  process.exit(1)
}
console.log('[test] lint: clean')

const projects = ['domain', 'emulator', 'examples', 'actions', 'security', 'client', 'weapp', 'e2e']
if (!chromiumPath()) {
  if (ci) {
    console.error('[test] Chromium is not installed (/usr/bin/chromium): CI must run the browser journeys. Install it with: apt-get install -y chromium')
    process.exit(1)
  }
  console.warn('\n[test] Chromium is not installed, so the browser journeys (test/e2e) are NOT run.')
  console.warn('[test] Install it with `sudo apt-get install -y chromium` to run them; CI always does.\n')
  projects.splice(projects.indexOf('e2e'), 1)
}

const report = path.join(os.tmpdir(), `chengxin-jest-${process.pid}.json`)
const jest = spawnSync(process.execPath, [
  path.join(root, 'node_modules/jest/bin/jest.js'), '--maxWorkers=2', '--json', `--outputFile=${report}`,
  ...projects.flatMap((p) => ['--selectProjects', p]), ...passthrough,
], { cwd: root, stdio: 'inherit' })

if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'))
  fs.rmSync(report)
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed${r.numPendingTests ? `, ${r.numPendingTests} skipped` : ''}`)
  if (r.numTotalTests === 0) process.exit(1)
}
process.exit(jest.status ?? 1)
