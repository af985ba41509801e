import type { ActionContext } from '@chengxin/shared/src/server'
import { listOf } from '@chengxin/shared/src/server'
import type { AppealDoc, RatingDoc, ResultDoc, RoundDoc } from './common'

export interface HouseholdRound {
  round: RoundDoc | null
  result: ResultDoc | null
  rating: RatingDoc | null
  appeal: AppealDoc | null
  pendingAppeal: unknown[]
}

/** A round with one household's result, rating and appeal, and whether any appeal is pending: one aggregate. */
export async function householdRound(ctx: ActionContext, roundId: string, householdId: string): Promise<HouseholdRound> {
  const own = `${roundId}#${householdId}`
  const byId = (from: string, as: string) => ({ from, pipeline: [{ $match: { _id: own } }, { $limit: 1 }], as })
  const res = await ctx.db.collection('review_rounds').aggregate().match({ _id: roundId })
    .lookup(byId('review_results', 'result') as never)
    .lookup(byId('review_ratings', 'rating') as never)
    .lookup(byId('review_appeals', 'appeal') as never)
    .lookup({ from: 'review_appeals', pipeline: [{ $match: { roundId, status: 'pending' } }, { $limit: 1 }], as: 'pendingAppeal' } as never)
    .end()
  const [found] = listOf<RoundDoc & { result: ResultDoc[]; rating: RatingDoc[]; appeal: AppealDoc[]; pendingAppeal: unknown[] }>(res)
  if (!found) return { round: null, result: null, rating: null, appeal: null, pendingAppeal: [] }
  const { result, rating, appeal, pendingAppeal, ...round } = found
  return { round: round as RoundDoc, result: result[0] ?? null, rating: rating[0] ?? null, appeal: appeal[0] ?? null, pendingAppeal }
}
