import Ajv from 'ajv'
import { Aggregator as BaseAggregator, Context, Query as BaseQuery, update as baseUpdate } from 'mingo'
import type { Doc } from './ejson'
import { distanceTo, EARTH_RADIUS_M, intersects, isGeometry, pointOf, within, withinRadius } from './geo'
import { isDate, isRegExp } from './values'

// Subpath exports our moduleResolution cannot type; their signatures are in mingo/types/{core/_internal,lazy}.d.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- subpath exports our moduleResolution cannot type (see above)
const { evalExpr } = require('mingo/core') as { evalExpr: (obj: unknown, expr: unknown, options: unknown) => unknown }
// eslint-disable-next-line @typescript-eslint/no-require-imports -- subpath exports our moduleResolution cannot type (see above)
const { Lazy } = require('mingo/lazy') as { Lazy: (source: unknown[]) => unknown }

// mingo with what the SDK can send and mingo lacks: geo operators, $indexOfCP, $geoNear,
// and a $jsonSchema validator that knows MongoDB's `bsonType`.

const valueAt = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Doc)[k] : undefined), doc)

type Near = { $geometry: unknown; $maxDistance?: number; $minDistance?: number }
const inRange = (d: number, near: { maxDistance?: number; minDistance?: number }) =>
  d <= (near.maxDistance ?? Infinity) && d >= (near.minDistance ?? 0)

const geoQueryOps = {
  $nearSphere: (selector: string, near: Near) => {
    const from = pointOf(near.$geometry) ?? [0, 0]
    return (o: Doc) => {
      const g = valueAt(o, selector)
      return isGeometry(g) && inRange(distanceTo(g, from), { maxDistance: near.$maxDistance, minDistance: near.$minDistance })
    }
  },
  $geoWithin: (selector: string, spec: { $geometry?: unknown; $centerSphere?: [[number, number], number] }) => (o: Doc) => {
    const g = valueAt(o, selector)
    if (!isGeometry(g)) return false
    if (spec.$centerSphere) {
      const [center, radians] = spec.$centerSphere
      return withinRadius(g, center, radians * EARTH_RADIUS_M)
    }
    return isGeometry(spec.$geometry) && within(g, spec.$geometry)
  },
  $geoIntersects: (selector: string, spec: { $geometry?: unknown }) => (o: Doc) => {
    const g = valueAt(o, selector)
    return isGeometry(g) && isGeometry(spec.$geometry) && intersects(g, spec.$geometry)
  },
}

const $indexOfCP = (obj: Doc, expr: unknown[], options: unknown) => {
  const [s, sub, start = 0, end] = expr.map((e) => evalExpr(obj, e, options)) as [unknown, unknown, number?, number?]
  if (typeof s !== 'string' || typeof sub !== 'string') return null
  const chars = [...s].slice(0, end ?? undefined)
  for (let i = start; i + [...sub].length <= chars.length; i++) if (chars.slice(i, i + [...sub].length).join('') === sub) return i
  return -1
}

interface GeoNearSpec { near: unknown; distanceField: string; maxDistance?: number; minDistance?: number; query?: Doc; key?: string; includeLocs?: string; distanceMultiplier?: number }

/** aggregate().geoNear(): nearest first, each with its distance in metres (times distanceMultiplier). */
const $geoNear = (coll: { collect(): unknown[] }, spec: GeoNearSpec) => {
  const from = pointOf(spec.near) ?? [0, 0]
  const query = spec.query ? new Query(spec.query) : undefined
  const out = (coll.collect() as Doc[])
    .map((doc) => {
      const key = spec.key ?? Object.keys(doc).find((k) => isGeometry(doc[k]))
      const g = key ? valueAt(doc, key) : undefined
      return { doc, g, d: isGeometry(g) ? distanceTo(g, from) : NaN }
    })
    .filter(({ doc, d }) => !Number.isNaN(d) && inRange(d, spec) && (!query || query.test(doc)))
    .sort((a, b) => a.d - b.d)
    .map(({ doc, g, d }) => ({ ...doc, [spec.distanceField]: d * (spec.distanceMultiplier ?? 1), ...(spec.includeLocs ? { [spec.includeLocs]: g } : {}) }))
  return Lazy(out)
}

