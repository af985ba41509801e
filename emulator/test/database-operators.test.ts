import { realSdk, startWire, type Running } from './support/emulator'

// The operator set @cloudbase/database 1.4.3 exposes (command.js), each driven through wx-server-sdk.
let emu: Running
let db: any
let _: any

const orders = () => [
  { _id: 'o1', n: 7, flags: 5, tags: ['a', 'b'], lines: [{ sku: 'x', qty: 1 }, { sku: 'y', qty: 4 }], note: 'Rice 5kg', at: new Date('2024-03-04T05:06:07Z') },
  { _id: 'o2', n: 2, flags: 2, tags: ['b'], lines: [{ sku: 'y', qty: 9 }], note: 'oil', at: new Date('2024-12-30T23:00:00Z') },
  { _id: 'o3', n: 12, tags: [], lines: [], at: new Date('2025-01-01T00:00:00Z') },
]

beforeAll(async () => {
  emu = await startWire()
  db = realSdk(`${emu.url}/admin`).database()
  _ = db.command
})
afterAll(() => emu.close())
beforeEach(() => {
  emu.wire.db.reset()
  emu.wire.db.collection('ops').insertMany(orders())
})

const ids = async (q: any) => (await q.get()).data.map((d: { _id: string }) => d._id).sort()
const items = () => db.collection('ops')
const stored = (id: string) => emu.wire.db.collection('ops').findOne({ _id: id })

describe('query operators', () => {
  it('neq, nin, exists, size, mod, all and not', async () => {
    expect(await ids(items().where({ _id: _.in(['o1', 'o2', 'o3']), n: _.neq(7) }))).toEqual(['o2', 'o3'])
    expect(await ids(items().where({ _id: _.nin(['o1']) }))).toEqual(['o2', 'o3'])
    expect(await ids(items().where({ _id: _.exists(true), note: _.exists(false) }))).toEqual(['o3'])
    expect(await ids(items().where({ _id: _.exists(true), tags: _.size(1) }))).toEqual(['o2'])
    expect(await ids(items().where({ _id: _.exists(true), n: _.mod([5, 2]) }))).toEqual(['o1', 'o2', 'o3'])
    expect(await ids(items().where({ _id: _.exists(true), tags: _.all(['a', 'b']) }))).toEqual(['o1'])
    expect(await ids(items().where({ _id: _.exists(true), n: _.not(_.gt(5)) }))).toEqual(['o2'])
  })

  it('reaches into arrays of embedded documents by dot path, index and elemMatch', async () => {
    expect(await ids(items().where({ 'lines.sku': 'y' }))).toEqual(['o1', 'o2'])
    expect(await ids(items().where({ _id: _.exists(true), 'lines.1.qty': 4 }))).toEqual(['o1'])
    expect(await ids(items().where({ lines: _.elemMatch({ sku: 'y', qty: _.gt(5) }) }))).toEqual(['o2'])
  })

  it('nor, and of or, and $expr with aggregation operators', async () => {
    expect(await ids(items().where(_.nor([{ _id: 'o1' }, { _id: 'o2' }])))).toEqual(['o3'])
    const $ = _.aggregate
    expect(await ids(items().where(_.expr($.gt([$.size('$lines'), 1]))))).toEqual(['o1'])
  })

  it('matches $jsonSchema with MongoDB bsonType keywords', async () => {
    const schema = { required: ['note'], properties: { note: { bsonType: 'string' }, at: { bsonType: 'date' }, n: { bsonType: 'int', minimum: 5 } } }
    expect(await ids(items().where(_.jsonSchema(schema)))).toEqual(['o1'])
  })
})

