import { scoresFit } from '@chengxin/shared/src/domain'
import type { HouseholdDoc } from '@chengxin/shared/src/server'
import { assert, defineAction } from '@chengxin/shared/src/server'
import { assertRoundVillage, conflictsOf, memberOf, memberPreload, reviewMember, roundOf, roundPreload, type ScoreDoc } from './common'

/**
 * A member marks and/or scores a household, or scores the village's side. The member's entry
 * for the subject is one document, overwritten (`set`) while the round is open: a retry
 * writes the same. Own household and declared relatives are refused. Four round trips.
 */
export const score = defineAction<'review.score'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    ...(input.householdId ? { household: { from: 'households', match: { _id: input.householdId } } } : {}),
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    reviewMember(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    let groupId: string | null = null
    if (input.householdId) {
      const household: HouseholdDoc | undefined = ctx.preloaded.household?.[0]
      assert(household && !household.archived, 'NOT_FOUND')
      assert(household.villageId === round.villageId, 'NOT_IN_VILLAGE')
      groupId = household.groupId
    }
    const member = memberOf(ctx.preloaded)
    if (input.householdId) assert(!conflictsOf(ctx.caller, member).has(input.householdId), 'REVIEW_CONFLICT')
    assert(round.status === 'open', 'REVIEW_STATE')
    assert(member, 'REVIEW_DECLARE_FIRST')
    const items = input.householdId ? round.rubric.householdItems : round.rubric.villageItems
    if (input.scores) assert(scoresFit(items, input.scores), 'REVIEW_ITEMS', { scores: '请对每一项打0到4分' })
    const mark = input.householdId ? input.mark : null
    if (!input.householdId) assert(input.scores, 'REVIEW_ITEMS', { scores: '请对村里的每一项打分' })
    const now = new Date()
    const doc: Omit<ScoreDoc, '_id'> = {
      roundId: round._id, villageId: round.villageId, scorer: ctx.caller.openid, householdId: input.householdId ?? null, groupId,
      mark, scores: input.scores, at: now, requestId: ctx.requestId,
    }
    await ctx.db.collection('review_scores').doc(`${round._id}#${ctx.caller.openid}#${input.householdId ?? 'village'}`).set({ data: doc })
    ctx.note({
      target: { collection: 'review_scores', id: `${round._id}#${input.householdId ?? 'village'}`, villageId: round.villageId, householdId: input.householdId ?? null },
      // The audit records that a member scored, not what: scores stay hidden until close.
      summary: input.householdId ? (input.scores ? '逐项评分' : mark ? '标记待议' : '取消标记') : '评议村里的承诺',
    })
    return { roundId: round._id, householdId: input.householdId ?? null, mark, scores: input.scores, at: now.toISOString() }
  },
})
