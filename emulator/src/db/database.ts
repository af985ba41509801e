import { randomBytes } from 'node:crypto'
import { Query } from './mingo'
import type { Catalog } from './catalog'
import type { Doc } from './ejson'
import { IndexTree } from './index-tree'
import { planOf } from './query-plan'
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

/** One collection: documents by `_id` in insertion order, that order's ordinals, and its declared indexes. */
interface Collection {
  docs: Map<string, StoredDoc>
  ord: Map<string, number>
  /**
   * After adopting a seed an index is not built (`built` false): start-up
   * stores documents only, and the first query that consults an index builds it from `docs`
   * (which stays the truth meanwhile, so writes skip an unbuilt index's upkeep).
   */
  indexes: IndexTree[]
}

// Past this share of the collection, candidates are taken by walking it in order rather than sorting them.
const WALK_SHARE = 1 / 8
// Candidates from one index this few (this share of the collection, or fewer than MIN_ENOUGH) need no other index.
const ENOUGH_SHARE = 1 / 64
const MIN_ENOUGH = 64

/**
 * Collections in memory. Every write bumps a global sequence recorded per document
 * (deletes included), which is what transactions compare at commit to detect conflicts.
 * Queries start from `find`, which uses `_id` and the indexes declared in collections.json
 * to hand mingo only the documents that may match (always a superset; mingo decides).
 */
export class Database {
  private readonly data = new Map<string, Collection>()
  private readonly created = new Set<string>()
  // Per collection, kept when a document or the collection goes (a delete is a write too).
  private readonly versions = new Map<string, Map<string, number>>()
  private seq = 0
  private readonly writeListeners: Array<(name: string, id: string, before: StoredDoc | undefined) => void> = []
  private nextOrd = 0
  /** Told how long each index built at its first query took (the runner adds it to running invocations' time limits). */
  onIndexBuilt: (ms: number, collection: string) => void = () => {}
  /** Documents handed to mingo by `find` and collection scans among them: a debug counter for tests and the bench. */
  readonly counters = { examined: 0, scans: 0 }

  constructor(readonly catalog: Catalog, private readonly changed: (change: DbChange) => void = () => {}) {}