describe('update operators', () => {
  it('inc, mul, min, max, rename, remove and bit', async () => {
    await items().doc('o1').update({ data: { n: _.inc(1), flags: _.bit({ and: 4 }), note: _.remove(), tags: _.set(['z']) } })
    await items().doc('o2').update({ data: { n: _.mul(3), flags: _.max(9) } })
    await items().doc('o3').update({ data: { n: _.min(1), lines: _.rename('rows') } })
    expect(stored('o1')).toMatchObject({ n: 8, flags: 4, tags: ['z'] })
    expect(stored('o1')).not.toHaveProperty('note')
    expect(stored('o2')).toMatchObject({ n: 6, flags: 9 })
    expect(stored('o3')).toMatchObject({ n: 1, rows: [] })
  })

  it('push with modifiers, pop, shift, unshift, pull, pullAll and addToSet', async () => {
    await items().doc('o1').update({ data: { tags: _.push({ each: ['c', 'a0'], sort: 1, slice: 3 }) } })
    expect(stored('o1')?.tags).toEqual(['a', 'a0', 'b'])
    await items().doc('o1').update({ data: { tags: _.pop() } })
    await items().doc('o2').update({ data: { tags: _.unshift(['first']) } })
    await items().doc('o3').update({ data: { tags: _.addToSet({ $each: ['k', 'k', 'm'] }) } })
    expect([stored('o1')?.tags, stored('o2')?.tags, stored('o3')?.tags]).toEqual([['a', 'a0'], ['first', 'b'], ['k', 'm']])
    await items().doc('o2').update({ data: { tags: _.shift() } })
    await items().doc('o1').update({ data: { lines: _.pull({ qty: _.gt(2) }), tags: _.pullAll(['a']) } })
    expect([stored('o1')?.lines, stored('o1')?.tags, stored('o2')?.tags]).toEqual([[{ sku: 'x', qty: 1 }], ['a0'], ['b']])
  })

  it('updates the matched array element with the positional $ and every element with $[]', async () => {
    await items().where({ _id: 'o1', 'lines.sku': 'y' }).update({ data: { 'lines.$.qty': _.inc(10) } })
    expect(stored('o1')?.lines).toEqual([{ sku: 'x', qty: 1 }, { sku: 'y', qty: 14 }])
    await items().doc('o1').update({ data: { 'lines.$[].qty': 0 } })
    expect(stored('o1')?.lines).toEqual([{ sku: 'x', qty: 0 }, { sku: 'y', qty: 0 }])
  })
})

describe('projection operators', () => {
  it('slices arrays, keeps the first matching element and excludes fields', async () => {
    const res = await items().where({ _id: 'o1' }).field({ tags: _.project.slice(1), lines: _.project.elemMatch({ qty: { $gt: 2 } }), n: true }).get()
    expect(res.data).toEqual([{ _id: 'o1', n: 7, tags: ['a'], lines: [{ sku: 'y', qty: 4 }] }])
    const without = await items().doc('o2').field({ lines: false, at: false, tags: false }).get()
    expect(without.data).toEqual({ _id: 'o2', n: 2, flags: 2, note: 'oil' })
  })
})

describe('aggregation expression operators', () => {
  it('string operators', async () => {
    const $ = _.aggregate
    const res = await items().aggregate().match({ _id: 'o1' }).project({
      _id: 0,
      upper: $.toUpper('$note'),
      joined: $.concat(['$note', '/', '$_id']),
      part: $.substrCP(['$note', 0, 4]),
      words: $.split(['$note', ' ']),
      len: $.strLenCP('$note'),
      at: $.indexOfCP(['$note', '5']),
      cmp: $.strcasecmp(['$note', 'RICE 5KG']),
    }).end()
    expect(res.list).toEqual([{ upper: 'RICE 5KG', joined: 'Rice 5kg/o1', part: 'Rice', words: ['Rice', '5kg'], len: 8, at: 5, cmp: 0 }])
  })

  it('date operators, with time zones', async () => {
    const $ = _.aggregate
    const res = await items().aggregate().match({ _id: 'o2' }).project({
      _id: 0,
      day: $.dateToString({ date: '$at', format: '%Y-%m-%d', timezone: 'Asia/Shanghai' }),
      year: $.year('$at'),
      isoWeek: $.isoWeek('$at'),
      dow: $.dayOfWeek('$at'),
      parsed: $.dateFromString({ dateString: '2024-05-06T07:08:09Z' }),
      built: $.dateFromParts({ year: 2024, month: 2, day: 29 }),
    }).end()
    expect(res.list).toEqual([{ day: '2024-12-31', year: 2024, isoWeek: 1, dow: 2, parsed: new Date('2024-05-06T07:08:09Z'), built: new Date('2024-02-29T00:00:00Z') }])
  })

  it('bucket, sortByCount, replaceRoot and unwind with options', async () => {
    const res = await items().aggregate().match({ _id: _.exists(true) })
      .unwind({ path: '$tags', includeArrayIndex: 'i', preserveNullAndEmptyArrays: true })
      .sortByCount('$tags')
      .end()
    expect(res.list).toEqual([{ _id: 'b', count: 2 }, { _id: null, count: 1 }, { _id: 'a', count: 1 }].sort((a, b) => b.count - a.count || String(a._id).localeCompare(String(b._id))))
    const buckets = await items().aggregate().match({ _id: _.exists(true) }).bucket({ groupBy: '$n', boundaries: [0, 5, 10, 20], output: { ids: _.aggregate.push('$_id') } }).end()
    expect(buckets.list).toEqual([{ _id: 0, ids: ['o2'] }, { _id: 5, ids: ['o1'] }, { _id: 10, ids: ['o3'] }])
  })
})
