import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, listOf } from '@chengxin/shared/src/server'
import { assertRoundVillage, conflictsOf, isCadreOf, isReviewMember, isSupervisionMember, memberOf, memberPreload, roundOf, roundPreload } from './common'
import { memberConflicts, namedHouseholds } from './conflicts'

/**
 * A member's worklist (their own marks and scores only), or the supervision group's view of
 * every member's conflicts. Conflicted households are neither listed nor counted.
 * groups: two round trips; group: three; conflicts: two.
 */
export const queue = defineAction<'review.queue'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    ...(input.view === 'conflicts' ? { members: { from: 'review_members', match: { roundId: input.roundId }, limit: 50 } } : {}),
    ...(input.view === 'groups' ? {
      confirms: { from: 'review_confirms', match: { roundId: input.roundId }, ofCaller: { scorer: '_id' }, limit: 200 },
      mine: { from: 'review_scores', match: { roundId: input.roundId }, ofCaller: { scorer: '_id' }, limit: 2100 },
      own: { from: 'households', ofCaller: { _id: 'householdId' } },
    } : {}),
    ...(input.view === 'group' ? {
      confirms: { from: 'review_confirms', match: { roundId: input.roundId, groupId: input.groupId }, ofCaller: { scorer: '_id' } },
      mine: { from: 'review_scores', match: { roundId: input.roundId, groupId: input.groupId }, ofCaller: { scorer: '_id' }, limit: 1000 },
    } : {}),
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const account = accountOf(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    const member = memberOf(ctx.preloaded)
    const conflicts = conflictsOf(ctx.caller, member)

    if (input.view === 'conflicts') {
      assert(isSupervisionMember(account) || isCadreOf(account, round.villageId), 'NOT_SUPERVISION_MEMBER')
      const members = ctx.preloaded.members ?? []
      const ids = namedHouseholds(members)
      const households = ids.length
        ? listOf<HouseholdDoc>(await ctx.db.collection('households').where({ _id: ctx._.in(ids) }).field({ label: true, groupId: true }).limit(1000).get())
        : []
      return { roundId: round._id, members: members.map((m) => memberConflicts(m, m.name, m.householdId, households, village)) }
    }

    assert(isReviewMember(account), 'NOT_REVIEW_MEMBER')
    // The groups and group views preload the member's own scores and confirmations.
    const mine = ctx.preloaded.mine ?? []
    const confirmed = new Set((ctx.preloaded.confirms ?? []).map((c) => c.groupId))

    if (input.view === 'groups') {
      const res = await ctx.db.collection('households').aggregate()
        .match({ villageId: round.villageId, archived: false, _id: ctx._.nin([...conflicts]) })
        .group({ _id: '$groupId', n: ctx.db.command.aggregate.sum(1) }).end()
      const counts = new Map(listOf<{ _id: string; n: number }>(res).map((r) => [r._id, r.n]))
      const byGroup = (g: string) => mine.filter((s) => s.groupId === g && s.householdId && !conflicts.has(s.householdId))
      const labels = [...(ctx.preloaded.own ?? [])]
      if (member?.relatives.length) {
        labels.push(...listOf<HouseholdDoc>(await ctx.db.collection('households').where({ _id: ctx._.in(member.relatives) }).field({ label: true, groupId: true }).get()))
      }
      return {
        roundId: round._id,
        groups: (village?.groups ?? []).map((g) => ({
          groupId: g.id, groupName: g.name, households: counts.get(g.id) ?? 0,
          marked: byGroup(g.id).filter((s) => s.mark).length,
          scored: byGroup(g.id).filter((s) => s.mark && s.scores).length,
          confirmed: confirmed.has(g.id),
        })),
        village: { scores: mine.find((s) => s.householdId === null)?.scores ?? null },
        mine: memberConflicts(member, account.name ?? '', account.householdId, labels, village),
      }
    }

    assert(village?.groups.some((g) => g.id === input.groupId), 'NOT_FOUND', { groupId: '本村没有这个村民小组' })
    const where = ctx.db.collection('households').where({ villageId: round.villageId, groupId: input.groupId, archived: false, _id: ctx._.nin([...conflicts]) })
    const [page, count] = await Promise.all([
      where.orderBy('_id', 'asc').skip(input.offset).limit(input.limit).field({ label: true }).get(),
      where.count(),
    ])
    const byHousehold = new Map(mine.map((s) => [s.householdId, s]))
    return {
      roundId: round._id,
      items: listOf<HouseholdDoc>(page).map((h) => ({ householdId: h._id, label: h.label, mark: byHousehold.get(h._id)?.mark ?? null, scores: byHousehold.get(h._id)?.scores ?? null })),
      total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
      confirmed: confirmed.has(input.groupId),
    }
  },
})
