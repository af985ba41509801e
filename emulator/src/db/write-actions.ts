import { Query } from './mingo'
import { newId, type StoredDoc } from './database'
import { decode, decodeObject, encode, type Doc } from './ejson'
import { applyUpdate, upsertDoc } from './apply-update'
import { collectionOf, docIdOf, filterOf, type DbAction, type DbContext, type Params } from './context'
import { fail } from '../wire/wire-error'
import { transactionSource } from './transaction-actions'

// CloudBase's own text for this case is not on record; this mirrors MongoDB's, which it runs on.
const duplicate = (coll: string, id: string) =>
  fail('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: "${id}" }`)

/** `data` arrives as an array of EJSON strings (add), or as one EJSON document or array. */
function insertedDocs(ctx: DbContext, data: unknown): Doc[] {
  const items = Array.isArray(data) ? data.map((d) => decode(d, ctx.now)) : [decode(data, ctx.now)]
  const docs = items.flatMap((d) => (Array.isArray(d) ? d : [d])) as Doc[]
  if (!docs.length || docs.some((d) => !d || typeof d !== 'object')) fail('INVALID_PARAM', 'data must be a non-empty object or array of objects')
  return docs
}

export const insertDocument: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const txId = params.transactionId as string | undefined
  // `_id` first, as CloudBase stores it.
  // `_id` first, as CloudBase stores it.
  const docs = insertedDocs(ctx, params.data).map(({ _id, ...rest }) => ({ _id: typeof _id === 'string' ? _id : newId(), ...rest }) as StoredDoc)
    .map(({ _id, ...rest }) => ({ _id, ...rest }) as StoredDoc)
  const seen = new Set<string>()
  // All or nothing: a duplicate anywhere in the batch inserts none of it.
  for (const d of docs) {
    const taken = txId ? ctx.tx.read(txId, coll, d._id) : ctx.db.get(coll, d._id)
    if (taken || seen.has(d._id)) duplicate(coll, d._id)
    seen.add(d._id)
  }
  for (const d of docs) {
    if (txId) ctx.tx.write(txId, coll, d._id, d)
    else ctx.db.put(coll, d._id, d)
  }
  return { data: { insertedIds: docs.map((d) => d._id) } }
}

/** The documents a modify/remove addresses; WHERE queries are index-checked. */
function targets(ctx: DbContext, coll: string, filter: Doc, params: Params): StoredDoc[] {
  if (params.queryType !== 'DOC' || params.multi === true) ctx.guard.check(coll, filter)
  const q = new Query(filter, {})
  const matched = ctx.db.docs(coll).filter((d) => q.test(d))
  return params.multi === true ? matched : matched.slice(0, 1)
}

export const modifyDocument: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const filter = filterOf(ctx, params)
  const data = decodeObject(params.data, ctx.now)
  const merge = params.merge !== false
  const txId = params.transactionId as string | undefined
  if (txId) {
    const id = docIdOf(filter, params, 'modifyDocument')
    const current = ctx.tx.read(txId, coll, id)
    if (!current && !params.upsert) return { data: { updated: 0 } }
    ctx.tx.write(txId, coll, id, current ? applyUpdate(current, data, merge, filter) : upsertDoc(filter, data, merge))
    return current ? { data: { updated: 1 } } : { data: { updated: 0, upsert_id: id } }
  }
  const matched = targets(ctx, coll, filter, params)
  if (!matched.length && params.upsert === true) {
    const doc = upsertDoc(filter, data, merge)
    ctx.db.put(coll, doc._id, doc)
    return { data: { updated: 0, upsert_id: doc._id } }
  }
  // `updated` counts documents actually changed, as MongoDB's nModified does.
  const updated = matched.filter((d) => ctx.db.put(coll, d._id, applyUpdate(d, data, merge, filter))).length
  return { data: { updated } }
}

/** `updateAndReturn()`: updates the first match and answers it as it is afterwards. */
export const modifyAndReturnDoc: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const filter = filterOf(ctx, params)
  const txId = typeof params.transactionId === 'string' ? params.transactionId : undefined
  // Inside a transaction (the SDK sends its id): the first match in its snapshot, written under its lock.
  const source = txId ? transactionSource(ctx, coll, filter, params, txId) : undefined
  const [doc] = source ? source.filter((d) => new Query(filter, {}).test(d)) : targets(ctx, coll, filter, { ...params, multi: false })
  if (!doc) return { data: { updated: 0, doc: null } }
  const next = applyUpdate(doc, decodeObject(params.data, ctx.now), true, filter)
  if (txId) ctx.tx.write(txId, coll, doc._id, next)
  const updated = txId ? 1 : ctx.db.put(coll, doc._id, next) ? 1 : 0
  return { data: { updated, doc: encode(next) } }
}

export const removeDocument: DbAction = (ctx, params) => {
  const coll = collectionOf(ctx, params)
  const filter = filterOf(ctx, params)
  const txId = params.transactionId as string | undefined
  if (txId) {
    const id = docIdOf(filter, params, 'removeDocument')
    if (!ctx.tx.read(txId, coll, id)) return { data: { deleted: 0 } }
    ctx.tx.write(txId, coll, id, undefined)
    return { data: { deleted: 1 } }
  }
  const deleted = targets(ctx, coll, filter, params).filter((d) => ctx.db.put(coll, d._id, undefined)).length
  return { data: { deleted } }
}
