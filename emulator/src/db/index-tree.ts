import { keysAt, valueOfKey, type Key } from './index-keys'
import { isDate } from './values'

/** What a query asks of one field: some keys (equality, `$in`), or a range of one type. */
export type Condition =
  | { kind: 'keys'; keys: Key[] }
  | { kind: 'range'; type: 'string' | 'number' | 'date'; low?: { v: number | string; open: boolean }; high?: { v: number | string; open: boolean } }

type Node = Map<Key, Node | Set<string>>

// A compound index on fields that are all arrays would index every combination (MongoDB
// refuses that outright); past this many, the document is kept as always-a-candidate.
const MAX_ENTRIES_PER_DOC = 64

const comparable = (v: unknown): number | string | undefined =>
  typeof v === 'number' || typeof v === 'string' ? v : isDate(v) ? v.getTime() : undefined

function inRange(key: Key, c: Extract<Condition, { kind: 'range' }>): boolean {
  const tag = c.type === 'string' ? 's' : c.type === 'number' ? 'n' : 'd'
  if (key[0] !== tag) return false
  const v = comparable(valueOfKey(key))!
  if (c.low && (c.low.open ? !(v > c.low.v) : !(v >= c.low.v))) return false
  if (c.high && (c.high.open ? !(v < c.high.v) : !(v <= c.high.v))) return false
  return true
}

/**
 * One declared index: a tree of maps, one level per key field, ids at the leaves. A lookup
 * follows the query's conditions down the leading fields and stops at the first field the
 * query leaves open, taking every id below. Documents whose values cannot be keyed are
 * kept aside and join every answer.
 */
export class IndexTree {
  private readonly root: Node = new Map()
  private readonly unkeyed = new Set<string>()

  /** False after a bulk load until a query first needs it (Database builds it then). */
  built = true
  /** Each field's dot path, split once (adding a document is the hot path of seeding at scale). */
  private readonly parts: string[][]

  constructor(readonly fields: string[]) {
    this.parts = fields.map((f) => f.split('.'))
  }

  /** Every key path of a document, or undefined when it must stay always-a-candidate. */
  private paths(doc: Record<string, unknown>): Key[][] | undefined {
    let paths: Key[][] = [[]]
    for (const parts of this.parts) {
      const keys = keysAt(doc, parts)
      if (!keys) return undefined
      paths = paths.flatMap((p) => keys.map((k) => [...p, k]))
      if (paths.length > MAX_ENTRIES_PER_DOC) return undefined
    }
    return paths
  }

  add(id: string, doc: Record<string, unknown>): void {
    // The common case, one key per field, walks down without building key paths.
    const keys: Key[] = []
    for (const parts of this.parts) {
      const at = keysAt(doc, parts)
      if (!at || at.length !== 1) return this.addPaths(id, doc)
      keys.push(at[0])
    }
    this.addPath(id, keys)
  }

  private addPaths(id: string, doc: Record<string, unknown>): void {
    const paths = this.paths(doc)
    if (!paths) return void this.unkeyed.add(id)
    for (const path of paths) this.addPath(id, path)
  }

  private addPath(id: string, path: Key[]): void {
    let node = this.root
    for (let i = 0; i < path.length - 1; i++) {
      let next = node.get(path[i]) as Node | undefined
      if (!next) node.set(path[i], (next = new Map()))
      node = next
    }
    let leaf = node.get(path[path.length - 1]) as Set<string> | undefined
    if (!leaf) node.set(path[path.length - 1], (leaf = new Set()))
    leaf.add(id)
  }

  remove(id: string, doc: Record<string, unknown>): void {
    const paths = this.paths(doc)
    if (!paths) return void this.unkeyed.delete(id)
    for (const path of paths) this.removePath(this.root, path, 0, id)
  }

  private removePath(node: Node, path: Key[], depth: number, id: string): void {
    const child = node.get(path[depth])
    if (!child) return
    if (child instanceof Set) child.delete(id)
    else this.removePath(child, path, depth + 1, id)
    if (child.size === 0) node.delete(path[depth])
  }

  /** Whether the index was built from the same keys for both versions of a document. */
  sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
    return this.parts.every((f) => {
      const ka = keysAt(a, f)
      const kb = keysAt(b, f)
      return ka === kb || (!!ka && !!kb && ka.length === kb.length && ka.every((k, i) => k === kb[i]))
    })
  }

  /**
   * How much of the index a query constrains, for choosing among indexes: 2 for each leading
   * field with keys, 1 for a range, counting from the first field until one is left open; 0 when
   * the leading field is (the index cannot serve the query).
   */
  selectivity(conditions: Map<string, Condition>): number {
    let score = 0
    for (const field of this.fields) {
      const c = conditions.get(field)
      if (!c) break
      score += c.kind === 'keys' ? 2 : 1
    }
    return score
  }

  /**
   * Ids of the documents that may satisfy `conditions` (by field); undefined if the leading
   * field has none, or as soon as there would be more than `cap` of them.
   */
  lookup(conditions: Map<string, Condition>, cap = Infinity): Set<string> | undefined {
    if (!conditions.has(this.fields[0])) return undefined
    const out = new Set<string>(this.unkeyed)
    let over = out.size > cap
    const walk = (node: Node | Set<string>, depth: number) => {
      if (over) return
      if (node instanceof Set) {
        node.forEach((id) => out.add(id))
        over = out.size > cap
        return
      }
      const c = conditions.get(this.fields[depth])
      if (!c) return void node.forEach((child) => walk(child, depth + 1))
      if (c.kind === 'keys') {
        for (const key of c.keys) {
          const child = node.get(key)
          if (child) walk(child, depth + 1)
        }
      } else {
        node.forEach((child, key) => inRange(key, c) && walk(child, depth + 1))
      }
    }
    walk(this.root, 0)
    return over ? undefined : out
  }

  clear(): void {
    this.root.clear()
    this.unkeyed.clear()
  }
}
