import { existsSync, readFileSync } from 'node:fs'
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { EJSON } from 'bson'
import type { StoredDoc } from '../db/database'
import type { StoredFile } from '../storage/storage'
import { syncDir } from './journal'
import { decodeRecord, encodeRecord } from './record-codec'
import { DataFileError, sliced } from './slicing'

/** The state a snapshot holds: what a journal cut captured, or what a load found. */
export interface SnapshotView {
  collections: Record<string, StoredDoc[]>
  created: string[]
  files: StoredFile[]
}

export interface LoadedSnapshot extends SnapshotView {
  /** The first journal segment to replay on top of it. */
  journal: number
  bytes: number
}

// Written in pieces of about this size, so no single write (or its string-to-bytes copy) is long.
const CHUNK_CHARS = 1 << 16

/**
 * Format 2: a header line `{"snapshot":2,"journal":n,"created":[…]}`, one line per document
 * or file (the journal's record encoding) and a closing `{"end":count}` line, so a file cut
 * short is told apart from a complete one. Format 1 (one EJSON object, before the journal) still loads.
 */
export function readSnapshot(file: string): LoadedSnapshot | undefined {
  if (!existsSync(file)) return undefined
  const raw = readFileSync(file)
  const text = raw.toString('utf8')
  const empty: LoadedSnapshot = { collections: {}, created: [], files: [], journal: 0, bytes: raw.length }
  let start = 0
  let line = 0
  const next = (): string | undefined => {
    if (start >= text.length) return undefined
    const end = text.indexOf('\n', start)
    const out = text.slice(start, end === -1 ? text.length : end)
    start = end === -1 ? text.length : end + 1
    line++
    return out
  }
  const damaged = (problem: string) => new DataFileError(file, `line ${line} ${problem}`)
  const parse = (json: string) => {
    try {
      return JSON.parse(json) as unknown
    } catch (err) {
      throw damaged(`is not JSON (${(err as Error).message})`)
    }
  }
  const header = parse(next() ?? '') as { version?: number; snapshot?: number; journal?: number; created?: string[] }
  if (header?.version === 1) return { ...fromVersion1(text), journal: 0, bytes: raw.length }
  if (header?.snapshot !== 2 || typeof header.journal !== 'number') throw damaged('is not a snapshot header this emulator writes')
  const out: LoadedSnapshot = { ...empty, created: header.created ?? [], journal: header.journal }
  let count = 0
  for (let json = next(); json !== undefined; json = next()) {
    const value = parse(json)
    if (!Array.isArray(value)) {
      if ((value as { end?: number })?.end !== count) throw damaged(`closes the snapshot after ${count} records, but says ${JSON.stringify(value)}`)
      if (next() !== undefined) throw damaged('follows the end of the snapshot')
      return out
    }
    let record
    try {
      record = decodeRecord(value)
    } catch (err) {
      throw damaged(`is not a record (${(err as Error).message})`)
    }
    if (record[0] === 'put') (out.collections[record[1]] ??= []).push(record[2])
    else if (record[0] === 'file') out.files.push(record[1])
    else throw damaged(`holds a ${record[0]} record, which only a journal may`)
    count++
  }
  throw damaged('is the last, and the closing line is missing: the file was cut short')
}

function fromVersion1(text: string): SnapshotView {
  const snap = EJSON.parse(text, { relaxed: true }) as {
    collections?: Record<string, StoredDoc[]>
    created?: string[]
    files?: Record<string, { key: string; contentType: string; uploadedAt: Date; base64: string; creator?: string }>
  }
  const files = Object.entries(snap.files ?? {}).map(([fileID, f]) => ({
    fileID, key: f.key, contentType: f.contentType, uploadedAt: new Date(f.uploadedAt), bytes: Buffer.from(f.base64, 'base64'),
    ...(f.creator ? { creator: f.creator } : {}),
  }))
  return { collections: snap.collections ?? {}, created: snap.created ?? [], files }
}

/**
 * Writes `view` as the new snapshot, a slice at a time so requests keep being answered, then
 * replaces the old one atomically (temporary file, fsync, rename, fsync of the folder).
 * Returns its size in bytes.
 */
export async function writeSnapshot(file: string, journal: number, view: SnapshotView): Promise<number> {
  await mkdir(dirname(file), { recursive: true })
  const tmp = `${file}.tmp`
  const fh = await open(tmp, 'w')
  let bytes = 0
  try {
    let chunk = `${JSON.stringify({ snapshot: 2, journal, created: view.created })}\n`
    const write = async () => {
      const data = Buffer.from(chunk)
      chunk = ''
      bytes += data.length
      await fh.write(data)
    }
    let count = 0
    const add = (line: string) => {
      chunk += `${line}\n`
      count++
      return chunk.length >= CHUNK_CHARS ? write() : undefined
    }
    for (const [name, docs] of Object.entries(view.collections)) await sliced(docs, (doc) => add(encodeRecord(['put', name, doc])))
    await sliced(view.files, (f) => add(encodeRecord(['file', f])))
    chunk += `${JSON.stringify({ end: count })}\n`
    await write()
    await fh.sync()
  } finally {
    await fh.close()
  }
  await rename(tmp, file)
  await syncDir(dirname(file))
  return bytes
}
