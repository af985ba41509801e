import fc from 'fast-check'
import { Query } from 'mingo'
import type { Catalog } from '../src/db/catalog'
import { Database } from '../src/db/database'
import type { Doc } from '../src/db/ejson'
import { realSdk, startWire, type Running } from './support/emulator'

// Indexes only narrow: whatever the documents and the query, the candidates an index
// finds, filtered by mingo, are exactly what a scan filtered by mingo gives, in order.
const catalog: Catalog = new Map([
  ['things', {
    indexes: [
      { name: 'kind_n', keys: [{ field: 'kind', direction: 1 as const }, { field: 'n', direction: -1 as const }] },
      { name: 'tags', keys: [{ field: 'tags', direction: 1 as const }] },
      { name: 'owner_at', keys: [{ field: 'owner.id', direction: 1 as const }, { field: 'at', direction: 1 as const }] },
    ],
  }],
])

const day = (d: number) => new Date(Date.UTC(2026, 0, d))
const scalar = fc.oneof(fc.constantFrom('a', 'b', 'c', '1'), fc.integer({ min: 0, max: 4 }), fc.constant(null), fc.boolean(), fc.integer({ min: 1, max: 4 }).map(day))
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.record({ x: scalar }, { noNullPrototype: true }), fc.array(fc.record({ x: scalar }, { noNullPrototype: true }), { maxLength: 2 }))
const field = fc.constantFrom('kind', 'n', 'tags', 'owner.id', 'at')
const ownerValue = fc.oneof(fc.record({ id: value }, { requiredKeys: [], noNullPrototype: true }), fc.array(fc.record({ id: scalar }, { noNullPrototype: true }), { maxLength: 2 }), scalar)
const doc = fc.record({ kind: value, n: value, tags: value, owner: ownerValue, at: value }, { requiredKeys: [], noNullPrototype: true })

const condition: fc.Arbitrary<unknown> = fc.oneof(
  scalar,
  scalar.map(($eq) => ({ $eq })),
  fc.array(scalar, { maxLength: 3 }).map(($in) => ({ $in })),
  fc.tuple(fc.constantFrom('$gt', '$gte', '$lt', '$lte'), scalar).map(([op, v]) => ({ [op]: v })),
  fc.tuple(scalar, scalar).map(([lo, hi]) => ({ $gte: lo, $lt: hi })),
  fc.tuple(scalar, fc.array(scalar, { maxLength: 2 })).map(([v, nin]) => ({ $ne: v, $nin: nin })),
  fc.boolean().map(($exists) => ({ $exists })),
  fc.constant(/^a/),
  fc.array(scalar, { maxLength: 2 }),
)
const clause = fc.dictionary(field, condition, { maxKeys: 3, noNullPrototype: true })
const query: fc.Arbitrary<Doc> = fc.oneof(
  clause,
  fc.tuple(clause, fc.array(clause, { minLength: 1, maxLength: 3 })).map(([c, $or]) => ({ ...c, $or })),
  fc.array(clause, { minLength: 1, maxLength: 3 }).map(($and) => ({ $and })),
)
const change = fc.oneof(
  fc.tuple(fc.constant('put' as const), fc.integer({ min: 0, max: 29 }), doc),
  fc.tuple(fc.constant('remove' as const), fc.integer({ min: 0, max: 29 })),
)

function scanIds(db: Database, q: Doc, coll = 'things'): string[] {
  const query = new Query(q, {})
  return db.docs(coll).filter((d) => query.test(d)).map((d) => d._id)
}
function indexedIds(db: Database, q: Doc, coll = 'things'): string[] {
  const query = new Query(q, {})
  return db.find(coll, q).filter((d) => query.test(d)).map((d) => d._id)
}

