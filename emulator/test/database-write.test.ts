import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
let db: any
const NOW = new Date('2025-06-01T08:00:00Z')

beforeAll(async () => {
  emu = await startWire({ now: () => NOW })
  db = realSdk(`${emu.url}/admin`).database()
})
afterAll(() => emu.close())
beforeEach(() => emu.wire.db.reset())

const stored = (id: string) => emu.wire.db.collection('items').findOne({ _id: id })

describe('add', () => {
  it('answers the generated 32-hex _id and stores the document', async () => {
    const res = await db.collection('items').add({ data: { category: 'fruit', n: 1 } })
    expect(res._id).toMatch(/^[0-9a-f]{32}$/)
    expect(stored(res._id)).toEqual({ _id: res._id, category: 'fruit', n: 1 })
  })

  it('keeps a caller-chosen _id', async () => {
    const res = await db.collection('items').add({ data: { _id: 'mine', n: 2 } })
    expect(res._id).toBe('mine')
    expect(stored('mine')).toEqual({ _id: 'mine', n: 2 })
  })

  it('inserts every document of an array sent on the wire', async () => {
    const res = await fetch(`${emu.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'database.insertDocument', collectionName: 'items', data: ['{"_id":"a1","n":{"$numberInt":"1"}}', '{"_id":"a2"}'] }),
    })
    expect(await res.json()).toMatchObject({ data: { insertedIds: ['a1', 'a2'] } })
    expect(emu.wire.db.collection('items').count()).toBe(2)
  })

  it('refuses a duplicate _id with DATABASE_REQUEST_FAILED (E11000) and keeps the original', async () => {
    await db.collection('items').add({ data: { _id: 'dup', n: 1 } })
    await expect(db.collection('items').add({ data: { _id: 'dup', n: 2 } })).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('E11000 duplicate key error'),
    })
    expect(stored('dup')).toEqual({ _id: 'dup', n: 1 })
  })

  it('substitutes db.serverDate() with the emulator clock plus offset', async () => {
    const res = await db.collection('items').add({ data: { at: db.serverDate(), later: db.serverDate({ offset: 60_000 }) } })
    const doc = stored(res._id)!
    expect(doc.at).toEqual(NOW)
    expect(doc.later).toEqual(new Date(NOW.getTime() + 60_000))
  })
})

describe('set, update, remove, count', () => {
  beforeEach(() => {
    emu.wire.db.collection('items').insertMany([
      { _id: 'd1', category: 'fruit', n: 1, tags: ['a'], owner: { id: 'u1', name: 'Li' }, list: [1, 2, 3] },
      { _id: 'd2', category: 'fruit', n: 2, tags: ['b'] },
      { _id: 'd3', category: 'veg', n: 3 },
    ])
  })

  it('set replaces the whole document and reports updated: 1', async () => {
    const res = await db.collection('items').doc('d1').set({ data: { fresh: true } })
    expect(res.stats).toEqual({ updated: 1, created: 0 })
    expect(stored('d1')).toEqual({ _id: 'd1', fresh: true })
  })

  it('set on a missing document creates it (upsert) and reports the new _id', async () => {
    const res = await db.collection('items').doc('new').set({ data: { n: 9 } })
    expect(res).toMatchObject({ _id: 'new', stats: { updated: 0, created: 1 } })
    expect(stored('new')).toEqual({ _id: 'new', n: 9 })
  })

  it('doc().update merges nested objects field by field', async () => {
    const res = await db.collection('items').doc('d1').update({ data: { owner: { name: 'Wang' }, extra: 1 } })
    expect(res.stats).toEqual({ updated: 1 })
    expect(stored('d1')).toMatchObject({ owner: { id: 'u1', name: 'Wang' }, extra: 1, n: 1 })
  })

  it('applies _.inc, _.push, _.addToSet, _.pull, _.mul, _.max, _.min, _.remove and _.set', async () => {
    const _ = db.command
    await db.collection('items').doc('d1').update({
      data: { n: _.inc(4), tags: _.push(['c', 'd']), list: _.pull(_.gt(2)), owner: _.remove(), x: _.max(7), y: _.min(-1), z: _.set({ deep: 1 }) },
    })
    await db.collection('items').doc('d1').update({ data: { tags: _.addToSet('a'), n: _.mul(10) } })
    expect(stored('d1')).toEqual({ _id: 'd1', category: 'fruit', n: 50, tags: ['a', 'c', 'd'], list: [1, 2], x: 7, y: -1, z: { deep: 1 } })
  })

  it('applies $rename, $pop and $unset sent as raw operators', async () => {
    const res = await fetch(`${emu.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'database.modifyDocument', collectionName: 'items', queryType: 'DOC', query: '{"_id":"d1"}', merge: true, multi: false,
        data: '{"$rename":{"category":"kind"},"$pop":{"list":{"$numberInt":"-1"}},"$unset":{"tags":""}}',
      }),
    })
    expect(await res.json()).toMatchObject({ data: { updated: 1 } })
    expect(stored('d1')).toEqual({ _id: 'd1', kind: 'fruit', n: 1, owner: { id: 'u1', name: 'Li' }, list: [2, 3] })
  })

  it('where().update changes every match and counts them', async () => {
    const res = await db.collection('items').where({ category: 'fruit' }).update({ data: { n: db.command.inc(1), touchedAt: db.serverDate() } })
    expect(res.stats).toEqual({ updated: 2 })
    expect(emu.wire.db.collection('items').find({ touchedAt: NOW }).map((d) => d.n)).toEqual([2, 3])
  })

  it('counts a document whose update changes nothing as not updated, like MongoDB', async () => {
    const res = await db.collection('items').doc('d3').update({ data: { n: 3 } })
    expect(res.stats).toEqual({ updated: 0 })
  })

  it('remove deletes by doc and by where, answering the number removed', async () => {
    expect((await db.collection('items').doc('d3').remove()).stats).toEqual({ removed: 1 })
    expect((await db.collection('items').where({ category: 'fruit' }).remove()).stats).toEqual({ removed: 2 })
    expect(emu.wire.db.collection('items').count()).toBe(0)
  })

  it('count answers the number of matches', async () => {
    expect(await db.collection('items').where({ category: 'fruit' }).count()).toMatchObject({ total: 2 })
  })
})

describe('collections', () => {
  it('createCollection makes an unknown collection usable, and refuses an existing one', async () => {
    await expect(db.collection('scratch').where({ _id: 'x' }).get()).rejects.toMatchObject({ errCode: -502005 })
    await db.createCollection('scratch')
    expect((await db.collection('scratch').where({ _id: 'x' }).get()).data).toEqual([])
    await expect(db.createCollection('scratch')).rejects.toMatchObject({ errMsg: expect.stringContaining('already exists') })
  })
})
