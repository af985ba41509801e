import type { VillageDoc } from '@chengxin/shared/src/server'
import { assert, defineAction } from '@chengxin/shared/src/server'
import { assertRoundVillage, memberOf, memberPreload, reviewMember, roundOf, roundPreload } from './common'

/**
 * A member confirms a villager group: the households they did not mark count as their
 * 做到了. A marked household still without item scores blocks it (REVIEW_UNSCORED). One
 * document per member and group, overwritten: four round trips.
 */
export const confirmGroup = defineAction<'review.confirmGroup'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    unscored: { from: 'review_scores', match: { roundId: input.roundId, groupId: input.groupId, scores: null, mark: { $ne: null } }, ofCaller: { scorer: '_id' } },
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    reviewMember(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    assert(village?.groups.some((g) => g.id === input.groupId), 'NOT_FOUND', { groupId: '本村没有这个村民小组' })
    assert(round.status === 'open', 'REVIEW_STATE')
    assert(memberOf(ctx.preloaded), 'REVIEW_DECLARE_FIRST')
    // A mark withdrawn leaves `mark: null, scores: null`: only a mark still standing blocks.
    const blocking = ctx.preloaded.unscored.filter((s) => s.mark)
    assert(!blocking.length, 'REVIEW_UNSCORED')
    const at = new Date()
    const id = `${round._id}#${ctx.caller.openid}#${input.groupId}`
    await ctx.db.collection('review_confirms').doc(id).set({ data: { roundId: round._id, scorer: ctx.caller.openid, groupId: input.groupId, at, requestId: ctx.requestId } })
    ctx.note({
      target: { collection: 'review_confirms', id: `${round._id}#${input.groupId}`, villageId: round.villageId, householdId: null },
      summary: `确认${village!.groups.find((g) => g.id === input.groupId)!.name}：未标记的农户计为做到了`,
    })
    return { roundId: round._id, groupId: input.groupId, confirmed: true as const, at: at.toISOString() }
  },
})
