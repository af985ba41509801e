import { realSdk, startWire, type Running } from './support/emulator'

const sdkDb = (emu: Running): any => realSdk(`${emu.url}/admin`).database()

let emu: Running
beforeAll(async () => {
  emu = await startWire({ strictIndexes: true })
  emu.wire.db.collection('items').insertMany([{ _id: 'a', category: 'x', name: 'n', owner: { id: 'u' } }])
})
afterAll(() => emu.close())

describe('strict (tests)', () => {
  it('answers a query on an unindexed field with an error naming the collection and fields', async () => {
    await expect(sdkDb(emu).collection('items').where({ name: 'n' }).get()).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('emulator: no index in database/collections.json covers items query on name'),
    })
  })

  it('checks count, multi-document update and remove, and the first $match of an aggregate', async () => {
    const coll = sdkDb(emu).collection('items')
    await expect(coll.where({ name: 'n' }).count()).rejects.toMatchObject({ errCode: -502001 })
    await expect(coll.where({ name: 'n' }).update({ data: { y: 1 } })).rejects.toMatchObject({ errCode: -502001 })
    await expect(coll.where({ name: 'n' }).remove()).rejects.toMatchObject({ errCode: -502001 })
    await expect(coll.aggregate().match({ name: 'n' }).end()).rejects.toMatchObject({ errMsg: expect.stringContaining('no index') })
    expect(emu.wire.db.collection('items').count()).toBe(1)
  })

  it('refuses an empty filter unless the collection declares "scan": true', async () => {
    await expect(sdkDb(emu).collection('items').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('empty filter') })
    await expect(sdkDb(emu).collection('bulk').get()).resolves.toMatchObject({ data: [] })
  })

  it('accepts _id, the first key of an index (dot paths too), and any field alongside one', async () => {
    const coll = sdkDb(emu).collection('items')
    const _ = sdkDb(emu).command
    await expect(coll.where({ _id: _.in(['a']) }).get()).resolves.toMatchObject({ data: [{ _id: 'a' }] })
    await expect(coll.where({ 'owner.id': 'u', name: 'n' }).get()).resolves.toMatchObject({ data: [{ _id: 'a' }] })
    await expect(coll.where({ category: _.gte('a') }).count()).resolves.toMatchObject({ total: 1 })
  })

  it('does not count the second key of a compound index, nor a negation, as covered', async () => {
    const coll = sdkDb(emu).collection('items')
    await expect(coll.where({ n: 1 }).get()).rejects.toMatchObject({ errCode: -502001 })
    await expect(coll.where({ category: sdkDb(emu).command.neq('x') }).get()).rejects.toMatchObject({ errCode: -502001 })
  })
})

describe('not strict (local development)', () => {
  it('answers the query and warns once per query shape', async () => {
    await emu.restart({ strictIndexes: false })
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const coll = sdkDb(emu).collection('items')
      await coll.where({ name: 'a' }).get()
      await coll.where({ name: 'b' }).get()
      await coll.where({ name: 'c', size: 1 }).get()
      const ours = warn.mock.calls.filter(([m]) => String(m).startsWith('emulator: no index'))
      expect(ours.map(([m]) => m)).toEqual([
        'emulator: no index in database/collections.json covers items query on name',
        'emulator: no index in database/collections.json covers items query on name, size',
      ])
    } finally {
      warn.mockRestore()
    }
  })
})
