import { businessQuarter, generateRubric, ROUND_STATUS_LABELS, roundStatusAt, villageOfRound } from '@chengxin/shared/src/domain'
import type { CommitmentTemplateDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction } from '@chengxin/shared/src/server'
import { assertRoundVillage, roundView, statusOf } from './common'

/**
 * The village's rounds (newest first) and one of them with its rubric — never a score. A
 * cadre also gets the rubric a new round would start from. Township officers name the
 * village. Two round trips (one for a township officer).
 */
export const rubric = defineAction<'review.rubric'>()({
  preload: (input) => {
    // The village named by the round, or by the township officer, or the caller's own.
    const named = input.roundId ? villageOfRound(input.roundId) : input.villageId
    return {
      village: named ? { from: 'villages', match: { _id: named } } : { from: 'villages', ofCaller: { _id: 'villageId' } },
      template: named
        ? { from: 'commitment_templates', match: { villageId: named }, sort: { version: -1 }, limit: 1 }
        : { from: 'commitment_templates', ofCaller: { villageId: 'villageId' }, sort: { version: -1 }, limit: 1 },
      rounds: named
        ? { from: 'review_rounds', match: { villageId: named }, sort: { quarter: -1 }, limit: 20 }
        : { from: 'review_rounds', ofCaller: { villageId: 'villageId' }, sort: { quarter: -1 }, limit: 20 },
    }
  },

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    if (input.roundId) assertRoundVillage(ctx.caller, input.roundId)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    assert(village, 'NOT_FOUND')
    const township = ctx.caller.roles.includes('township') && !account.villageId
    assert(township ? village.townshipId === account.townshipId : village._id === account.villageId, 'NOT_IN_VILLAGE')
    const rounds = ctx.preloaded.rounds
    const now = new Date()
    // `final` needs to know about pending appeals: one query for the round shown.
    const chosen = input.roundId ? rounds.find((r) => r._id === input.roundId) : rounds[0]
    if (input.roundId) assert(chosen, 'NOT_FOUND')
    let status = chosen?.status
    if (chosen && chosen.status === 'published') {
      const pending = await ctx.db.collection('review_appeals').where({ roundId: chosen._id, status: 'pending' }).limit(1).get()
      status = statusOf(chosen, { pendingAppeal: (pending as { data: unknown[] }).data }, now)
    }
    const template: CommitmentTemplateDoc | undefined = ctx.preloaded.template[0]
    const cadre = ctx.caller.roles.includes('cadre') && account.villageId === village._id
    return {
      round: chosen ? roundView(chosen, ctx.caller, status) : null,
      rounds: rounds.map((r) => {
        const s = r._id === chosen?._id ? status! : roundStatusAt(r.status, r.noticeEndsAt ? new Date(r.noticeEndsAt) : null, 0, now)
        return { id: r._id, quarter: r.quarter, status: s, statusLabel: ROUND_STATUS_LABELS[s] }
      }),
      proposal: cadre && template ? generateRubric(template) : null,
      currentQuarter: businessQuarter(now),
    }
  },
})