const BSON_TYPES: Record<string, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  int: (v) => Number.isInteger(v),
  long: (v) => Number.isInteger(v),
  double: (v) => typeof v === 'number',
  decimal: (v) => typeof v === 'number',
  number: (v) => typeof v === 'number',
  bool: (v) => typeof v === 'boolean',
  date: isDate,
  regex: isRegExp,
  null: (v) => v === null,
  array: Array.isArray,
  object: (v) => !!v && typeof v === 'object' && !Array.isArray(v) && !isDate(v) && !isRegExp(v),
  objectId: (v) => typeof v === 'string',
}
const ajv = new Ajv({ strict: false, allErrors: false })
ajv.addKeyword({
  keyword: 'bsonType',
  schemaType: ['string', 'array'],
  validate: (types: string | string[], v: unknown) => [types].flat().some((t) => BSON_TYPES[t]?.(v) ?? false),
})
const compiled = new Map<string, (v: unknown) => boolean>()
const jsonSchemaValidator = (schema: Doc) => {
  const key = JSON.stringify(schema)
  let validate = compiled.get(key)
  if (!validate) compiled.set(key, (validate = ajv.compile(schema) as (v: unknown) => boolean))
  return (o: Doc) => validate(o)
}

// mingo's own operators with ours where mingo has none (mingo's win on a name both have, as
// `Context.from(mingo's, ours)` merges them). Built once: the `mingo` entry's Query and
// Aggregator merge a given context into a copy of every operator table on each construction
// (a fifth of a millisecond per query, issue 12 item 7), so ours extend the core classes and
// receive the merged context as it is.
type OpTable = Record<string, unknown>
const ops = (subpath: string) => require(`mingo/operators/${subpath}`) as OpTable // eslint-disable-line @typescript-eslint/no-require-imports
const context = Context.init({
  accumulator: ops('accumulator'),
  expression: { $indexOfCP, ...ops('expression') },
  pipeline: { $geoNear, ...ops('pipeline') },
  projection: ops('projection'),
  query: { ...geoQueryOps, ...ops('query') },
  window: ops('window'),
} as never)
const OPTIONS = { context, jsonSchemaValidator }
const withDefaults = <T extends object>(options?: T) => ({ ...OPTIONS, ...options })
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CoreQuery = (require('mingo/query') as { Query: typeof BaseQuery }).Query
// eslint-disable-next-line @typescript-eslint/no-require-imports
const CoreAggregator = (require('mingo/aggregator') as { Aggregator: typeof BaseAggregator }).Aggregator

export class Query<T extends Doc = Doc> extends CoreQuery<T> {
  constructor(criteria: ConstructorParameters<typeof BaseQuery<T>>[0], options?: ConstructorParameters<typeof BaseQuery<T>>[1]) {
    super(criteria, withDefaults(options))
  }
}

export class Aggregator extends CoreAggregator {
  constructor(pipeline: ConstructorParameters<typeof BaseAggregator>[0], options?: ConstructorParameters<typeof BaseAggregator>[1]) {
    super(pipeline, withDefaults(options))
  }
}

export const update: typeof baseUpdate = (obj, modifier, arrayFilters, condition, options) =>
  baseUpdate(obj, modifier, arrayFilters, condition, { ...options, queryOptions: withDefaults(options?.queryOptions) })

/** `$nearSphere` answers nearest first, as MongoDB does unless the query gives another order. */
export function nearestFirst<T extends Doc>(filter: Doc, docs: T[]): T[] {
  const entry = Object.entries(filter).find(([k, v]) => !k.startsWith('$') && !!v && typeof v === 'object' && '$nearSphere' in v)
  if (!entry) return docs
  const [field, condition] = entry as [string, { $nearSphere: Near }]
  const from = pointOf(condition.$nearSphere.$geometry) ?? [0, 0]
  const distance = (d: T) => {
    const g = valueAt(d, field)
    return isGeometry(g) ? distanceTo(g, from) : Infinity
  }
  return [...docs].sort((a, b) => distance(a) - distance(b))
}
