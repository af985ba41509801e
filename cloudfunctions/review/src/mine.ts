import { REVIEW_OUTCOME_LABELS, resultsPublic } from '@chengxin/shared/src/domain'
import type { HouseholdDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, householdOf } from '@chengxin/shared/src/server'
import { assertRoundVillage, iso, roundView, statusOf } from './common'
import { householdRound } from './household-round'
import { appealView, resultView } from './views'

/**
 * The caller's household in the latest round of the village (or `roundId`): its rating of the
 * village, and once published its own result (medians only), earlier versions and appeal.
 * Two round trips (three when the latest round is looked up).
 */
export const mine = defineAction<'review.mine'>()({
  preload: (input) => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    ...(input.roundId ? {} : { latest: { from: 'review_rounds', ofCaller: { villageId: 'villageId' }, sort: { quarter: -1 }, limit: 1 } }),
  }),

  async run(ctx, input) {
    const me = householdOf(ctx.caller)
    if (input.roundId) assertRoundVillage(ctx.caller, input.roundId)
    const household: HouseholdDoc | undefined = ctx.preloaded.household[0]
    const named = !!household?.reviewNamed?.named
    const roundId = input.roundId ?? ctx.preloaded.latest?.[0]?._id
    const empty = { round: null, rating: null, result: null, versions: [], appeal: null, canAppeal: false, named }
    if (!roundId) return empty
    const found = await householdRound(ctx, roundId, me.householdId)
    if (input.roundId) assert(found.round, 'NOT_FOUND')
    if (!found.round) return empty
    const round = found.round
    const now = new Date()
    const status = statusOf(round, { pendingAppeal: found.pendingAppeal }, now)
    const published = resultsPublic(status) && !!found.result
    const r = found.rating
    return {
      round: roundView(round, ctx.caller, status),
      rating: r ? { scores: r.scores, comment: r.comment, at: iso(r.at)!, by: r.by } : null,
      result: published ? resultView(found.result!, round) : null,
      versions: published
        ? [...found.result!.versions].reverse().map((v) => ({ version: v.version, outcome: v.outcome, outcomeLabel: REVIEW_OUTCOME_LABELS[v.outcome], total: v.total, replacedBecause: v.replacedBecause ?? null, at: iso(v.at)! }))
        : [],
      appeal: found.appeal ? appealView(found.appeal, ctx.caller, new Set([me.householdId])) : null,
      canAppeal: published && me.isHead && !found.appeal && !!round.appealEndsAt && now < new Date(round.appealEndsAt),
      named,
    }
  },
})
