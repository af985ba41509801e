import { Aggregator, nearestFirst, Query } from './mingo'
import { clone } from './database'
import { prefilterLookups } from './lookup-prefilter'
import { transactionSource } from './transaction-actions'
import { decode, decodeObject, encode, type Doc } from './ejson'
import { collectionOf, DEFAULT_LIMIT, filterOf, MAX_LIMIT, MAX_RESULT_BYTES, type DbAction, type DbContext } from './context'
import { fail } from '../wire/wire-error'

/** Serialises a result list, refusing more than CloudBase's 1 MB per reply. */
function listReply(docs: unknown[]) {
  const list = docs.map(encode)
  const bytes = list.reduce((n, s) => n + Buffer.byteLength(s), 0)
  if (bytes > MAX_RESULT_BYTES) fail('DATABASE_REQUEST_FAILED', 'database query result size exceed limit (1MB)')
  return { data: { list } }
}

/** `order` is `{field: 1|-1}` in SDK 1.4.x; older SDKs sent `[{field, direction}]`. */
function sortSpec(ctx: DbContext, order: unknown): Record<string, 1 | -1> | undefined {
  const value = decode(order, ctx.now)
  if (!value) return undefined
  const pairs = Array.isArray(value)
    ? value.map((o: { field: string; direction: string | number }) => [o.field, o.direction] as const)
    : Object.entries(value as Doc)
  const spec: Record<string, 1 | -1> = {}
  for (const [field, dir] of pairs) spec[field] = dir === -1 || dir === 'desc' ? -1 : 1
  return Object.keys(spec).length ? spec : undefined
}

function limitOf(params: Record<string, unknown>): number {
  const limit = params.limit === undefined ? DEFAULT_LIMIT : Number(params.limit)
  if (!Number.isInteger(limit) || limit < 0) fail('INVALID_PARAM', `limit must be a non-negative integer, got ${params.limit}`)
  if (limit > MAX_LIMIT) fail('INVALID_PARAM', `limit must be less than or equal to ${MAX_LIMIT}, got ${limit}`)
  return limit === 0 ? DEFAULT_LIMIT : limit
}

export const getDocument: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const filter = filterOf(ctx, params)
  const projection = decodeObject(params.projection, ctx.now)
  let source = ctx.db.docs(coll)
  if (typeof params.transactionId === 'string') {
    source = transactionSource(ctx, coll, filter, params, params.transactionId)
  } else {
    ctx.guard.check(coll, filter)
  }
  let cursor = new Query(filter, {}).find(nearestFirst(filter, source), projection)
  const order = sortSpec(ctx, params.order)
  if (order) cursor = cursor.sort(order)
  const offset = Number(params.offset ?? 0)
  if (offset > 0) cursor = cursor.skip(offset)
  return listReply(cursor.limit(limitOf(params)).all())
}

export const calculateDocument: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const filter = filterOf(ctx, params)
  ctx.guard.check(coll, filter)
  const q = new Query(filter, {})
  return { data: { total: ctx.db.docs(coll).filter((d) => q.test(d)).length } }
}

export const aggregateDocuments: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const stages = (params.stages ?? []) as Array<{ stageKey: string; stageValue: string }>
  const pipeline = stages.map((s) => ({ [s.stageKey]: decode(s.stageValue, ctx.now) }))
  const first = pipeline[0]
  const match = first && '$match' in first ? (first.$match as Doc) : undefined
  ctx.guard.check(coll, match ?? {})
  // mingo's $addFields/$unset mutate nested input objects: hand it copies, filtered first.
  const q = new Query(match ?? {}, {})
  const input = ctx.db.docs(coll).filter((d) => q.test(d)).map(clone)
  const resolver = (name: string) => ctx.db.docs(name).map(clone)
  const prepared = prefilterLookups(match ? pipeline.slice(1) : pipeline, input, (name) => ctx.db.docs(name), clone)
  const out = new Aggregator(prepared, { collectionResolver: resolver }).run(input)
  return listReply(out)
}