describe('indexes answer exactly as a scan', () => {
  it('for any documents and any query', () => {
    fc.assert(fc.property(fc.array(doc, { maxLength: 40 }), fc.array(query, { minLength: 1, maxLength: 8 }), (docs, queries) => {
      const db = new Database(catalog)
      db.collection('things').insertMany(docs.map((d, i) => ({ _id: `t${i}`, ...d })))
      for (const q of queries) expect(indexedIds(db, q)).toEqual(scanIds(db, q))
    }), { numRuns: 300 })
  })

  it('after any sequence of inserts, updates (indexed fields changed) and removes', () => {
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 60 }), fc.array(query, { minLength: 1, maxLength: 6 }), (changes, queries) => {
      const db = new Database(catalog)
      for (const c of changes) db.put('things', `t${c[1]}`, c[0] === 'put' ? { _id: `t${c[1]}`, ...c[2] } : undefined)
      for (const q of queries) expect(indexedIds(db, q)).toEqual(scanIds(db, q))
      // A load (restart) and a reset rebuild the same answers.
      const again = new Database(catalog)
      again.load(db.dump(), [])
      for (const q of queries) expect(indexedIds(again, q)).toEqual(scanIds(db, q))
      db.reset()
      for (const q of queries) expect(indexedIds(db, q)).toEqual([])
    }), { numRuns: 300 })
  })

  it('when seeded in bulk (indexes built at the first query), with writes before and after that query', () => {
    fc.assert(fc.property(fc.array(doc, { maxLength: 30 }), fc.array(change, { maxLength: 20 }), fc.array(change, { maxLength: 20 }), fc.array(query, { minLength: 1, maxLength: 6 }), (docs, early, late, queries) => {
      const db = new Database(catalog)
      db.collection('things').adopt(docs.map((d, i) => ({ _id: `t${i}`, ...d })))
      const apply = (changes: typeof early) => {
        for (const c of changes) db.put('things', `t${c[1]}`, c[0] === 'put' ? { _id: `t${c[1]}`, ...c[2] } : undefined)
      }
      apply(early) // written while the indexes are not built yet
      for (const q of queries) expect(indexedIds(db, q)).toEqual(scanIds(db, q))
      apply(late) // and once they are
      for (const q of queries) expect(indexedIds(db, q)).toEqual(scanIds(db, q))
    }), { numRuns: 300 })
  })
})

describe('an indexed query examines only its candidates (real wx-server-sdk)', () => {
  let emu: Running
  let db: any
  const N = 3000
  const examined = async (run: () => Promise<unknown>) => {
    const before = emu.wire.db.counters.examined
    await run()
    return emu.wire.db.counters.examined - before
  }

  beforeAll(async () => {
    emu = await startWire()
    db = realSdk(`${emu.url}/admin`).database()
    emu.wire.db.collection('items').insertMany(Array.from({ length: N }, (_, i) => ({
      _id: `i${i}`, category: `c${i % 100}`, n: i % 7, owner: { id: `u${i % 300}` }, tags: [`t${i % 5}`, `x${i % 11}`], at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    })))
  })
  afterAll(() => emu.close())

  it('reads one document by _id from one candidate', async () => {
    expect(await examined(() => db.collection('items').doc('i42').get())).toBe(1)
    expect(await examined(() => db.collection('items').where({ _id: db.command.in(['i1', 'i2', 'nope']) }).get())).toBe(2)
  })

  it('counts, reads, sorts and aggregates from the leading key of an index', async () => {
    const _ = db.command
    expect(await examined(async () => expect((await db.collection('items').where({ category: 'c7' }).count()).total).toBe(30))).toBe(30)
    expect(await examined(async () => {
      const res = await db.collection('items').where({ category: _.in(['c1', 'c2']), n: _.gte(3) }).orderBy('n', 'desc').get()
      expect(res.data.map((d: Doc) => d.n)).toEqual([...res.data.map((d: Doc) => d.n)].sort().reverse())
    })).toBeLessThanOrEqual(60)
    expect(await examined(() => db.collection('items').where({ 'owner.id': 'u5' }).get())).toBe(10)
    expect(await examined(() => db.collection('items').where({ tags: 'x3' }).count())).toBe(273)
    expect(await examined(() => db.collection('items').where({ at: _.lt(new Date(Date.UTC(2026, 0, 1) + 10 * 60_000)) }).get())).toBe(10)
    expect(await examined(() => db.collection('items').aggregate().match({ category: 'c3' }).group({ _id: '$n', k: { $sum: 1 } }).end())).toBe(30)
    expect(await examined(() => db.collection('items').where(_.or([{ category: 'c1' }, { _id: 'i2' }])).get())).toBe(31)
  })

  it('finds the documents of a $lookup through its index', async () => {
    const out = await examined(async () => {
      const res = await db.collection('items').aggregate().match({ _id: 'i5' })
        .lookup({ from: 'items', let: { c: '$category' }, pipeline: [{ $match: { n: 5 } }, { $match: { $expr: { $eq: ['$category', '$$c'] } } }], as: 'same' }).end()
      expect(res.list[0].same.map((d: Doc) => d._id)).toEqual(['i5', 'i705', 'i1405', 'i2105', 'i2805'].filter((id) => Number(id.slice(1)) % 7 === 5))
    })
    expect(out).toBeLessThanOrEqual(1 + 30)
  })

  it('updates and removes through the index, and keeps it when an indexed field changes', async () => {
    const _ = db.command
    expect(await examined(async () => expect((await db.collection('items').where({ category: 'c9' }).update({ data: { category: 'moved' } })).stats.updated).toBe(30))).toBe(30)
    expect((await db.collection('items').where({ category: 'c9' }).count()).total).toBe(0)
    expect((await db.collection('items').where({ category: 'moved' }).get()).data.map((d: Doc) => d._id)).toEqual(
      Array.from({ length: 30 }, (_, k) => `i${9 + k * 100}`),
    )
    const low = Array.from({ length: 30 }, (_, k) => 9 + k * 100).filter((i) => i % 7 < 3).length
    expect(await examined(async () => expect((await db.collection('items').where({ category: 'moved', n: _.lt(3) }).remove()).stats.removed).toBe(low))).toBe(low) // category, then n, down the compound index
    expect((await db.collection('items').where({ category: 'moved' }).count()).total).toBe(30 - low)
    await db.collection('items').doc('i18').remove()
    expect((await db.collection('items').where({ category: 'c18' }).count()).total).toBe(29)
  })

  it('scans when no index has the query\'s leading field', async () => {
    expect(await examined(() => db.collection('bulk').where({ whatever: 1 }).get())).toBe(0) // empty collection
    const scans = emu.wire.db.counters.scans
    await db.collection('items').where({ category: /^c1/ }).count() // a regex: covered (guard), but not narrowed here
    expect(emu.wire.db.counters.scans).toBe(scans + 1)
  })
})

