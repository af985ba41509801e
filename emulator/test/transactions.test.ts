import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let db: any

beforeAll(async () => {
  emu = await startWire()
  db = realSdk(`${emu.url}/admin`).database()
})
afterAll(() => emu.close())
beforeEach(() => {
  emu.wire.db.reset()
  emu.wire.db.collection('ledger').insertMany([
    { _id: 'alice', balance: 100 },
    { _id: 'bob', balance: 0 },
  ])
})

const balance = (id: string) => emu.wire.db.collection('ledger').findOne({ _id: id })?.balance

it('commits every write of runTransaction together', async () => {
  const result = await db.runTransaction(async (t: any) => {
    const { data: alice } = await t.collection('ledger').doc('alice').get()
    await t.collection('ledger').doc('alice').update({ data: { balance: alice.balance - 30 } })
    await t.collection('ledger').doc('bob').update({ data: { balance: db.command.inc(30) } })
    await t.collection('ledger').add({ data: { _id: 'entry-1', amount: 30 } })
    return 'moved'
  })
  expect(result).toBe('moved')
  expect([balance('alice'), balance('bob')]).toEqual([70, 30])
  expect(emu.wire.db.collection('ledger').findOne({ _id: 'entry-1' })).toEqual({ _id: 'entry-1', amount: 30 })
})

it('isolates buffered writes until commit', async () => {
  const t = await db.startTransaction()
  await t.collection('ledger').doc('alice').update({ data: { balance: 1 } })
  await t.collection('ledger').doc('carol').set({ data: { balance: 5 } })
  expect((await t.collection('ledger').doc('alice').get()).data.balance).toBe(1) // the transaction sees its own write
  expect(balance('alice')).toBe(100) // nobody else does
  expect((await db.collection('ledger').doc('alice').get()).data.balance).toBe(100)
  await t.commit()
  expect([balance('alice'), balance('carol')]).toEqual([1, 5])
})

it('rollback() discards every buffered write', async () => {
  const t = await db.startTransaction()
  await t.collection('ledger').doc('alice').update({ data: { balance: 0 } })
  await t.collection('ledger').doc('bob').remove()
  await t.rollback()
  expect([balance('alice'), balance('bob')]).toEqual([100, 0])
})

it('leaves nothing behind when the runTransaction callback throws', async () => {
  await expect(
    db.runTransaction(async (t: any) => {
      await t.collection('ledger').doc('alice').update({ data: { balance: 0 } })
      await t.collection('ledger').add({ data: { _id: 'entry-x' } })
      throw new Error('SLOT_FULL')
    }),
  ).rejects.toThrow('SLOT_FULL')
  expect(balance('alice')).toBe(100)
  expect(emu.wire.db.collection('ledger').count({ _id: 'entry-x' })).toBe(0)
})

it('answers DATABASE_TRANSACTION_CONFLICT at commit when someone else wrote, and runTransaction retries to success', async () => {
  let attempts = 0
  const result = await db.runTransaction(async (t: any) => {
    attempts += 1
    const { data: alice } = await t.collection('ledger').doc('alice').get()
    if (attempts === 1) await db.collection('ledger').doc('alice').update({ data: { balance: db.command.inc(5) } }) // a concurrent request
    await t.collection('ledger').doc('alice').update({ data: { balance: alice.balance - 10 } })
    return alice.balance
  })
  expect(attempts).toBe(2)
  expect(result).toBe(105) // the retry read the concurrent write
  expect(balance('alice')).toBe(95)
})

it('discards a conflicted transaction: its writes never land', async () => {
  const t = await db.startTransaction()
  await t.collection('ledger').doc('bob').get()
  await t.collection('ledger').doc('alice').update({ data: { balance: 0 } })
  emu.wire.db.collection('ledger').remove({ _id: 'bob' })
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
  expect(balance('alice')).toBe(100)
  await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_REQUEST_FAILED' }) // already gone
})

it('refuses a where() query inside a transaction: CloudBase transactions address documents by id', async () => {
  const t = await db.startTransaction()
  await expect(t.collection('ledger').where({ balance: 0 }).get()).rejects.toMatchObject({ errCode: -502001, errMsg: expect.stringContaining('by _id') })
  await t.rollback()
})

it('refuses a duplicate _id added inside a transaction', async () => {
  const t = await db.startTransaction()
  await expect(t.collection('ledger').add({ data: { _id: 'alice' } })).rejects.toMatchObject({ message: expect.stringContaining('E11000') })
  await t.rollback()
})
