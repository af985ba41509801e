// A wire in a process of its own, on a persisted data file, for tests that kill it (SIGKILL):
//   node --import tsx wire-process.ts <dataFile> [compactAfterBytes]
// Prints `READY <url>` once it answers.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createWire } from '../../src/wire'
import { ENV, FIXTURE_DB } from './emulator'

const [dataFile, compactAfter] = process.argv.slice(2)
let url = ''
const wire = createWire({
  env: ENV, databaseDir: FIXTURE_DB, dataFile, publicUrl: () => url,
  ...(compactAfter ? { compactAfterBytes: Number(compactAfter) } : {}),
})
const server = createServer((req, res) => {
  wire.handle(req, res).then(
    (handled) => handled || res.writeHead(404).end(),
    () => res.headersSent || res.writeHead(500).end(),
  )
})
server.listen(0, '127.0.0.1', () => {
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.stdout.write(`READY ${url}\n`)
})
