import { readdirSync, readFileSync, unlinkSync } from 'node:fs'
import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { crc32 } from 'node:zlib'
import { decodeRecord, encodeRecord, type ChangeRecord } from './record-codec'
import { DataFileError, sliced } from './slicing'

/**
 * The write-ahead journal beside the snapshot: segments `<dataFile>.journal.<n>`, each a
 * sequence of lines `<JSON array of change records> <crc32 hex>\n`. A line is one batch —
 * every change applied in one turn of the event loop (group commit) — written and fsynced
 * before any request that made those changes is answered. A batch is all or nothing on
 * replay: a transaction's commit, or a multi-document insert, never comes back half-applied.
 */
export const segmentPath = (dataFile: string, n: number) => `${dataFile}.journal.${n}`

export function listSegments(dataFile: string): number[] {
  const prefix = `${basename(dataFile)}.journal.`
  let names: string[]
  try {
    names = readdirSync(dirname(dataFile))
  } catch {
    return []
  }
  return names
    .filter((n) => n.startsWith(prefix) && /^\d+$/.test(n.slice(prefix.length)))
    .map((n) => Number(n.slice(prefix.length)))
    .sort((a, b) => a - b)
}

const hex = (n: number) => n.toString(16).padStart(8, '0')

/**
 * The records of one segment, in order. A last line cut short (the process died while
 * writing it: no newline, or a checksum that does not match) was never acknowledged and is
 * ignored; a damaged line with good ones after it is corruption, reported with the file.
 */
export function readSegment(file: string): { records: ChangeRecord[]; torn: boolean } {
  const text = readFileSync(file)
  const records: ChangeRecord[] = []
  let start = 0
  let line = 0
  while (start < text.length) {
    line++
    const end = text.indexOf(10, start)
    const last = end === -1 || end === text.length - 1
    const bytes = text.subarray(start, end === -1 ? text.length : end)
    let batch: ChangeRecord[] | undefined
    let problem = end === -1 ? 'it ends mid-record' : ''
    if (!problem) {
      const sep = bytes.lastIndexOf(32)
      const body = bytes.subarray(0, sep)
      if (sep === -1 || hex(crc32(body)) !== bytes.subarray(sep + 1).toString('latin1')) problem = 'its checksum does not match'
      else {
        try {
          batch = (JSON.parse(body.toString('utf8')) as unknown[]).map(decodeRecord)
        } catch (err) {
          problem = `it cannot be read (${(err as Error).message})`
        }
      }
    }
    if (problem) {
      if (last) return { records, torn: true }
      throw new DataFileError(file, `line ${line} is damaged: ${problem}, and more records follow it`)
    }
    records.push(...(batch ?? []))
    start = end + 1
  }
  return { records, torn: false }
}

/** Removes journal segments older than `below`, e.g. those a finished snapshot already holds. */
export function removeSegmentsSync(dataFile: string, below = Infinity): void {
  for (const n of listSegments(dataFile)) if (n < below) unlinkSync(segmentPath(dataFile, n))
}

export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r')
  try {
    await fh.sync()
  } finally {
    await fh.close()
  }
}

interface Deferred {
  promise: Promise<void>
  resolve(): void
  reject(err: unknown): void
}
function deferred(): Deferred {
  let resolve!: () => void
  let reject!: (err: unknown) => void
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)))
  promise.catch(() => undefined) // a failure is reported to whoever awaits durable(); never unhandled
  return { promise, resolve, reject }
}

/** A cut requested by compaction: `capture` runs at the exact point between two batches. */
interface Cut<T> {
  capture: () => T
  done: (value: { next: number; view: T; covered: number }) => void
  failed: (err: unknown) => void
}

/**
 * Appends batches to the active segment, one write + fdatasync at a time; changes that
 * arrive meanwhile form the next batch. `durable()` resolves when every change recorded
 * so far is on disk.
 */
export class JournalWriter {
  private pending: ChangeRecord[] = []
  private batch = deferred()
  private inflight: Deferred | undefined
  private running = false
  private fh: FileHandle | undefined
  private cut: Cut<unknown> | undefined
  /** Bytes in the active segment and the older ones not yet folded into a snapshot. */
  bytes = 0

  constructor(private readonly dataFile: string, private segment: number, private readonly onAppended: () => void) {}

  record(record: ChangeRecord): void {
    this.pending.push(record)
    this.kick()
  }

  durable(): Promise<void> {
    // Batches land in order, so the next one being durable implies the one in flight is.
    if (this.pending.length) return this.batch.promise
    return this.inflight?.promise ?? Promise.resolve()
  }

  /**
   * Closes the active segment between two batches: `capture` sees exactly the state the
   * journal holds up to there, and every later change goes to segment `next`. `covered` is
   * how many of `bytes` the segments before `next` hold.
   */
  cutAfterNextBatch<T>(capture: () => T): Promise<{ next: number; view: T; covered: number }> {
    return new Promise((done, failed) => {
      this.cut = { capture, done: done as Cut<unknown>['done'], failed }
      this.kick()
    })
  }

  private kick(): void {
    if (this.running) return
    this.running = true
    // Group commit: everything applied in this turn of the event loop joins one batch.
    setImmediate(() => void this.run())
  }

  private async run(): Promise<void> {
    while (this.pending.length || this.cut) {
      const records = this.pending
      const done = this.batch
      const cut = this.cut
      this.pending = []
      this.batch = deferred()
      this.cut = undefined
      const view = cut?.capture()
      this.inflight = done
      try {
        if (records.length) await this.append(records)
        done.resolve()
      } catch (err) {
        console.error(`emulator: could not write the journal ${segmentPath(this.dataFile, this.segment)}:`, err)
        done.reject(err)
      }
      this.inflight = undefined
      if (cut) {
        try {
          await this.fh?.close()
          this.fh = undefined
          cut.done({ next: ++this.segment, view, covered: this.bytes })
        } catch (err) {
          cut.failed(err)
        }
      }
    }
    this.running = false
  }

  private async append(records: ChangeRecord[]): Promise<void> {
    const chunks: Buffer[] = [Buffer.from('[')]
    let crc = crc32(chunks[0])
    // A big batch (a reseed) is encoded a slice at a time so other requests keep being served.
    await sliced(records, (record, i) => {
      const chunk = Buffer.from(i ? `,${encodeRecord(record)}` : encodeRecord(record))
      crc = crc32(chunk, crc)
      chunks.push(chunk)
    })
    chunks.push(Buffer.from(`] ${hex(crc32(']', crc))}\n`))
    if (!this.fh) {
      const file = segmentPath(this.dataFile, this.segment)
      await mkdir(dirname(file), { recursive: true })
      this.fh = await open(file, 'a')
      await syncDir(dirname(file)) // the new segment's name must survive a crash, not only its bytes
    }
    await this.fh.writev(chunks)
    await this.fh.datasync()
    for (const c of chunks) this.bytes += c.length
    this.onAppended()
  }

  /** Waits for every batch recorded so far and closes the segment; the next change reopens it. */
  async close(): Promise<void> {
    await this.durable()
    if (this.running) return // more arrived meanwhile: the loop keeps the file
    const fh = this.fh
    this.fh = undefined
    await fh?.close()
  }
}

export async function unlinkSegments(dataFile: string, below: number): Promise<void> {
  for (const n of listSegments(dataFile)) if (n < below) await unlink(segmentPath(dataFile, n)).catch(() => undefined)
}
