import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
let db: any

const items = [
  { _id: 'i1', category: 'fruit', n: 5, name: 'Apple', tags: ['red', 'sweet'], owner: { id: 'u1', name: 'Li' }, at: new Date('2024-01-01T00:00:00Z'), lines: [{ sku: 'a', qty: 1 }] },
  { _id: 'i2', category: 'fruit', n: 12, name: 'banana', tags: ['yellow'], owner: { id: 'u2', name: 'Wang' }, at: new Date('2024-02-01T00:00:00Z'), lines: [{ sku: 'b', qty: 3 }] },
  { _id: 'i3', category: 'veg', n: 8, name: 'Cabbage', tags: ['green'], owner: { id: 'u1', name: 'Li' }, at: new Date('2024-03-01T00:00:00Z'), lines: [{ sku: 'a', qty: 9 }] },
  { _id: 'i4', category: 'veg', n: 1, name: 'apricot', tags: ['orange', 'sweet'], owner: { id: 'u3', name: 'Zhao' }, at: new Date('2024-04-01T00:00:00Z'), lines: [] },
]

beforeAll(async () => {
  emu = await startWire()
  db = realSdk(`${emu.url}/admin`).database()
  emu.wire.db.collection('items').insertMany(items)
})
afterAll(() => emu.close())

const ids = (res: { data: Array<{ _id: string }> }) => res.data.map((d) => d._id)

describe('where() with query operators', () => {
  const _ = () => db.command

  it('compares with $gt/$lte and combines fields with AND', async () => {
    expect(ids(await db.collection('items').where({ category: 'fruit', n: _().gt(6) }).get())).toEqual(['i2'])
    expect(ids(await db.collection('items').where({ category: 'veg', n: _().lte(1) }).get())).toEqual(['i4'])
  })

  it('matches $in and an $or of covered branches', async () => {
    expect(ids(await db.collection('items').where({ category: _().in(['veg']) }).get())).toEqual(['i3', 'i4'])
    const either = await db.collection('items').where(_().or([{ category: 'veg', n: _().gt(5) }, { _id: 'i1' }])).get()
    expect(ids(either).sort()).toEqual(['i1', 'i3'])
  })

  it('matches a RegExp, dropping the g flag that MongoDB does not know', async () => {
    expect(ids(await db.collection('items').where({ category: 'fruit', name: /^a/gi }).get())).toEqual(['i1'])
    expect(ids(await db.collection('items').where({ category: 'veg', name: db.RegExp({ regexp: '^ap', options: 'i' }) }).get())).toEqual(['i4'])
  })

  it('reaches nested fields through dot paths and nested objects', async () => {
    expect(ids(await db.collection('items').where({ 'owner.id': 'u1' }).get())).toEqual(['i1', 'i3'])
    expect(ids(await db.collection('items').where({ owner: { id: 'u3' } }).get())).toEqual(['i4'])
  })

  it('matches array elements with $elemMatch and plain array equality', async () => {
    const big = await db.collection('items').where({ lines: _().elemMatch({ sku: 'a', qty: _().gt(5) }) }).get()
    expect(ids(big)).toEqual(['i3'])
    expect(ids(await db.collection('items').where({ tags: 'sweet' }).get())).toEqual(['i1', 'i4'])
  })

  it('compares dates and answers them as Date objects', async () => {
    const res = await db.collection('items').where({ at: _().gte(new Date('2024-03-01T00:00:00Z')) }).get()
    expect(ids(res)).toEqual(['i3', 'i4'])
    expect(res.data[0].at).toBeInstanceOf(Date)
    expect(res.data[0].at.toISOString()).toBe('2024-03-01T00:00:00.000Z')
  })
})

describe('orderBy, skip, limit and field', () => {
  it('sorts, then skips, then limits', async () => {
    const res = await db.collection('items').where({ category: db.command.in(['fruit', 'veg']) }).orderBy('n', 'desc').skip(1).limit(2).get()
    expect(res.data.map((d: { n: number }) => d.n)).toEqual([8, 5])
  })

  it('sorts on several keys in the order given', async () => {
    const res = await db.collection('items').where({ category: db.command.in(['fruit', 'veg']) }).orderBy('category', 'asc').orderBy('n', 'asc').get()
    expect(ids(res)).toEqual(['i1', 'i2', 'i4', 'i3'])
  })

  it('projects only the requested fields, keeping _id', async () => {
    const res = await db.collection('items').where({ _id: 'i2' }).field({ name: true, 'owner.name': true }).get()
    expect(res.data).toEqual([{ _id: 'i2', name: 'banana', owner: { name: 'Wang' } }])
  })

  it('projects on doc().get() too', async () => {
    const res = await db.collection('items').doc('i1').field({ n: true }).get()
    expect(res.data).toEqual({ _id: 'i1', n: 5 })
  })
})

describe('doc().get()', () => {
  it('answers the document as an object', async () => {
    const res = await db.collection('items').doc('i3').get()
    expect(res.data).toMatchObject({ _id: 'i3', name: 'Cabbage', owner: { id: 'u1' } })
  })

  it('rejects for a missing document, as the SDK does when CloudBase answers an empty list', async () => {
    await expect(db.collection('items').doc('nope').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('does not exist') })
  })
})

describe('read limits', () => {
  beforeAll(() => {
    emu.wire.db.collection('bulk').insertMany(Array.from({ length: 1100 }, (_, i) => ({ _id: `b${String(i).padStart(4, '0')}`, i })))
  })

  it('answers 100 documents without limit()', async () => {
    expect((await db.collection('bulk').get()).data).toHaveLength(100)
  })

  it('answers at most 1000, however large the limit', async () => {
    expect((await db.collection('bulk').limit(1000).get()).data).toHaveLength(1000)
    expect((await db.collection('bulk').limit(5000).get()).data).toHaveLength(1000)
  })

  it('refuses a raw request for more than 1000 with INVALID_PARAM', async () => {
    const res = await fetch(`${emu.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'database.getDocument', collectionName: 'bulk', queryType: 'WHERE', limit: 1001 }),
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringContaining('1000') })
  })

  it('refuses a result over 1 MB with DATABASE_REQUEST_FAILED', async () => {
    emu.wire.db.collection('bulk').insertMany(Array.from({ length: 20 }, (_, i) => ({ _id: `fat${i}`, i: -1, blob: 'x'.repeat(60_000) })))
    await expect(db.collection('bulk').where({ i: -1 }).get()).rejects.toMatchObject({
      errCode: -502001,
      errMsg: expect.stringContaining('1MB'),
    })
    expect((await db.collection('bulk').where({ i: -1 }).limit(10).get()).data).toHaveLength(10)
  })
})

it('answers DATABASE_COLLECTION_NOT_EXIST for an unknown collection', async () => {
  await expect(db.collection('nowhere').where({ _id: 'x' }).get()).rejects.toMatchObject({ errCode: -502005 })
})
