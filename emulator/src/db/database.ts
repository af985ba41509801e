import { randomBytes } from 'node:crypto'
import { Query } from 'mingo'
import type { Catalog } from './catalog'
import type { Doc } from './ejson'
import { clone, sameValue } from './values'

export { clone }

export type StoredDoc = Doc & { _id: string }

/** One applied change, reported as it happens (persistence journals these). */
export type DbChange =
  | { op: 'put'; coll: string; id: string; doc: StoredDoc | undefined }
  | { op: 'create'; coll: string }
  | { op: 'drop'; coll: string }
  | { op: 'reset' }

/** CloudBase generates 32 hex characters for documents added without an `_id`. */
export const newId = (): string => randomBytes(16).toString('hex')

/**
 * Collections in memory. Every write bumps a global sequence recorded per document
 * (deletes included), which is what transactions compare at commit to detect conflicts.
 */
export class Database {
  private readonly data = new Map<string, Map<string, StoredDoc>>()
  private readonly created = new Set<string>()
  private readonly versions = new Map<string, number>()
  private seq = 0
  private readonly writeListeners: Array<(name: string, id: string, before: StoredDoc | undefined) => void> = []

  constructor(readonly catalog: Catalog, private readonly changed: (change: DbChange) => void = () => {}) {}

  /** Declared in collections.json, created by addCollection, or holding data. */
  exists(name: string): boolean {
    return this.catalog.has(name) || this.created.has(name) || this.data.has(name)
  }

  collections(): string[] {
    return [...new Set([...this.catalog.keys(), ...this.created, ...this.data.keys()])].sort()
  }

  create(name: string): void {
    this.created.add(name)
    this.changed({ op: 'create', coll: name })
  }

  createdCollections(): string[] {
    return [...this.created]
  }

  /** Committed documents in insertion order; callers must not mutate them. */
  docs(name: string): StoredDoc[] {
    return [...(this.data.get(name)?.values() ?? [])]
  }

  get(name: string, id: string): StoredDoc | undefined {
    return this.data.get(name)?.get(id)
  }

  version(name: string, id: string): number {
    return this.versions.get(`${name}\u0000${id}`) ?? 0
  }

  /** Called before every change with the document as it was: open transactions keep their snapshot from it. */
  beforeWrite(listener: (name: string, id: string, before: StoredDoc | undefined) => void): void {
    this.writeListeners.push(listener)
  }

  /** Writes (or, with `undefined`, deletes) one document. Returns whether anything changed. */
  put(name: string, id: string, doc: StoredDoc | undefined): boolean {
    let coll = this.data.get(name)
    const before = coll?.get(id)
    if (doc === undefined ? before === undefined : sameValue(before, doc)) return false
    for (const listener of this.writeListeners) listener(name, id, before)
    if (!coll) this.data.set(name, (coll = new Map()))
    if (doc === undefined) coll.delete(id)
    else coll.set(id, doc)
    this.versions.set(`${name}\u0000${id}`, ++this.seq)
    this.changed({ op: 'put', coll: name, id, doc })
    return true
  }

  drop(name: string): void {
    for (const id of this.data.get(name)?.keys() ?? []) this.put(name, id, undefined)
    this.data.delete(name)
    this.created.delete(name)
    this.changed({ op: 'drop', coll: name })
  }

  /** Empties every collection and forgets created ones; declared collections stay. */
  reset(): void {
    for (const name of [...this.data.keys()]) this.drop(name)
    this.created.clear()
    this.changed({ op: 'reset' })
  }

  /** Direct access for seeding and assertions: no index checks, no round trips counted. */
  collection(name: string) {
    const match = (filter: Doc = {}) => {
      const q = new Query(filter, {})
      return this.docs(name).filter((d) => q.test(d))
    }
    return {
      insertMany: (docs: Doc[]): string[] =>
        docs.map((d) => {
          const { _id, ...fields } = clone(d)
          const id = typeof _id === 'string' ? _id : newId()
          if (this.get(name, id)) throw new Error(`emulator: ${name} already holds _id ${id}`)
          this.put(name, id, { _id: id, ...fields })
          return id
        }),
      insertOne: (doc: Doc): string => this.collection(name).insertMany([doc])[0],
      find: (filter?: Doc): StoredDoc[] => match(filter).map(clone),
      findOne: (filter?: Doc): StoredDoc | undefined => clone(match(filter)[0]),
      count: (filter?: Doc): number => match(filter).length,
      remove: (filter?: Doc): number => match(filter).filter((d) => this.put(name, d._id, undefined)).length,
      drop: (): void => this.drop(name),
    }
  }

  /** Snapshot for persistence. */
  dump(): Record<string, StoredDoc[]> {
    const out: Record<string, StoredDoc[]> = {}
    for (const [name, coll] of this.data) if (coll.size) out[name] = [...coll.values()]
    return out
  }

  load(collections: Record<string, StoredDoc[]>, created: string[]): void {
    for (const [name, docs] of Object.entries(collections)) {
      const coll = new Map<string, StoredDoc>()
      for (const d of docs) coll.set(d._id, d)
      this.data.set(name, coll)
    }
    for (const name of created) this.created.add(name)
  }
}
