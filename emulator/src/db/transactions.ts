import { randomBytes } from 'node:crypto'
import { clone, type Database, type StoredDoc } from './database'
import { fail } from '../wire/wire-error'

// CloudBase's own texts, as the official node-sdk integration tests record them
// (the transaction integration test in @cloudbase/node-sdk's own repository; see emulator/FIDELITY.md).
export const TX_LIFETIME_MS = 30_000
const NOT_EXIST =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'
const CONFLICT =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'

interface OpenTx {
  startedAt: number
  /** The transaction's own buffered writes (`undefined` = deleted); holding a key is holding its write lock. */
  writes: Map<string, StoredDoc | undefined>
  /** Documents others changed since the transaction started, as they were at its start. */
  before: Map<string, StoredDoc | undefined>
}

const keyOf = (coll: string, id: string) => `${coll}\u0000${id}`
const splitKey = (key: string) => key.split('\u0000') as [string, string]

/**
 * Snapshot-isolated transactions, as CloudBase runs them on MongoDB:
 * - reads see the database as of startTransaction plus the transaction's own writes
 *   (a write by anyone else keeps its pre-image for every open transaction);
 * - the first write to a document takes its lock; a write to a document another open
 *   transaction has locked, or that changed since this one started, answers
 *   DATABASE_TRANSACTION_CONFLICT and aborts this transaction (MongoDB's WriteConflict);
 * - a non-transactional write to a locked document waits until the lock is released;
 * - after commit, abort, a conflict or 30 s, the id answers DATABASE_TRANSACTION_FAIL.
 * Read-only conflicts are not detected (snapshot isolation allows write skew).
 */
export class Transactions {
  private readonly open = new Map<string, OpenTx>()
  private readonly waiters = new Set<() => void>()

  constructor(private readonly db: Database, private readonly now: () => Date = () => new Date()) {
    db.beforeWrite((coll, id, before) => {
      if (!this.open.size) return
      const key = keyOf(coll, id)
      for (const tx of this.open.values()) if (!tx.before.has(key)) tx.before.set(key, before)
    })
  }

  start(): string {
    this.expire()
    const id = `tx-${randomBytes(8).toString('hex')}`
    this.open.set(id, { startedAt: this.now().getTime(), writes: new Map(), before: new Map() })
    return id
  }

  /** One document as the transaction sees it. */
  read(txId: string, coll: string, id: string): StoredDoc | undefined {
    const tx = this.live(txId)
    const key = keyOf(coll, id)
    const doc = tx.writes.has(key) ? tx.writes.get(key) : tx.before.has(key) ? tx.before.get(key) : this.db.get(coll, id)
    return doc && clone(doc)
  }

  /** The whole collection as the transaction sees it (copies), for queries inside it. */
  view(txId: string, coll: string): StoredDoc[] {
    const tx = this.live(txId)
    const out = new Map<string, StoredDoc>()
    for (const d of this.db.docs(coll)) {
      const key = keyOf(coll, d._id)
      const seen = tx.before.has(key) ? tx.before.get(key) : d
      if (seen) out.set(d._id, seen)
    }
    const overlay = (entries: Map<string, StoredDoc | undefined>) => {
      for (const [key, doc] of entries) {
        const [c, id] = splitKey(key)
        if (c !== coll) continue
        if (doc) out.set(id, doc)
        else out.delete(id)
      }
    }
    overlay(new Map([...tx.before].filter(([key]) => !this.db.get(...splitKey(key))))) // deleted since the start
    overlay(tx.writes)
    return [...out.values()].map(clone)
  }

  write(txId: string, coll: string, id: string, doc: StoredDoc | undefined): void {
    const tx = this.live(txId)
    const key = keyOf(coll, id)
    if (!tx.writes.has(key)) {
      const lockedByOther = [...this.open.values()].some((other) => other !== tx && other.writes.has(key))
      if (lockedByOther || tx.before.has(key)) {
        this.finish(txId)
        fail('DATABASE_TRANSACTION_CONFLICT', CONFLICT)
      }
    }
    tx.writes.set(key, doc && clone(doc))
  }

  commit(txId: string): void {
    const tx = this.live(txId)
    this.open.delete(txId) // first, so its own writes leave no pre-images in itself
    for (const [key, doc] of tx.writes) this.db.put(...splitKey(key), doc)
    this.finish(txId)
  }

  abort(txId: string): void {
    this.live(txId)
    this.finish(txId)
  }

  /** Whether some open transaction holds a write lock on a document of `coll` that `matches`. */
  locked(coll: string, matches: (id: string) => boolean): boolean {
    this.expire()
    for (const tx of this.open.values()) {
      for (const key of tx.writes.keys()) {
        const [c, id] = splitKey(key)
        if (c === coll && matches(id)) return true
      }
    }
    return false
  }

  /** Resolves once `isLocked()` is false, re-checking whenever a transaction ends or expires. */
  async unlocked(isLocked: () => boolean): Promise<void> {
    while (isLocked()) {
      const now = this.now().getTime()
      const nextExpiry = Math.min(...[...this.open.values()].map((tx) => tx.startedAt + TX_LIFETIME_MS - now))
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer)
          this.waiters.delete(done)
          resolve()
        }
        const timer = setTimeout(done, Math.max(10, nextExpiry + 1))
        timer.unref()
        this.waiters.add(done)
      })
    }
  }

  private live(txId: string): OpenTx {
    this.expire()
    return this.open.get(txId) ?? fail('DATABASE_TRANSACTION_FAIL', NOT_EXIST)
  }

  private finish(txId: string): void {
    this.open.delete(txId)
    for (const wake of [...this.waiters]) wake()
  }

  private expire(): void {
    const now = this.now().getTime()
    for (const [id, tx] of this.open) if (now - tx.startedAt > TX_LIFETIME_MS) this.finish(id)
  }
}
