import { quarterTotals } from '@chengxin/shared/src/domain'
import type { VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, listOf, defineAction } from '@chengxin/shared/src/server'
import { groupedTotals, preloadVillage, villageInScope } from './village-scope'

/**
 * Quarterly totals of approved entries (pending and rejected ones count nowhere): of one
 * village with what it has put on notice, or for the township every village. Three round trips.
 */
export const summary = defineAction<'ledger.summary'>()({
  preload: (input) => ({
    ...preloadVillage(input.villageId),
    notices: input.villageId
      ? { from: 'ledger_notices', match: { villageId: input.villageId }, sort: { quarter: -1, version: -1 }, limit: 12 }
      : { from: 'ledger_notices', ofCaller: { villageId: 'villageId' }, sort: { quarter: -1, version: -1 }, limit: 12 },
  }),

  async run(ctx, input) {
    const village = villageInScope(ctx, input.villageId)
    const account = accountOf(ctx.caller)
    const [rows, villages]: [Awaited<ReturnType<typeof groupedTotals>>, VillageDoc[]] = village
      ? [await groupedTotals(ctx, { villageId: village._id }), [village]]
      : await Promise.all([
          groupedTotals(ctx, { townshipId: account.townshipId }),
          (ctx.db.collection('villages').where({ townshipId: account.townshipId }).limit(100).get() as Promise<unknown>).then((r) => listOf<VillageDoc>(r)),
        ])
    const out = villages.map((v) => {
      const quarters = quarterTotals(rows.filter((r) => r.villageId === v._id))
      return {
        villageId: v._id, villageName: v.name, quarters,
        balanceFen: quarters.reduce((sum, q) => sum + q.netFen, 0), count: quarters.reduce((sum, q) => sum + q.count, 0),
      }
    })
    const notices = village ? (ctx.preloaded.notices) : []
    return {
      villages: out,
      published: notices.map((n) => ({ quarter: n.quarter, publishedAt: new Date(n.publishedAt).toISOString(), noticeEndsAt: new Date(n.noticeEndsAt).toISOString(), publishedBy: n.publishedBy.name })),
    }
  },
})
