import { realSdk, startWire, type Running } from './support/emulator'
import { nodeSdk } from './support/node-sdk'

// What CloudBase answers, from the official node-sdk integration tests (see emulator/FIDELITY.md).
const CONFLICT = '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.'
const GONE = '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds.'

let emu: Running
let clockOffset = 0
let db: any
let tcbDb: any

beforeAll(async () => {
  emu = await startWire({ now: () => new Date(Date.now() + clockOffset) })
  db = realSdk(`${emu.url}/admin`).database()
  tcbDb = nodeSdk(`${emu.url}/admin`).database()
})
afterAll(() => emu.close())
beforeEach(() => {
  clockOffset = 0
  emu.wire.db.reset()
  emu.wire.db.collection('ledger').insertMany([
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ])
})

const balance = (id: string) => emu.wire.db.collection('ledger').findOne({ _id: id })?.balance

describe('write-write conflicts', () => {
  it('refuses the second transaction to write a document another open transaction wrote; the first commits', async () => {
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    await t2.collection('ledger').doc('alice').get()
    await t1.collection('ledger').doc('alice').update({ data: { balance: 1 } })
    // wx-server-sdk maps the unknown code to -501001 and keeps CloudBase's message.
    await expect(t2.collection('ledger').doc('alice').update({ data: { balance: 2 } })).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining(CONFLICT) })
    await t1.commit()
    expect(balance('alice')).toBe(1)
    await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' }) // a conflict aborts it, as MongoDB does
  })

  it('refuses a write to a document someone changed since the transaction started', async () => {
    const t = await db.startTransaction()
    await t.collection('ledger').doc('bob').get()
    await db.collection('ledger').doc('bob').update({ data: { balance: 5 } })
    await expect(t.collection('ledger').doc('bob').update({ data: { balance: 9 } })).rejects.toMatchObject({ errMsg: expect.stringContaining(CONFLICT) })
    expect(balance('bob')).toBe(5)
  })

  it('allows write skew: conflicts are between writes, not reads', async () => {
    const t1 = await db.startTransaction()
    const t2 = await db.startTransaction()
    const a = (await t1.collection('ledger').doc('alice').get()).data.balance
    const b = (await t2.collection('ledger').doc('bob').get()).data.balance
    await t1.collection('ledger').doc('bob').update({ data: { balance: a } })
    await t2.collection('ledger').doc('alice').update({ data: { balance: b } })
    await t1.commit()
    await t2.commit()
    expect([balance('alice'), balance('bob')]).toEqual([0, 100])
  })

  it('makes a write outside any transaction wait for the lock, then applies it on top of the commit', async () => {
    const t = await db.startTransaction()
    await t.collection('ledger').doc('alice').update({ data: { balance: 50 } })
    let done = false
    const outside = db.collection('ledger').doc('alice').update({ data: { balance: db.command.inc(1) } }).then(() => (done = true))
    await new Promise((r) => setTimeout(r, 50))
    expect(done).toBe(false)
    await t.commit()
    await outside
    expect(balance('alice')).toBe(51)
  })
})

describe('runTransaction', () => {
  it('retries a conflict through @cloudbase/node-sdk, whose errors keep their code', async () => {
    let attempts = 0
    const result = await tcbDb.runTransaction(async (t: any) => {
      attempts += 1
      const { data: alice } = await t.collection('ledger').doc('alice').get()
      if (attempts === 1) await tcbDb.collection('ledger').doc('alice').update({ balance: tcbDb.command.inc(5) }) // a concurrent request
      await t.collection('ledger').doc('alice').update({ balance: alice.balance - 10 })
      return alice.balance
    })
    expect([attempts, result, balance('alice')]).toEqual([2, 105, 95])
  })

  it('does not retry through wx-server-sdk, which turns the code into errCode -501001', async () => {
    let attempts = 0
    const run = db.runTransaction(async (t: any) => {
      attempts += 1
      await t.collection('ledger').doc('alice').get()
      await db.collection('ledger').doc('alice').update({ data: { balance: db.command.inc(5) } })
      await t.collection('ledger').doc('alice').update({ data: { balance: 0 } })
    })
    await expect(run).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining(CONFLICT) })
    expect([attempts, balance('alice')]).toEqual([1, 105])
  })
})

describe('a finished transaction', () => {
  it('answers DATABASE_TRANSACTION_FAIL to any use after commit', async () => {
    const t = await db.startTransaction()
    await t.commit()
    await expect(t.collection('ledger').doc('alice').set({ data: { balance: 1 } })).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining(GONE) })
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringContaining(GONE) })
  })

  it('answers DATABASE_TRANSACTION_FAIL after rollback', async () => {
    const t = await db.startTransaction()
    await t.rollback()
    await expect(t.collection('ledger').doc('alice').get()).rejects.toMatchObject({ errMsg: expect.stringContaining(GONE) })
    await expect(t.rollback()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })

  it('expires 30 s after it started: its writes never land and its locks are released', async () => {
    const t = await db.startTransaction()
    await t.collection('ledger').doc('alice').update({ data: { balance: 0 } })
    clockOffset = 30_001
    await db.collection('ledger').doc('alice').update({ data: { balance: db.command.inc(1) } }) // does not wait
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringContaining(GONE) })
    expect(balance('alice')).toBe(101)
  })
})

it('updates and returns the first match inside a transaction (updateAndReturn, @cloudbase/node-sdk only)', async () => {
  const t = await tcbDb.startTransaction()
  const res = await t.collection('ledger').where({ balance: 0 }).updateAndReturn({ balance: 3 })
  expect(res).toMatchObject({ updated: 1, doc: { _id: 'bob', balance: 3 } })
  expect(balance('bob')).toBe(0)
  await t.commit()
  expect(balance('bob')).toBe(3)
})
