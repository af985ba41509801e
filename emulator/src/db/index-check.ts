import type { Catalog } from './catalog'
import type { Doc } from './ejson'
import { fail } from '../wire/wire-error'
import { isDate, isRegExp } from './values'

// Conditions an index on that field can serve: equality, $in, ranges, $elemMatch, $all.
const INDEXABLE_OPS = new Set(['$eq', '$in', '$gt', '$gte', '$lt', '$lte', '$elemMatch', '$all'])

function indexable(condition: unknown): boolean {
  if (isRegExp(condition)) return condition.source.startsWith('^')
  if (!condition || typeof condition !== 'object' || Array.isArray(condition) || isDate(condition)) return true
  const ops = Object.keys(condition)
  if (!ops.some((k) => k.startsWith('$'))) return true // equality with an embedded document
  return ops.some((k) => INDEXABLE_OPS.has(k))
}

/** Fields some index could use; `null` means "covered whatever the index" (an $or whose every branch is covered). */
function usableFields(filter: Doc, covers: (f: Doc) => boolean): Set<string> | null {
  const fields = new Set<string>()
  for (const [key, condition] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(condition)) {
      for (const clause of condition as Doc[]) {
        const inner = usableFields(clause, covers)
        if (inner === null) return null
        inner.forEach((f) => fields.add(f))
      }
    } else if (key === '$or' && Array.isArray(condition)) {
      // MongoDB serves an $or with one index per branch: covered only if every branch is.
      if (condition.length && (condition as Doc[]).every(covers)) return null
    } else if (!key.startsWith('$') && indexable(condition)) {
      fields.add(key)
    }
  }
  return fields
}

export function filterFields(filter: Doc): string[] {
  const out = new Set<string>()
  const walk = (f: Doc) => {
    for (const [k, v] of Object.entries(f)) {
      if (['$and', '$or', '$nor'].includes(k) && Array.isArray(v)) (v as Doc[]).forEach(walk)
      else if (!k.startsWith('$')) out.add(k)
    }
  }
  walk(filter)
  return [...out].sort()
}

/**
 * A query is covered when it filters on `_id` or on the first key of a declared index,
 * or when the collection is declared with `"scan": true` (the only way an empty filter is).
 */
export function isCovered(catalog: Catalog, collection: string, filter: Doc): boolean {
  const spec = catalog.get(collection)
  // "scan": true declares a small collection where a full scan is fine, filtered or not.
  if (spec?.scan === true) return true
  if (Object.keys(filter).length === 0) return false
  const leading = new Set(['_id', ...(spec?.indexes ?? []).map((i) => i.keys[0]?.field).filter(Boolean)])
  const covers = (f: Doc): boolean => {
    const fields = usableFields(f, covers)
    return fields === null || [...fields].some((x) => leading.has(x))
  }
  return covers(filter)
}

export class IndexGuard {
  private readonly warned = new Set<string>()
  constructor(private readonly catalog: Catalog, private readonly strict: boolean) {}

  /** Strict (tests): answer with an error. Otherwise: warn once per query shape. */
  check(collection: string, filter: Doc): void {
    if (isCovered(this.catalog, collection, filter)) return
    const fields = filterFields(filter)
    const shown = fields.length ? fields.join(', ') : '(empty filter; declare "scan": true to allow)'
    const message = `emulator: no index in database/collections.json covers ${collection} query on ${shown}`
    if (this.strict) fail('DATABASE_REQUEST_FAILED', message)
    const shape = `${collection}|${fields.join(',')}`
    if (this.warned.has(shape)) return
    this.warned.add(shape)
    console.warn(message)
  }
}
