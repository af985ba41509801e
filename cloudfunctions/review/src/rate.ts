import { scoresFit } from '@chengxin/shared/src/domain'
import { accountOf, assert, defineAction, householdOf, isDuplicateKey } from '@chengxin/shared/src/server'
import { assertRoundVillage, roundOf, roundPreload, type RatingDoc } from './common'

/**
 * A household rates the village's promises while the round is open: one rating per household
 * (`_id` = `<roundId>#<householdId>`), by the head or any bound member. Four round trips.
 */
export const rate = defineAction<'village.rate'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    existing: { from: 'review_ratings', match: { roundId: input.roundId }, ofCaller: { householdId: 'householdId' } },
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const me = householdOf(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    const existing: RatingDoc | undefined = ctx.preloaded.existing[0]
    let rating: RatingDoc
    if (existing?.requestId === ctx.requestId) {
      rating = existing
    } else {
      assert(round.status === 'open', 'REVIEW_STATE')
      assert(!existing, 'REVIEW_ALREADY_RATED')
      assert(scoresFit(round.rubric.villageItems, input.scores), 'REVIEW_ITEMS', { scores: '请对村里的每一项承诺打0到4分' })
      rating = {
        _id: `${round._id}#${me.householdId}`, roundId: round._id, villageId: round.villageId, householdId: me.householdId,
        scores: input.scores, comment: input.comment || null, by: accountOf(ctx.caller).name ?? '村民', openid: ctx.caller.openid,
        at: new Date(), requestId: ctx.requestId,
      }
      try {
        await ctx.db.collection('review_ratings').add({ data: rating })
      } catch (e) {
        assert(!isDuplicateKey(e), 'REVIEW_ALREADY_RATED')
        throw e
      }
    }
    ctx.note({
      target: { collection: 'review_ratings', id: rating._id, villageId: round.villageId, householdId: me.householdId },
      summary: `评价村里${round.quarter}履行承诺的情况`,
    })
    return { roundId: round._id, scores: rating.scores, comment: rating.comment, at: rating.at instanceof Date ? rating.at.toISOString() : new Date(rating.at).toISOString() }
  },
})
