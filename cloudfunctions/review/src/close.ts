import { computeResult, countedScores, helperFor, villageResult, type ScorerState } from '@chengxin/shared/src/domain'
import type { ActionContext, HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, isDuplicateKey, listOf, updatedCount } from '@chengxin/shared/src/server'
import { assertRoundVillage, groupNameOf, isCadreOf, roundOf, roundPreload, roundView, type ConfirmDoc, type MemberDoc, type ResultDoc, type RoundDoc, type ScoreDoc } from './common'

type Batch = HouseholdDoc & { entries: ScoreDoc[] }

/**
 * Closing a round, in calls of at most `batch` households each so that every call stays far
 * inside a cloud function's time limit (2,000 households: ten calls of 200). The cursor is
 * the results themselves (the last one's `seq` and household id), so any call resumes where
 * the last stopped, and two racing calls collide on the results' ids instead of doubling.
 *
 * 1st call: open → closing (scores frozen), counts the households. Five round trips.
 * Next calls: one aggregate (households after the cursor with their score entries), one batch
 * insert of their results. Five round trips.
 * Last call (nothing left): the village's own result, closing → closed. Five round trips.
 */
export const close = defineAction<'review.close'>()({
  preload: (input) => ({
    ...roundPreload(input.roundId),
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    members: { from: 'review_members', match: { roundId: input.roundId }, limit: 50 },
    confirms: { from: 'review_confirms', match: { roundId: input.roundId }, limit: 2000 },
    last: { from: 'review_results', match: { roundId: input.roundId }, sort: { seq: -1 }, limit: 1 },
    panelVillage: { from: 'review_scores', match: { roundId: input.roundId, householdId: null }, limit: 50 },
    ratings: { from: 'review_ratings', match: { roundId: input.roundId }, limit: 2100 },
  }),

  async run(ctx, input) {
    assertRoundVillage(ctx.caller, input.roundId)
    const round = roundOf(ctx.caller, ctx.preloaded)
    assert(isCadreOf(ctx.caller.account, round.villageId), 'NOT_IN_VILLAGE')
    const last: ResultDoc | undefined = ctx.preloaded.last[0]
    let processed = last?.seq ?? 0
    let state = round

    if (round.status === 'open') {
      const total = (await ctx.db.collection('households').where({ villageId: round.villageId, archived: false }).count() as { total: number }).total
      const close = { total, startedAt: new Date(), requestId: ctx.requestId }
      const res = await ctx.db.collection('review_rounds').where({ _id: round._id, status: 'open' }).update({ data: { status: 'closing', close } })
      // Another cadre's call started closing at the same moment: theirs counts.
      assert(updatedCount(res) === 1, 'REVIEW_STATE')
      state = { ...round, status: 'closing', close }
      note(ctx, state, `结束${round.quarter}评议，开始计算${total}户的结果`)
      return { round: roundView(state, ctx.caller, 'closing', 0), processed: 0, total, done: false }
    }
    // A retry of a finished call, or a call after the last: answers where things stand.
    assert(round.status === 'closing' || round.status === 'closed', 'REVIEW_STATE')
    const total = round.close?.total ?? 0
    if (round.status === 'closed') {
      note(ctx, round, `${round.quarter}评议结果已全部算出`)
      return { round: roundView(round, ctx.caller, 'closed', processed), processed, total, done: true }
    }

    const batch = await nextBatch(ctx, round, last?.householdId ?? '', input.batch)
    if (batch.length) {
      const results = computeBatch(round, batch, processed, ctx)
      try {
        await ctx.db.collection('review_results').add({ data: results })
      } catch (e) {
        // A concurrent call computed this batch first: the same results, already stored.
        if (!isDuplicateKey(e)) throw e
      }
      processed += results.length
      note(ctx, round, `计算第${processed - results.length + 1}至${processed}户的评议结果`)
      return { round: roundView(round, ctx.caller, 'closing', processed), processed, total: Math.max(total, processed), done: false }
    }

    const items = round.rubric.villageItems
    const ratings = ctx.preloaded.ratings
    const panel = ctx.preloaded.panelVillage.filter((s) => s.scores).map((s) => s.scores!)
    const village: RoundDoc['village'] = {
      items: villageResult(items, ratings.map((r) => r.scores), panel), ratings: ratings.length, panelScorers: panel.length,
      comments: ratings.map((r) => r.comment).filter((c): c is string => !!c),
    }
    const closedAt = new Date()
    const res = await ctx.db.collection('review_rounds').where({ _id: round._id, status: 'closing' }).update({ data: { status: 'closed', closedAt, village, close: { ...round.close, total: processed } } })
    assert(updatedCount(res) === 1, 'REVIEW_STATE')
    state = { ...round, status: 'closed', closedAt, village, close: { ...round.close!, total: processed } }
    note(ctx, state, `${round.quarter}评议结束：${processed}户结果已算出，待公示`)
    return { round: roundView(state, ctx.caller, 'closed', processed), processed, total: processed, done: true }
  },
})

