import { Query } from './mingo'
import type { Doc } from './ejson'

type Stage = Record<string, unknown>
interface Lookup { from: unknown; let?: Record<string, unknown>; pipeline?: Stage[]; as: string }

/** `{ $eq: ['$field', '$$var'] }` terms of a `$expr` (alone or under `$and`). */
function equalities(expr: unknown): Array<[string, string]> | null {
  const terms = (expr as { $and?: unknown[] })?.$and ?? [expr]
  const out: Array<[string, string]> = []
  for (const t of terms) {
    const eq = (t as { $eq?: unknown[] })?.$eq
    if (!Array.isArray(eq) || typeof eq[0] !== 'string' || typeof eq[1] !== 'string') return null
    if (!eq[0].startsWith('$') || eq[0].startsWith('$$') || !eq[1].startsWith('$$')) return null
    out.push([eq[0].slice(1), eq[1].slice(2)])
  }
  return out
}

/**
 * A `$lookup` with a pipeline normally runs against a copy of the whole joined collection.
 * Its leading plain `$match`es (and, when the input is one document, `$expr` equalities
 * on `let` variables) select few documents: hand mingo only those, copied. Same answers,
 * without copying every audit entry for each call's context lookup.
 */
export function prefilterLookups(pipeline: Stage[], input: Doc[], candidates: (name: string, filter: Doc) => Doc[], copy: <T>(v: T) => T): Stage[] {
  return pipeline.map((stage) => {
    const lookup = stage.$lookup as Lookup | undefined
    if (!lookup || typeof lookup.from !== 'string' || !Array.isArray(lookup.pipeline)) return stage
    const filters: Doc[] = []
    let rest = lookup.pipeline
    while (rest[0] && '$match' in rest[0]) {
      const m = rest[0].$match as Doc
      if (!('$expr' in m)) filters.push(m)
      else {
        const eqs = input.length === 1 && Object.keys(m).length === 1 ? equalities(m.$expr) : null
        if (!eqs || !lookup.let) break
        const vars = lookup.let
        const plain: Doc = {}
        for (const [field, v] of eqs) {
          const ref = vars[v]
          if (typeof ref !== 'string' || !ref.startsWith('$')) return stage
          plain[field] = ref.slice(1).split('.').reduce<unknown>((o, k) => (o as Doc | undefined)?.[k], input[0]) ?? null
        }
        filters.push(plain)
      }
      rest = rest.slice(1)
    }
    if (!filters.length) return stage
    const filter = { $and: filters }
    const query = new Query(filter, {})
    const from = candidates(lookup.from, filter).filter((d) => query.test(d)).map(copy)
    return { $lookup: { ...lookup, from, pipeline: rest.length ? rest : [{ $match: {} }] } }
  })
}
