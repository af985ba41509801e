import { PAGES } from '@chengxin/shared/src/api/pages'
import type { ActionDef } from '@chengxin/shared/src/server'
import { assert, updatedCount } from '@chengxin/shared/src/server'
import { assertRoundVillage, DAY, isCadreOf, roundOf, roundPreload, roundView } from './common'

/**
 * A cadre publishes a closed round: the notice and the appeal window start now, and every
 * household is told. A conditional update on `closed`, so it happens once; a retry answers
 * the round it published. Four round trips.
 */
export const publish: ActionDef<'review.publish'> = {
  preload: (input) => roundPreload(input.roundId),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    let round = roundOf(ctx.caller, ctx.preloaded)
    assert(isCadreOf(ctx.caller.account, round.villageId), 'NOT_IN_VILLAGE')
    if (round.publishRequestId !== ctx.requestId) {
      assert(round.status === 'closed', 'REVIEW_STATE')
      const now = new Date()
      const data = {
        status: 'published' as const, publishedAt: now, publishRequestId: ctx.requestId,
        noticeEndsAt: new Date(now.getTime() + round.settings.noticeDays * DAY),
        appealEndsAt: new Date(now.getTime() + round.settings.appealDays * DAY),
      }
      const res = await ctx.db.collection('review_rounds').where({ _id: round._id, status: 'closed' }).update({ data })
      assert(updatedCount(res) === 1, 'REVIEW_STATE')
      round = { ...round, ...data }
    }
    ctx.note({
      target: { collection: 'review_rounds', id: round._id, villageId: round.villageId, householdId: null },
      summary: `公示${round.quarter}评议结果，公示${round.settings.noticeDays}天，申诉期${round.settings.appealDays}天`,
    })
    ctx.notify({
      to: { villageId: round.villageId, role: 'resident' }, template: 'review-published', title: `${round.villageName}${round.quarter}评议结果公示`,
      body: `可查看本户结果，有异议请在${round.settings.appealDays}天内申诉`, page: PAGES.review(),
    })
    return { round: roundView(round, ctx.caller, 'published') }
  },
}
