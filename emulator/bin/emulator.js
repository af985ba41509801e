#!/usr/bin/env node
// The published package runs its build (dist/); a checkout without one runs the TypeScript
// source through tsx, so `emulator start` works in this repo without a build step.
const fs = require('fs')
const path = require('path')

const dist = path.join(__dirname, '../dist/cli.js')
if (fs.existsSync(dist)) require(dist)
else {
  require('tsx/cjs')
  require('../src/cli.ts')
}
