import { publicCounts, resultsComputed, resultsPublic, REVIEW_OUTCOME_LABELS, villageOfRound, type ReviewOutcome } from '@chengxin/shared/src/domain'
import { accountOf, assert, defineAction, listOf } from '@chengxin/shared/src/server'
import { assertRoundVillage, conflictsOf, isCadreOf, isReviewMember, isSupervisionMember, memberOf, memberPreload, roundOf, roundPreload, roundView, statusOf, type AppealDoc, type ResultDoc } from './common'
import { appealView, resultView } from './views'

/**
 * A round's results for the caller's role (see the schema). Nothing before close; residents
 * and the township nothing before publish. A household the caller is conflicted on (their
 * own, declared relatives) is left out of every list, name and count the caller gets.
 * Two or three round trips.
 */
export const results = defineAction<'review.results'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    ...memberPreload(input.roundId),
    ...(input.view === 'notice' ? { consenting: { from: 'households', match: { villageId: villageOfRound(input.roundId), 'reviewNamed.named': true }, limit: 2100 } } : {}),
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const account = accountOf(ctx.caller)
    const round = roundOf(ctx.caller, ctx.preloaded)
    const status = statusOf(round, ctx.preloaded)
    const insider = isCadreOf(account, round.villageId) || ((isReviewMember(account) || isSupervisionMember(account)) && account.villageId === round.villageId)
    const conflicts = conflictsOf(ctx.caller, memberOf(ctx.preloaded))
    const notConflicted = conflicts.size ? { householdId: ctx._.nin([...conflicts]) } : {}
    const view = roundView(round, ctx.caller, status)

    if (input.view === 'notice') {
      assert(resultsPublic(status) || (insider && resultsComputed(status)), 'REVIEW_STATE')
      const named = (ctx.preloaded.consenting ?? []).map((h) => h._id).filter((id) => !conflicts.has(id))
      const [grouped, namedResults] = await Promise.all([
        ctx.db.collection('review_results').aggregate().match({ roundId: round._id, ...notConflicted })
          .group({ _id: '$current.outcome', n: ctx.db.command.aggregate.sum(1) }).end(),
        named.length
          ? ctx.db.collection('review_results').where({ roundId: round._id, householdId: ctx._.in(named) }).orderBy('seq', 'asc').limit(1000).get()
          : Promise.resolve({ data: [] }),
      ])
      const counts: Partial<Record<ReviewOutcome, number>> = {}
      for (const g of listOf<{ _id: ReviewOutcome; n: number }>(grouped)) counts[g._id] = g.n
      return {
        round: view,
        counts: publicCounts(counts),
        // In roster order (村民组, then household), never ordered by score: no rankings.
        named: listOf<ResultDoc>(namedResults)
          .sort((a, b) => a.groupId.localeCompare(b.groupId) || a.householdId.localeCompare(b.householdId))
          .map((r) => ({ householdLabel: r.householdLabel, groupName: r.groupName, outcome: r.current.outcome, outcomeLabel: REVIEW_OUTCOME_LABELS[r.current.outcome] })),
        village: round.village ?? { items: [], ratings: 0, panelScorers: 0, comments: [] },
      }
    }

    if (input.view === 'households') {
      assert(insider, 'NOT_REVIEW_MEMBER')
      assert(resultsComputed(status), 'REVIEW_STATE')
      const filter: Record<string, unknown> = { roundId: round._id, ...notConflicted }
      if (input.outcome) filter['current.outcome'] = input.outcome
      if (input.groupId) filter.groupId = input.groupId
      const where = ctx.db.collection('review_results').where(filter)
      const [page, count] = await Promise.all([where.orderBy('seq', 'asc').skip(input.offset).limit(input.limit).get(), where.count()])
      return {
        round: view,
        households: listOf<ResultDoc>(page).map((r) => ({ ...resultView(r, round), spread: r.current.spread })),
        total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
      }
    }

    assert(isSupervisionMember(account) || isCadreOf(account, round.villageId), 'NOT_SUPERVISION_MEMBER')
    assert(resultsPublic(status), 'REVIEW_STATE')
    const filter: Record<string, unknown> = { roundId: round._id, ...notConflicted }
    if (input.status) filter.status = input.status
    const where = ctx.db.collection('review_appeals').where(filter)
    const [page, count] = await Promise.all([where.orderBy('filedAt', 'asc').skip(input.offset).limit(input.limit).get(), where.count()])
    return {
      round: view,
      appeals: listOf<AppealDoc>(page).map((a) => appealView(a, ctx.caller, conflicts)),
      total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
    }
  },
})