function note(ctx: ActionContext, round: RoundDoc, summary: string) {
  ctx.note({ target: { collection: 'review_rounds', id: round._id, villageId: round.villageId, householdId: null }, summary })
}

/** The next households after the cursor, in id order, each with every score entry of the round about it: one aggregate. */
async function nextBatch(ctx: ActionContext, round: RoundDoc, after: string, size: number): Promise<Batch[]> {
  const res = await ctx.db.collection('households').aggregate()
    .match({ villageId: round.villageId, archived: false, _id: ctx._.gt(after) })
    .sort({ _id: 1 })
    .limit(size)
    .lookup({
      from: 'review_scores', let: { h: '$_id' },
      pipeline: [{ $match: { roundId: round._id } }, { $match: { $expr: { $eq: ['$householdId', '$$h'] } } }, { $project: { scorer: 1, mark: 1, scores: 1 } }],
      as: 'entries',
    } as never)
    .project({ label: 1, groupId: 1, villageId: 1, entries: 1 })
    .end()
  return listOf<Batch>(res)
}

function computeBatch(round: RoundDoc, batch: Batch[], processed: number, ctx: ActionContext<{ members: MemberDoc[]; confirms: ConfirmDoc[]; village: VillageDoc[] }>): ResultDoc[] {
  const members = ctx.preloaded.members
  const confirms = ctx.preloaded.confirms
  const village: VillageDoc | undefined = ctx.preloaded.village[0]
  const scorers: ScorerState[] = members.map((m) => ({
    key: m.openid,
    conflicts: new Set([...m.relatives, ...(m.householdId ? [m.householdId] : [])]),
    confirmedGroups: new Set(confirms.filter((c) => c.scorer === m.openid).map((c) => c.groupId)),
  }))
  const helpers = members.map((m, i) => ({ name: m.name, conflicts: scorers[i].conflicts }))
  const items = round.rubric.householdItems
  const at = new Date()
  return batch.map((h, i) => {
    const seq = processed + i + 1
    const counted = countedScores({ id: h._id, groupId: h.groupId }, items, scorers, h.entries.map((e) => ({ scorer: e.scorer, mark: e.mark, scores: e.scores })))
    const r = computeResult(items, counted, round.settings.quorum)
    return {
      _id: `${round._id}#${h._id}`, roundId: round._id, villageId: round.villageId, householdId: h._id, householdLabel: h.label,
      groupId: h.groupId, groupName: groupNameOf(village?.groups, h.groupId), seq,
      current: {
        version: 1, outcome: r.outcome, total: r.total, maxTotal: r.maxTotal, scorers: r.scorers, medians: r.medians, spread: r.spread,
        helper: r.outcome === 'support' ? helperFor(h._id, seq, helpers) : null, at, replacedBecause: null, requestId: null,
      },
      versions: [],
    }
  })
}
