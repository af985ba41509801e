import type { ActionContext } from '@chengxin/shared/src/server'
import { listOf, preloadOf } from '@chengxin/shared/src/server'
export { isTownship, villageInScope } from '@chengxin/shared/src/server'

/** The village an action reads: the one named (township: any of its villages), else the caller's own. */
export const preloadVillage = (villageId: string | undefined) => preloadOf({
  village: villageId ? { from: 'villages', match: { _id: villageId } } : { from: 'villages', ofCaller: { _id: 'villageId' } },
})

/** Approved entries grouped by village, quarter and kind: what quarterTotals folds. One aggregate round trip. */
export async function groupedTotals(ctx: ActionContext, match: Record<string, unknown>) {
  const res = await ctx.db.collection('ledger_chain').aggregate().match(match).group({
    _id: { villageId: '$villageId', quarter: '$quarter', kind: '$kind' },
    signedFen: { $sum: '$signedFen' },
    inFen: { $sum: { $max: ['$signedFen', 0] } },
    outFen: { $sum: { $max: [{ $multiply: ['$signedFen', -1] }, 0] } },
    count: { $sum: 1 },
  } as never).limit(10_000).end()
  type Row = { _id: { villageId: string; quarter: string; kind: never }; signedFen: number; inFen: number; outFen: number; count: number }
  return listOf<Row>(res).map((r) => ({ villageId: r._id.villageId, quarter: r._id.quarter, kind: r._id.kind, signedFen: r.signedFen, inFen: r.inFen, outFen: r.outFen, count: r.count }))
}
