import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
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

it('reads the database as of its start: no read skew', async () => {
  const t = await db.startTransaction()
  await t.collection('ledger').doc('alice').get()
  await db.collection('ledger').doc('alice').update({ data: { balance: 1 } })
  await db.collection('ledger').doc('bob').update({ data: { balance: 2 } }) // never read by t before this write
  expect((await t.collection('ledger').doc('alice').get()).data.balance).toBe(100)
  expect((await t.collection('ledger').doc('bob').get()).data.balance).toBe(0)
  await t.rollback()
})

it('answers where() inside a transaction over its snapshot and own writes, as the server does, noting the divergence in strict mode', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
  const t = await db.startTransaction()
  await t.collection('ledger').add({ data: [{ _id: 'e1', balance: 7 }, { _id: 'e2', balance: 7 }] })
  emu.wire.db.collection('ledger').insertOne({ _id: 'late', balance: 7 }) // after t started: not in its snapshot
  const res = await t.collection('ledger').where({ balance: 7 }).get()
  expect(res.data.map((d: { _id: string }) => d._id)).toEqual(['e1', 'e2'])
  await t.rollback()
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("WeChat's documentation"))
  warn.mockRestore()
})
it('refuses a duplicate _id added inside a transaction', async () => {
  const t = await db.startTransaction()
  await expect(t.collection('ledger').add({ data: { _id: 'alice' } })).rejects.toMatchObject({ message: expect.stringContaining('E11000') })
  await t.rollback()
})