describe('choosing among indexes', () => {
  const bookings: Catalog = new Map([
    ['bookings', {
      indexes: [
        { name: 'status_at', keys: [{ field: 'status', direction: 1 as const }, { field: 'at', direction: 1 as const }] },
        { name: 'village_day', keys: [{ field: 'villageId', direction: 1 as const }, { field: 'day', direction: 1 as const }] },
      ],
    }],
  ])
  const seeded = () => {
    const db = new Database(bookings)
    db.collection('bookings').adopt(Array.from({ length: 4000 }, (_, i) => ({
      _id: `b${i}`, villageId: `v${i % 100}`, day: `2026-0${1 + (i % 9)}-01`, status: i % 50 ? 'attended' : 'booked', at: i,
    })))
    return db
  }

  it('takes the candidates of the index the query constrains most, without walking a broad one', () => {
    const db = seeded()
    const q = { villageId: 'v7', day: { $gte: '2026-01-01', $lte: '2026-12-31' }, status: { $in: ['booked', 'attended'] } }
    const before = db.counters.examined
    expect(indexedIds(db, q as Doc, 'bookings')).toEqual(scanIds(db, q as Doc, 'bookings'))
    expect(db.counters.examined - before).toBe(40) // v7's bookings, not the 4,000 the status index holds
    expect(db.counters.scans).toBe(0)
  })

  it('builds an index of a bulk-loaded collection only when a query needs it, and keeps it with later writes', () => {
    const db = seeded()
    expect(indexedIds(db, { status: 'booked' }, 'bookings')).toHaveLength(80)
    db.put('bookings', 'b1', { _id: 'b1', villageId: 'v1', day: '2026-02-01', status: 'booked', at: 1 })
    db.put('bookings', 'b0', undefined)
    expect(indexedIds(db, { status: 'booked' }, 'bookings')).toEqual(scanIds(db, { status: 'booked' }, 'bookings'))
    expect(indexedIds(db, { villageId: 'v1' }, 'bookings')).toEqual(scanIds(db, { villageId: 'v1' }, 'bookings'))
  })
})
