#!/usr/bin/env node
// npm start: builds the functions and the H5 app (cached when unchanged), then runs the local
// emulator with demo data and prints the address. Extra arguments go to the emulator:
//   npm start -- --fresh        start again from the demo seed
//   npm start -- --port 9000
import { spawn } from 'child_process'
import path from 'path'
import { fileURLToPath } from 'url'
import { buildClient, buildFunctions } from './build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
console.log(`[start] functions: ${(await buildFunctions()).join(', ')}`)
buildClient('h5')
const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'emulator/src/cli.ts'), ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit',
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
