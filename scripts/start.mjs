#!/usr/bin/env node
// npm start: builds the functions and the H5 app (cached when unchanged), then runs the local
// emulator (its bin, emulator/bin/emulator.js) with this app's configuration: the demo
// township (emulator-app/), data in .emulator/data.json. Extra arguments go to the emulator:
//   npm start -- --fresh                  start again from the demo seed
//   npm start -- --port 9000
//   npm start -- --scale township|county  a full-size township or county, in memory
import { spawn } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'
import { buildClient, buildFunctions } from './build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const at = args.indexOf('--scale')
const scale = at >= 0 ? args.splice(at, 2)[1] : undefined
const households = { township: 17090, county: 340000 }[scale ?? '']
if (scale && !households) throw new Error(`--scale takes township or county, not ${scale}`)

console.log(`[start] functions: ${(await buildFunctions()).join(', ')}`)
buildClient('h5')
console.log('\n  诚信 Chengxin')
const child = spawn(process.execPath, [
  // Seeding at scale allocates millions of short-lived objects: a larger young generation halves its GC time.
  ...(households ? ['--max-semi-space-size=32'] : []),
  path.join(root, 'emulator/bin/emulator.js'), 'start',
  '--functions', 'cloudfunctions', '--database', 'database', '--seed', 'emulator-app/index.ts',
  '--env', 'chengxin-local', '--static', 'client/dist-h5', '--timers', '--port', '8787',
  // A county's 340,000 households in 280 villages of ordinary size, twenty townships of 14 (14
  // villages would make villages of 24,000, whose due lists exceed CloudBase's 1 MB per reply).
  ...(households ? ['--seed-param', `households=${households}`, '--seed-param', `villages=${scale === 'county' ? 280 : 14}`] : ['--data', '.emulator/data.json']),
  ...args,
], { cwd: root, stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
