import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ENV, startWire, type Running } from './support/emulator'

let emu: Running
beforeAll(async () => {
  emu = await startWire() // strict: the probe filters on _id everywhere
})
afterAll(() => emu.close())

it('scripts/probe.mjs reports queries, update and transaction conflicts as JSON', async () => {
  const script = join(__dirname, '../scripts/probe.mjs')
  const { stdout } = await promisify(execFile)(process.execPath, [script, `${emu.url}/admin`, ENV], { timeout: 15_000 })
  const out = JSON.parse(stdout)
  expect(out.createCollection).toBe('created')
  expect(out.where).toEqual({
    gt: ['probe-2', 'probe-4'],
    in: ['probe-1', 'probe-3'],
    or: ['probe-2', 'probe-3'],
    regex: ['probe-1', 'probe-2'],
    date: ['probe-3', 'probe-4'],
    count: 4,
  })
  expect(out.orderSkipLimit).toEqual([{ _id: 'probe-2', n: 5 }, { _id: 'probe-3', n: 3 }])
  expect(out.updateInc.after).toMatchObject({ n: 11, tags: ['x', 'z'] })
  // The conflict answers the transaction's write; wx-server-sdk's runTransaction does not retry it.
  expect(out.transactionConflict.runTransaction).toMatchObject({ attempts: 1, error: { errCode: -501001, errMsg: expect.stringContaining('TransactionConflict') } })
  expect(out.transactionConflict.manualCommit).toEqual({ committed: false, errCode: -501001, conflict: true, final: 4 })
  expect(out.cleanup).toEqual({ removed: 4 })
  expect(emu.wire.db.collection('probe_items').count()).toBe(0)
})
