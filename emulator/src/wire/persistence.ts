import { statSync } from 'node:fs'
import type { Database } from '../db/database'
import type { Storage } from '../storage/storage'
import { JournalWriter, listSegments, readSegment, removeSegmentsSync, segmentPath, unlinkSegments } from './journal'
import { recordOf, type Change, type ChangeRecord } from './record-codec'
import { readSnapshot, writeSnapshot, type SnapshotView } from './snapshot'

// Below this the journal is left to grow: replaying a few MB at start costs less than rewriting the snapshot.
const COMPACT_MIN_BYTES = 8 << 20

/**
 * Durable data for the wire: a snapshot (`dataFile`) plus a journal of every change since
 * (`<dataFile>.journal.<n>`, see journal.ts). A change is journaled and fsynced before the
 * request that made it is answered; once the journal outgrows the snapshot, a compaction
 * writes a fresh snapshot a slice at a time (docs are replaced, never mutated, so the
 * arrays captured at the cut are a copy-on-write view) and drops the segments it holds.
 */
export class Persistence {
  private journal: JournalWriter | undefined
  private replaying = false
  private compacting: Promise<void> | undefined
  private snapshotBytes = 0

  constructor(
    private readonly file: string | undefined,
    private readonly db: () => Database,
    private readonly storage: () => Storage,
    private readonly compactAfterBytes?: number,
  ) {}

  /** Loads the snapshot and replays the journal over it, before the wire answers anything. */
  load(): void {
    const file = this.file
    if (!file) return
    const snap = readSnapshot(file)
    if (snap) this.restore(snap)
    const base = snap?.journal ?? 0
    const segments = listSegments(file).filter((n) => n >= base)
    let replayed = 0
    this.replaying = true
    try {
      for (const n of segments) {
        const path = segmentPath(file, n)
        const { records, torn } = readSegment(path)
        if (torn) console.warn(`emulator: ignored the unfinished last record of ${path} (written as the emulator stopped, never acknowledged)`)
        for (const record of records) this.apply(record)
        replayed += statSync(path).size
      }
    } finally {
      this.replaying = false
    }
    removeSegmentsSync(file, base) // left by a compaction that stopped after its snapshot was in place
    this.journal = new JournalWriter(file, Math.max(base, (segments.at(-1) ?? -1) + 1), () => this.maybeCompact())
    this.journal.bytes = replayed
    this.maybeCompact()
  }

  /** The database's and storage's change listener. */
  changed(change: Change): void {
    if (!this.journal || this.replaying) return
    this.journal.record(recordOf(change))
  }

  /** Resolves when every change recorded so far is on disk. */
  durable(): Promise<void> {
    return this.journal?.durable() ?? Promise.resolve()
  }

  /**
   * Runs `work` and resolves only once every change recorded by then is durable: the changes
   * it made, and those made by others that it saw. A request that found its work already done
   * by a write still in the journal's queue (a twin update answered `updated: 0`, a read of
   * the new value) must not be answered before that write is on disk, or the answer outlives
   * a crash the write does not — the kill -9 test lost such acknowledged no-op updates
   * (MongoDB's journaled write concern waits for the last op in the system for a no-op too).
   * Nothing queued: no wait.
   */
  async settle<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return await work()
    } finally {
      await this.durable()
    }
  }

  /** Everything acknowledged is on disk, no compaction is running and no file is left open. */
  async flush(): Promise<void> {
    while (this.compacting) await this.compacting.catch(() => undefined)
    await this.journal?.close() // reopened by the next change
  }

  /** Writes a fresh snapshot and drops the journal it holds, off the request path. */
  compact(): Promise<void> {
    if (!this.journal) return Promise.resolve()
    this.compacting ??= this.writeCompaction(this.journal).finally(() => (this.compacting = undefined))
    return this.compacting
  }

  private maybeCompact(): void {
    if (!this.journal || this.compacting) return
    if (this.journal.bytes < (this.compactAfterBytes ?? Math.max(COMPACT_MIN_BYTES, this.snapshotBytes))) return
    this.compact().catch((err) => console.error(`emulator: could not compact ${this.file} (the journal keeps every change meanwhile):`, err))
  }

  private async writeCompaction(journal: JournalWriter): Promise<void> {
    const file = this.file as string
    const { next, view, covered } = await journal.cutAfterNextBatch(
      (): SnapshotView => ({ collections: this.db().dump(), created: this.db().createdCollections(), files: [...this.storage().files.values()] }),
    )
    this.snapshotBytes = await writeSnapshot(file, next, view)
    journal.bytes -= covered
    await unlinkSegments(file, next)
  }

  private restore(snap: SnapshotView & { bytes: number }): void {
    this.db().load(snap.collections, snap.created)
    for (const f of snap.files) this.storage().files.set(f.fileID, f)
    this.snapshotBytes = snap.bytes
  }

  private apply(record: ChangeRecord): void {
    const db = this.db()
    switch (record[0]) {
      case 'put': return void db.put(record[1], record[2]._id, record[2])
      case 'del': return void db.put(record[1], record[2], undefined)
      case 'create': return db.create(record[1])
      case 'drop': return db.drop(record[1])
      case 'reset': return db.reset()
      case 'file': return void this.storage().files.set(record[1].fileID, record[1])
      case 'unfile': return void this.storage().files.delete(record[1])
    }
  }
}
