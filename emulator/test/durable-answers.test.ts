import { mkdtempSync, rmSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { EJSON } from 'bson'
import { createWire, type Wire } from '../src/wire'
import { ejson } from './support/admin-http'
import { ENV, FIXTURE_DB } from './support/emulator'

// An answer never outlives what it saw: a request that finds its work already done by another
// request's write (an identical update, answered `updated: 0`), or reads that write, is answered
// only once that write is on disk. The kill -9 test (durability.test.ts) lost such
// acknowledged no-op updates about one run in four: the twin's write was still in the journal's
// queue when the no-op was answered, and the kill took it. Here the journal's fsync is held
// shut, so what is answered before it opens is decided by the code, not by timing.

const dir = mkdtempSync(join(tmpdir(), 'emulator-answers-'))
const dataFile = join(dir, 'data.json')

type Proto = { datasync(this: unknown): Promise<void> }
let proto: Proto
let realDatasync: Proto['datasync']
let gate: Promise<void> = Promise.resolve()
let openGate = () => {}
const closeGate = () => void (gate = new Promise<void>((resolve) => (openGate = resolve)))

beforeAll(async () => {
  const probe = await open(join(dir, 'probe'), 'w')
  proto = Object.getPrototypeOf(probe) as Proto
  await probe.close()
  realDatasync = proto.datasync
  proto.datasync = function (this: unknown) {
    return gate.then(() => realDatasync.call(this))
  }
})
afterAll(() => {
  proto.datasync = realDatasync
  rmSync(dir, { recursive: true, force: true })
})

/** One POST to /admin handed to the wire directly; `answer` is set when it is answered. */
function post(wire: Wire, params: Record<string, unknown>) {
  const req = Object.assign(Readable.from([Buffer.from(JSON.stringify(params))]), {
    url: '/admin', method: 'POST', headers: { 'content-type': 'application/json' },
  })
  const out: { answer?: Record<string, unknown>; done: Promise<boolean> } = { done: Promise.resolve(false) }
  const res = {
    headersSent: false,
    writeHead() {
      return res
    },
    end(text: string) {
      out.answer = JSON.parse(text) as Record<string, unknown>
    },
    destroy() {},
  }
  out.done = wire.handle(req as unknown as IncomingMessage, res as unknown as ServerResponse)
  return out
}

const setTouched = { action: 'database.modifyDocument', collectionName: 'items', queryType: 'DOC', query: ejson({ _id: 'x' }), data: ejson({ $set: { touched: 1 } }), merge: true, multi: false }
const readX = { action: 'database.getDocument', collectionName: 'items', queryType: 'DOC', query: ejson({ _id: 'x' }), limit: 1 }
const listOf = (answer: Record<string, unknown> | undefined) => ((answer?.data as { list?: string[] })?.list ?? []).map((s) => EJSON.parse(s, { relaxed: true }))
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
/** Waits (by state, not time) until the wire has taken in `n` database requests. */
async function taken(wire: Wire, n: number): Promise<void> {
  while (wire.stats.total() < n) await turn()
  await turn() // and run everything the last one does without waiting on the disk
}

it('answers a no-op update and a read that depend on a write still being journaled only once it is on disk', async () => {
  const wire = createWire({ env: ENV, databaseDir: FIXTURE_DB, dataFile, publicUrl: () => 'http://127.0.0.1:9' })
  const insert = post(wire, { action: 'database.insertDocument', collectionName: 'items', data: [ejson({ _id: 'x', n: 1 })] })
  await insert.done
  expect(insert.answer).toEqual(expect.objectContaining({ data: { insertedIds: ['x'] } }))

  closeGate()
  const first = post(wire, setTouched)
  await taken(wire, 2)
  expect(wire.db.get('items', 'x')).toEqual({ _id: 'x', n: 1, touched: 1 }) // applied, not yet durable
  const twin = post(wire, setTouched)
  const read = post(wire, readX)
  await taken(wire, 4)
  expect([first.answer, twin.answer, read.answer]).toEqual([undefined, undefined, undefined])

  openGate()
  await Promise.all([first.done, twin.done, read.done])
  expect(first.answer).toEqual(expect.objectContaining({ data: { updated: 1 } }))
  expect(twin.answer).toEqual(expect.objectContaining({ data: { updated: 0 } }))
  expect(listOf(read.answer)).toEqual([{ _id: 'x', n: 1, touched: 1 }])

  // Nothing waiting on the disk: a read is answered at once.
  closeGate()
  const calm = post(wire, readX)
  await taken(wire, 5)
  expect(listOf(calm.answer)).toEqual([{ _id: 'x', n: 1, touched: 1 }])
  openGate()
  await wire.flush()
})
