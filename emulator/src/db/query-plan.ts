import type { Doc } from './ejson'
import { keyOf, type Key } from './index-keys'
import type { Condition } from './index-tree'
import { isDate, isRegExp } from './values'

/**
 * What an index can use from a query: per field, one necessary condition (equality, `$in`
 * or a range; anything else leaves the field open), and the `$or`s, each a list of
 * branches. Every condition taken here is implied by the query, so the ids an index finds
 * with them hold every match; mingo then evaluates the whole query on those alone.
 */
export interface Plan {
  fields: Map<string, Condition>
  ors: Doc[][]
}

const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte'])

function rangeType(v: unknown): 'string' | 'number' | 'date' | undefined {
  if (typeof v === 'string') return 'string'
  if (typeof v === 'number' && !Number.isNaN(v)) return 'number'
  if (isDate(v)) return 'date'
  return undefined
}

/** Keys of the values an equality or `$in` names; undefined when one is not a plain scalar. */
function keysOf(values: unknown[]): Key[] | undefined {
  const keys: Key[] = []
  for (const v of values) {
    // An array or document compared whole, or a regex in $in: beyond keys.
    if (isRegExp(v)) return undefined
    const key = keyOf(v)
    if (key === undefined) return undefined
    keys.push(key)
  }
  return keys
}

function conditionOf(value: unknown): Condition | undefined {
  if (value === null || typeof value !== 'object' || isDate(value)) {
    const keys = keysOf([value])
    return keys && { kind: 'keys', keys }
  }
  if (Array.isArray(value) || isRegExp(value)) return undefined
  const ops = value as Doc
  if (!Object.keys(ops).every((k) => k.startsWith('$'))) return undefined // an embedded document compared whole
  if ('$eq' in ops) {
    const keys = keysOf([ops.$eq])
    if (keys) return { kind: 'keys', keys }
  }
  if (Array.isArray(ops.$in)) {
    const keys = keysOf(ops.$in)
    if (keys) return { kind: 'keys', keys }
  }
  let range: Extract<Condition, { kind: 'range' }> | undefined
  for (const [op, bound] of Object.entries(ops)) {
    if (!RANGE_OPS.has(op)) continue
    const type = rangeType(bound)
    if (!type || (range && range.type !== type)) return range // mingo compares a value only with a bound of its own type
    range ??= { kind: 'range', type }
    const b = { v: isDate(bound) ? bound.getTime() : (bound as string | number), open: op === '$gt' || op === '$lt' }
    if (op === '$gt' || op === '$gte') range.low = b
    else range.high = b
  }
  return range
}

/** Two conditions on one field (from `$and`): keys usually narrow more than a range. */
const preferred = (a: Condition, b: Condition) => (a.kind === 'keys' ? a : b.kind === 'keys' ? b : a)

export function planOf(filter: Doc, plan: Plan = { fields: new Map(), ors: [] }): Plan {
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' && Array.isArray(value)) (value as Doc[]).forEach((clause) => clause && typeof clause === 'object' && planOf(clause, plan))
    else if (key === '$or' && Array.isArray(value) && value.length) plan.ors.push(value as Doc[])
    else if (!key.startsWith('$')) {
      const c = conditionOf(value)
      if (!c) continue
      const had = plan.fields.get(key)
      plan.fields.set(key, had ? preferred(had, c) : c)
    }
  }
  return plan
}
