import { assert, defineAction } from '@chengxin/shared/src/server'
import { assertRoundVillage, memberOf, memberPreload, reviewMember, roundOf, roundPreload, type MemberDoc } from './common'
import { memberConflicts } from './conflicts'

/**
 * A review-group member declares relatives' households (the whole list). Every declaration is
 * kept for the supervision group; a household declared after the member scored it (or
 * confirmed its group) is recorded as a recusal, and close never counts that member for it.
 * One write of the member's own document: four round trips.
 */
export const declareConflict = defineAction<'review.declareConflict'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    named: { from: 'households', match: { _id: { $in: input.householdIds } }, limit: 30 },
    own: { from: 'households', ofCaller: { _id: 'householdId' } },
    scored: { from: 'review_scores', match: { roundId: input.roundId, householdId: { $in: input.householdIds } }, ofCaller: { scorer: '_id' }, limit: 30 },
    confirmed: { from: 'review_confirms', match: { roundId: input.roundId }, ofCaller: { scorer: '_id' }, limit: 200 },
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const account = reviewMember(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    const named = ctx.preloaded.named
    for (const id of input.householdIds) {
      const h = named.find((x) => x._id === id)
      assert(h, 'NOT_FOUND', { householdIds: '没有找到这一户' })
      assert(h.villageId === round.villageId, 'NOT_IN_VILLAGE', { householdIds: '只能申报本村的农户' })
    }
    const existing = memberOf(ctx.preloaded)
    const now = new Date()
    let member: MemberDoc
    if (existing?.declarations.some((d) => d.requestId === ctx.requestId)) {
      member = existing
    } else {
      assert(round.status === 'open', 'REVIEW_STATE')
      const relatives = input.householdIds.filter((id) => id !== account.householdId)
      const scored = new Set(ctx.preloaded.scored.map((s) => s.householdId!))
      const confirmed = new Set(ctx.preloaded.confirmed.map((c) => c.groupId))
      const before = new Set(existing?.relatives ?? [])
      const recused = relatives.filter((id) => !before.has(id) && (scored.has(id) || confirmed.has(named.find((h) => h._id === id)!.groupId)))
      member = {
        _id: `${round._id}#${ctx.caller.openid}`, roundId: round._id, villageId: round.villageId, openid: ctx.caller.openid,
        name: account.name ?? '评议小组成员', householdId: account.householdId, relatives,
        declarations: [...(existing?.declarations ?? []), { at: now, householdIds: relatives, requestId: ctx.requestId }],
        recusals: [...(existing?.recusals ?? []), ...recused.filter((id) => !existing?.recusals.some((r) => r.householdId === id)).map((householdId) => ({ householdId, at: now }))],
        declaredAt: now,
      }
      const { _id, ...data } = member
      await ctx.db.collection('review_members').doc(_id).set({ data })
    }
    ctx.note({
      target: { collection: 'review_members', id: member._id, villageId: round.villageId, householdId: null },
      summary: member.relatives.length ? `申报回避${member.relatives.length}户亲属` : '申报没有需回避的亲属户',
    })
    const own = ctx.preloaded.own
    return { mine: memberConflicts(member, account.name ?? '', account.householdId, [...named, ...own], ctx.preloaded.village[0]) }
  },
})
