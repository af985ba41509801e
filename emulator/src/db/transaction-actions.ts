import { Query } from './mingo'
import type { StoredDoc } from './database'
import { decode, type Doc } from './ejson'
import type { DbAction, DbContext, Params } from './context'
import { filterOf } from './context'
import { fail, WireError } from '../wire/wire-error'

const WHERE_IN_TX =
  "where() inside a transaction: WeChat's documentation says transactions take only doc() and add() " +
  '(developers.weixin.qq.com/minigame/dev/wxcloud/guide/database/transaction.md, 单记录操作); the CloudBase server answers it ' +
  "over the transaction's snapshot (node-sdk's own transaction integration test; emulator/FIDELITY.md), and so does the emulator"

/** What a read inside a transaction sees: one document by `_id`, or (a WHERE query) the whole snapshot. */
export function transactionSource(ctx: DbContext, coll: string, filter: Doc, params: Params, txId: string): StoredDoc[] {
  if (params.queryType === 'DOC' && typeof filter._id === 'string') {
    const doc = ctx.tx.read(txId, coll, filter._id)
    return doc ? [doc] : []
  }
  ctx.divergence?.note('where-in-transaction', WHERE_IN_TX)
  return ctx.tx.view(txId, coll)
}

/** Ids a non-transactional write would touch, as far as locks are concerned. */
function touches(ctx: DbContext, coll: string, action: string, params: Params): (id: string) => boolean {
  if (action === 'insertDocument') {
    const items = (Array.isArray(params.data) ? params.data : [params.data]).map((d) => decode(d, ctx.now))
    const ids = new Set(items.flat().map((d) => (d as Doc | undefined)?._id).filter((id): id is string => typeof id === 'string'))
    return (id) => ids.has(id)
  }
  const filter = filterOf(ctx, params)
  const q = new Query(filter, {})
  return (id) => {
    const doc = ctx.db.get(coll, id)
    return doc ? q.test(doc) : filter._id === id
  }
}

/**
 * A write outside any transaction to a document an open transaction has written waits until
 * that transaction ends ("普通的更新操作会被阻塞，直到事务锁释放或者超时", WeChat's transaction guide).
 * Costs nothing while no transaction holds a lock in the collection.
 */
export const waitingForLocks = (name: string, action: DbAction): DbAction => (ctx, params) => {
  const coll = params.collectionName
  if (typeof params.transactionId === 'string' || typeof coll !== 'string' || !ctx.tx.locked(coll, () => true)) return action(ctx, params)
  const matches = touches(ctx, coll, name, params)
  return ctx.tx
    .unlocked(() => ctx.tx.locked(coll, matches))
    .then(() => action(ctx, params))
    .catch((err: unknown) => {
      if (err instanceof WireError) throw err
      return fail('DATABASE_REQUEST_FAILED', (err as Error).message)
    })
}
