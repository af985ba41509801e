
import { accountOf, assert, defineAction, householdOf, isDuplicateKey } from '@chengxin/shared/src/server'
import { assertRoundVillage, memberPreload, roundOf, roundPreload, type AppealDoc, type ResultDoc } from './common'
import { appealView } from './views'

/**
 * The head appeals the household's published result within the appeal window, once per round
 * (`_id` = `<roundId>#<householdId>`: a second appeal collides). Four round trips.
 */
export const appeal = defineAction<'review.appeal'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    result: { from: 'review_results', match: { roundId: input.roundId }, ofCaller: { householdId: 'householdId' } },
    existing: { from: 'review_appeals', match: { roundId: input.roundId }, ofCaller: { householdId: 'householdId' } },
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const me = householdOf(ctx.caller)
    assert(me.isHead, 'NOT_HOUSEHOLD_HEAD')
    const round = roundOf(ctx.caller, ctx.preloaded)
    const existing: AppealDoc | undefined = ctx.preloaded.existing[0]
    let appeal: AppealDoc
    if (existing?.requestId === ctx.requestId) {
      appeal = existing
    } else {
      assert(round.status === 'published', 'REVIEW_STATE')
      const now = new Date()
      assert(round.appealEndsAt && now < new Date(round.appealEndsAt), 'REVIEW_APPEAL_CLOSED')
      assert(!existing, 'REVIEW_APPEAL_EXISTS')
      const result: ResultDoc | undefined = ctx.preloaded.result[0]
      assert(result, 'REVIEW_NO_RESULT')
      appeal = {
        _id: `${round._id}#${me.householdId}`, roundId: round._id, villageId: round.villageId, householdId: me.householdId,
        householdLabel: result.householdLabel, reason: input.reason, status: 'pending', filedAt: now,
        filedBy: { openid: ctx.caller.openid, name: accountOf(ctx.caller).name ?? '户主' }, fromOutcome: result.current.outcome, toOutcome: null,
        decisionReason: null, decidedAt: null, decidedBy: null, requestId: ctx.requestId, decisionRequestId: null,
      }
      try {
        await ctx.db.collection('review_appeals').add({ data: appeal })
      } catch (e) {
        assert(!isDuplicateKey(e), 'REVIEW_APPEAL_EXISTS')
        throw e
      }
    }
    ctx.note({
      target: { collection: 'review_appeals', id: appeal._id, villageId: round.villageId, householdId: me.householdId },
      summary: `对${round.quarter}评议结果提出申诉`,
    })
    return { appeal: appealView(appeal, ctx.caller, new Set([me.householdId])) }
  },
})