  private collectionOf(name: string, create: true): Collection
  private collectionOf(name: string, create?: false): Collection | undefined
  private collectionOf(name: string, create = false): Collection | undefined {
    let coll = this.data.get(name)
    if (!coll && create) {
      const indexes = (this.catalog.get(name)?.indexes ?? []).map((i) => new IndexTree(i.keys.map((k) => k.field)))
      this.data.set(name, (coll = { docs: new Map(), ord: new Map(), indexes }))
    }
    return coll
  }

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
    return [...(this.data.get(name)?.docs.values() ?? [])]
  }

  /**
   * The committed documents that may match `filter`, in insertion order (so mingo answers
   * as it would from a scan): found through `_id` or an index when the query names their
   * leading field, every document otherwise. Callers must not mutate them.
   */
  find(name: string, filter: Doc): StoredDoc[] {
    const coll = this.data.get(name)
    if (!coll) return []
    const ids = this.candidateIds(name, coll, filter)
    if (!ids) {
      this.counters.scans++
      this.counters.examined += coll.docs.size
      return [...coll.docs.values()]
    }
    this.counters.examined += ids.size
    if (ids.size > coll.docs.size * WALK_SHARE) return [...coll.docs.values()].filter((d) => ids.has(d._id))
    const docs: StoredDoc[] = []
    for (const id of ids) {
      const d = coll.docs.get(id)
      if (d) docs.push(d)
    }
    return docs.sort((a, b) => coll.ord.get(a._id)! - coll.ord.get(b._id)!)
  }

  /** The smallest id set `_id`, an index or an `$or` (every branch narrowed) gives; undefined: scan. */
  private candidateIds(name: string, coll: Collection, filter: Doc): Set<string> | undefined {
    const plan = planOf(filter)
    let best: Set<string> | undefined
    const offer = (ids: Set<string> | undefined) => {
      if (ids && (!best || ids.size < best.size)) best = ids
    }
    const byId = plan.fields.get('_id')
    // No index narrows further than the ids a query names (at most one document each).
    if (byId?.kind === 'keys') return new Set(byId.keys.filter((k) => k[0] === 's' && coll.docs.has(k.slice(1))).map((k) => k.slice(1)))
    // The indexes the query constrains most come first; once one gives few enough candidates
    // the rest are not consulted (nor built), and a later one stops as soon as it would give
    // more than the best so far: a county's `status` index is not walked to find one village's bookings.
    const enough = Math.max(MIN_ENOUGH, coll.docs.size * ENOUGH_SHARE)
    const ranked = coll.indexes.map((index) => ({ index, score: index.selectivity(plan.fields) })).filter((r) => r.score > 0).sort((a, b) => b.score - a.score)
    for (const { index } of ranked) {
      if (best && best.size <= enough) break
      if (!index.built) this.buildIndex(name, coll, index)
      offer(index.lookup(plan.fields, best?.size))
    }
    for (const branches of plan.ors) offer(this.unionOf(name, coll, branches))
    return best
  }

  /** Fills an index of a bulk-loaded collection from its documents (see Collection.indexes). */
  private buildIndex(name: string, coll: Collection, index: IndexTree): void {
    const started = performance.now()
    index.clear()
    for (const [id, doc] of coll.docs) index.add(id, doc)
    index.built = true
    this.onIndexBuilt(performance.now() - started, name)
  }

  private unionOf(name: string, coll: Collection, branches: Doc[]): Set<string> | undefined {
    const union = new Set<string>()
    for (const branch of branches) {
      const ids = branch && typeof branch === 'object' ? this.candidateIds(name, coll, branch) : undefined
      if (!ids) return undefined
      ids.forEach((id) => union.add(id))
    }
    return union
  }

  get(name: string, id: string): StoredDoc | undefined {
    return this.data.get(name)?.docs.get(id)
  }

  version(name: string, id: string): number {
    return this.versions.get(name)?.get(id) ?? 0
  }

  /** Called before every change with the document as it was: open transactions keep their snapshot from it. */
  beforeWrite(listener: (name: string, id: string, before: StoredDoc | undefined) => void): void {
    this.writeListeners.push(listener)
  }

  /** Writes (or, with `undefined`, deletes) one document. Returns whether anything changed. */
  put(name: string, id: string, doc: StoredDoc | undefined): boolean {
    const before = this.data.get(name)?.docs.get(id)
    if (doc === undefined ? before === undefined : sameValue(before, doc)) return false
    for (const listener of this.writeListeners) listener(name, id, before)
    const coll = this.collectionOf(name, true)
    for (const index of coll.indexes) {
      if (!index.built || (before && doc && index.sameKeys(before, doc))) continue
      if (before) index.remove(id, before)
      if (doc) index.add(id, doc)
    }
    if (doc === undefined) {
      coll.docs.delete(id)
      coll.ord.delete(id)
    } else {
      if (!before) coll.ord.set(id, this.nextOrd++)
      coll.docs.set(id, doc)
    }
    let versions = this.versions.get(name)
    if (!versions) this.versions.set(name, (versions = new Map()))
    versions.set(id, ++this.seq)
    this.changed({ op: 'put', coll: name, id, doc })
    return true
  }

  drop(name: string): void {
    for (const id of [...(this.data.get(name)?.docs.keys() ?? [])]) this.put(name, id, undefined)
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
      return this.find(name, filter).filter((d) => q.test(d))
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
      /**
       * Seeding at scale: the documents are stored as given, not copied (the caller hands
       * them over and keeps no reference; sub-objects they share stay shared, which is safe
       * because stored documents are never changed in place).
       */
      adopt: (docs: Doc[]): void => {
        // What put does for a new document, without index upkeep (the indexes are built from the
        // documents when first needed) and without its per-document look-ups: seeding a county
        // adopts a million and a half documents.
        if (!docs.length) return
        const coll = this.collectionOf(name, true)
        for (const index of coll.indexes) index.built = false
        let versions = this.versions.get(name)
        if (!versions) this.versions.set(name, (versions = new Map()))
        for (const d of docs as StoredDoc[]) {
          const id = d._id
          if (typeof id !== 'string') throw new Error(`emulator: adopted ${name} documents need a string _id`)
          if (coll.docs.has(id)) throw new Error(`emulator: ${name} already holds _id ${id}`)
          for (const listener of this.writeListeners) listener(name, id, undefined)
          coll.ord.set(id, this.nextOrd++)
          coll.docs.set(id, d)
          versions.set(id, ++this.seq)
          this.changed({ op: 'put', coll: name, id, doc: d })
        }
      },
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
    for (const [name, coll] of this.data) if (coll.docs.size) out[name] = [...coll.docs.values()]
    return out
  }

  load(collections: Record<string, StoredDoc[]>, created: string[]): void {
    for (const [name, docs] of Object.entries(collections)) {
      this.data.delete(name)
      const coll = this.collectionOf(name, true)
      // Like a seed's, a restored collection's indexes are built at the first query that needs
      // them (a county snapshot loads in seconds). An earlier suspicion that this lost
      // acknowledged writes in the kill -9 test was wrong: those were no-op updates answered
      // before the twin write they depended on was durable (Persistence.settle).
      for (const index of coll.indexes) index.built = false
      for (const d of docs) {
        if (!coll.docs.has(d._id)) coll.ord.set(d._id, this.nextOrd++)
        coll.docs.set(d._id, d)
      }
    }
    for (const name of created) this.created.add(name)
  }
}
