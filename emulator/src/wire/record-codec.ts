import { Binary, BSONRegExp, EJSON } from 'bson'
import type { DbChange, StoredDoc } from '../db/database'
import type { FileChange, StoredFile } from '../storage/storage'

/**
 * One change as the journal and the snapshot store it: a JSON array whose documents are
 * relaxed EJSON (so dates, NaN and regexps survive). Every record is absolute — the whole
 * document after the write, never a delta — so replaying a record twice, or over a snapshot
 * that already holds it, ends in the same state.
 */
export type ChangeRecord =
  | ['put', string, StoredDoc]
  | ['del', string, string]
  | ['create', string]
  | ['drop', string]
  | ['reset']
  | ['file', StoredFile]
  | ['unfile', string]

export type Change = DbChange | FileChange

export function recordOf(change: Change): ChangeRecord {
  switch (change.op) {
    case 'put': return change.doc ? ['put', change.coll, change.doc] : ['del', change.coll, change.id]
    case 'create': return ['create', change.coll]
    case 'drop': return ['drop', change.coll]
    case 'reset': return ['reset']
    case 'file': return ['file', change.file]
    case 'unfile': return ['unfile', change.fileID]
  }
}

const tag = (v: unknown) => Object.prototype.toString.call(v)
const bsonSerialize = (value: unknown) => EJSON.serialize(value as Parameters<typeof EJSON.serialize>[0], { relaxed: true })

/**
 * Relaxed EJSON of a stored value, ready for JSON.stringify: what `EJSON.serialize` gives,
 * but copying only the objects on the way to a value JSON cannot carry (a date, NaN, a
 * regexp, a buffer). Compaction encodes a whole township with this; bson's serializer, which
 * copies every object, made it several times slower and filled the heap with garbage.
 */
function ejson(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : bsonSerialize(value)
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let out: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const v = ejson(value[i])
      if (v !== value[i]) (out ??= value.slice())[i] = v
    }
    return out ?? value
  }
  if (Buffer.isBuffer(value)) return { $binary: { base64: value.toString('base64'), subType: '00' } }
  const kind = tag(value)
  if (kind === '[object Date]') {
    const ms = (value as Date).getTime()
    return ms >= 0 && ms < 253402300800000 ? { $date: (value as Date).toISOString() } : { $date: { $numberLong: String(ms) } }
  }
  if (kind !== '[object Object]' || '_bsontype' in value) return bsonSerialize(value)
  let out: { [k: string]: unknown } | undefined
  for (const k in value) {
    const was = (value as { [k: string]: unknown })[k]
    const v = ejson(was)
    if (v !== was) (out ??= { ...value })[k] = v
  }
  return out ?? value
}

export function encodeRecord(record: ChangeRecord): string {
  if (record[0] === 'put') return JSON.stringify(['put', record[1], ejson(record[2])])
  if (record[0] === 'file') {
    const { bytes, ...meta } = record[1]
    return JSON.stringify(['file', { ...(ejson(meta) as object), base64: bytes.toString('base64') }])
  }
  return JSON.stringify(record)
}

// A JS RegExp keeps the flags it can; bson's wrappers become the plain values the engine uses.
const plain = (value: unknown): unknown => {
  if (value instanceof BSONRegExp) return new RegExp(value.pattern, [...value.options].filter((f) => 'imsu'.includes(f)).join(''))
  if (value instanceof Binary) return Buffer.from(value.value(true) as Uint8Array)
  return value
}

/**
 * The inverse of relaxed EJSON for parsed JSON, in place: only objects keyed `$…` go through
 * bson. Same result as `EJSON.parse(text, { relaxed: true })`, several times faster, which is
 * most of the start time of a township-sized data file.
 */
export function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i])
    return value
  }
  const obj = value as { [k: string]: unknown }
  for (const k in obj) {
    if (k.charCodeAt(0) === 36 /* $ */) return plain(EJSON.deserialize(obj, { relaxed: true }))
    obj[k] = revive(obj[k])
  }
  return obj
}

/** Parses one encoded record; throws on anything that is not one. */
export function decodeRecord(json: unknown): ChangeRecord {
  if (!Array.isArray(json) || typeof json[0] !== 'string') throw new Error('not a change record')
  const [op, a, b] = json as [string, unknown, unknown]
  const str = (v: unknown) => {
    if (typeof v !== 'string') throw new Error(`${op} record without a name`)
    return v
  }
  switch (op) {
    case 'put': {
      const doc = revive(b) as StoredDoc
      if (!doc || typeof doc !== 'object' || typeof doc._id !== 'string') throw new Error('put record without a document _id')
      return ['put', str(a), doc]
    }
    case 'del': return ['del', str(a), str(b)]
    case 'create': return ['create', str(a)]
    case 'drop': return ['drop', str(a)]
    case 'reset': return ['reset']
    case 'unfile': return ['unfile', str(a)]
    case 'file': {
      const { base64, ...meta } = revive(a) as Omit<StoredFile, 'bytes'> & { base64: string }
      if (typeof meta.fileID !== 'string' || typeof base64 !== 'string') throw new Error('file record without fileID or bytes')
      return ['file', { ...meta, uploadedAt: new Date(meta.uploadedAt), bytes: Buffer.from(base64, 'base64') }]
    }
    default: throw new Error(`unknown change record "${op}"`)
  }
}
