import { randomBytes } from 'node:crypto'
import { clone, type Database, type StoredDoc } from './database'
import { fail } from '../wire/wire-error'

interface Touch {
  version: number // the document's version when the transaction first saw it
  doc: StoredDoc | undefined // the transaction's view: snapshot read, or its own buffered write
  written: boolean
}

// A transaction left open (a crashed function) must not pin memory forever.
const ABANDONED_MS = 10 * 60_000

/**
 * Buffered, isolated transactions over single documents. Nothing reaches the database
 * before commit; commit fails with DATABASE_TRANSACTION_CONFLICT if any document the
 * transaction read or wrote was written by someone else meanwhile, and the transaction
 * is discarded, which is what makes the SDK's runTransaction retry.
 */
export class Transactions {
  private readonly open = new Map<string, { touched: Map<string, Touch>; startedAt: number }>()

  constructor(private readonly db: Database) {}

  start(): string {
    const now = Date.now()
    for (const [id, tx] of this.open) if (now - tx.startedAt > ABANDONED_MS) this.open.delete(id)
    const id = `tx-${randomBytes(8).toString('hex')}`
    this.open.set(id, { touched: new Map(), startedAt: now })
    return id
  }

  private tx(id: string) {
    const tx = this.open.get(id)
    if (!tx) return fail('DATABASE_REQUEST_FAILED', `transaction ${id} does not exist or has already finished`)
    return tx
  }

  private touch(txId: string, coll: string, id: string): Touch {
    const touched = this.tx(txId).touched
    const key = `${coll}\u0000${id}`
    let t = touched.get(key)
    if (!t) {
      const doc = this.db.get(coll, id)
      t = { version: this.db.version(coll, id), doc: doc && clone(doc), written: false }
      touched.set(key, t)
    }
    return t
  }

  read(txId: string, coll: string, id: string): StoredDoc | undefined {
    const doc = this.touch(txId, coll, id).doc
    return doc && clone(doc)
  }

  write(txId: string, coll: string, id: string, doc: StoredDoc | undefined): void {
    const t = this.touch(txId, coll, id)
    t.doc = doc && clone(doc)
    t.written = true
  }

  commit(txId: string): void {
    const tx = this.tx(txId)
    this.open.delete(txId)
    for (const [key, t] of tx.touched) {
      const [coll, id] = key.split('\u0000')
      if (this.db.version(coll, id) !== t.version) {
        fail('DATABASE_TRANSACTION_CONFLICT', `database transaction conflict: ${coll}/${id} was written by another request`)
      }
    }
    for (const [key, t] of tx.touched) {
      const [coll, id] = key.split('\u0000')
      if (t.written) this.db.put(coll, id, t.doc)
    }
  }

  abort(txId: string): void {
    this.tx(txId)
    this.open.delete(txId)
  }
}
