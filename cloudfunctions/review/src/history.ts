import { publicCounts, REVIEW_OUTCOME_LABELS, resultsPublic, type ReviewOutcome } from '@chengxin/shared/src/domain'
import type { VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, householdOf, listOf } from '@chengxin/shared/src/server'

/**
 * Published rounds only, newest first (20): the caller's household's results, or the
 * village's per-item trend with outcome counts (no cell under 3). Two round trips.
 */
export const history = defineAction<'review.history'>()({
  preload: (input) => ({
    village: input.view === 'village' && input.villageId ? { from: 'villages', match: { _id: input.villageId } } : { from: 'villages', ofCaller: { _id: 'villageId' } },
    rounds: input.view === 'village' && input.villageId
      ? { from: 'review_rounds', match: { villageId: input.villageId, status: 'published' }, sort: { quarter: -1 }, limit: 20 }
      : { from: 'review_rounds', match: { status: 'published' }, ofCaller: { villageId: 'villageId' }, sort: { quarter: -1 }, limit: 20 },
    ...(input.view === 'household' ? { results: { from: 'review_results', ofCaller: { householdId: 'householdId' }, sort: { roundId: -1 }, limit: 40 } } : {}),
  }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    assert(village, 'NOT_FOUND')
    const township = ctx.caller.roles.includes('township') && !account.villageId
    assert(township ? village.townshipId === account.townshipId : village._id === account.villageId, 'NOT_IN_VILLAGE')
    const rounds = ctx.preloaded.rounds.filter((r) => resultsPublic(r.status))
    if (input.view === 'household') {
      householdOf(ctx.caller)
      const byRound = new Map((ctx.preloaded.results ?? []).map((r) => [r.roundId, r]))
      return {
        household: rounds.filter((r) => byRound.has(r._id)).map((r) => {
          const c = byRound.get(r._id)!.current
          return { roundId: r._id, quarter: r.quarter, outcome: c.outcome, outcomeLabel: REVIEW_OUTCOME_LABELS[c.outcome], total: c.total, maxTotal: c.maxTotal, version: c.version }
        }),
      }
    }
    const counts = rounds.length
      ? listOf<{ _id: { roundId: string; outcome: ReviewOutcome }; n: number }>(await ctx.db.collection('review_results').aggregate()
        .match({ roundId: ctx._.in(rounds.map((r) => r._id)) })
        .group({ _id: { roundId: '$roundId', outcome: '$current.outcome' }, n: ctx.db.command.aggregate.sum(1) }).end())
      : []
    return {
      village: rounds.map((r) => {
        const c: Partial<Record<ReviewOutcome, number>> = {}
        for (const g of counts) if (g._id.roundId === r._id) c[g._id.outcome] = g.n
        return { roundId: r._id, quarter: r.quarter, items: r.village?.items ?? [], counts: publicCounts(c) }
      }),
    }
  },
})
