import { PAGES } from '@chengxin/shared/src/api/pages'
import { APPEAL_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from '@chengxin/shared/src/domain'
import { accountOf, assert, defineAction, updatedCount } from '@chengxin/shared/src/server'
import { assertRoundVillage, conflictsOf, isSupervisionMember, memberOf, memberPreload, roundOf, roundPreload, type AppealDoc, type ResultDoc, type ResultVersionDoc } from './common'
import { appealView, resultView } from './views'

const roundOfAppeal = (appealId: string) => appealId.slice(0, Math.max(0, appealId.indexOf('#')))

/**
 * A supervision-group member decides a pending appeal. `changed` makes a new version of the
 * result (the old one kept in `versions`, with the reason); `upheld` keeps it. Both writes are
 * conditional (appeal still pending; result still at the version appealed), so a retry or a
 * second member cannot decide twice. The household is told. Five round trips.
 */
export const decideAppeal = defineAction<'review.decideAppeal'>()({
  preload: (input) => ({
    ...roundPreload(roundOfAppeal(input.appealId)),
    ...memberPreload(roundOfAppeal(input.appealId)),
    appeal: { from: 'review_appeals', match: { _id: input.appealId } },
    result: { from: 'review_results', match: { _id: input.appealId } },
  }),

  async run(ctx, input) {
    const roundId = roundOfAppeal(input.appealId)
    assert(roundId, 'NOT_FOUND')
    assertRoundVillage(ctx.caller, roundId)
    const account = accountOf(ctx.caller)
    assert(isSupervisionMember(account), 'NOT_SUPERVISION_MEMBER')
    // The appeal's id names its household: a conflicted member is refused before anything else.
    const conflicts = conflictsOf(ctx.caller, memberOf(ctx.preloaded))
    assert(!conflicts.has(input.appealId.slice(roundId.length + 1)), 'REVIEW_CONFLICT')
    const round = roundOf(ctx.caller, ctx.preloaded)
    let appeal: AppealDoc | undefined = ctx.preloaded.appeal[0]
    let result: ResultDoc | undefined = ctx.preloaded.result[0]
    assert(appeal && result && appeal.roundId === round._id, 'NOT_FOUND')
    const now = new Date()
    const by = { openid: ctx.caller.openid, name: account.name ?? '监督小组成员' }

    if (appeal.decisionRequestId !== ctx.requestId) {
      assert(appeal.status === 'pending', 'REVIEW_APPEAL_DECIDED')
      const decided = {
        status: input.decision, decisionReason: input.reason, decidedAt: now, decidedBy: by, decisionRequestId: ctx.requestId,
        toOutcome: input.decision === 'changed' ? input.outcome : appeal.fromOutcome,
      }
      const res = await ctx.db.collection('review_appeals').where({ _id: appeal._id, status: 'pending' }).update({ data: decided })
      assert(updatedCount(res) === 1, 'REVIEW_APPEAL_DECIDED')
      appeal = { ...appeal, ...decided }
    }
    if (input.decision === 'changed' && result.current.requestId !== ctx.requestId) {
      const old = result.current
      const next: ResultVersionDoc = {
        ...old, version: old.version + 1, outcome: input.outcome, at: now, replacedBecause: null, requestId: ctx.requestId,
        // 需帮扶 keeps (or gets) a helper; other outcomes need none.
        helper: input.outcome === 'support' ? old.helper : null,
      }
      const kept: ResultVersionDoc = { ...old, replacedBecause: input.reason }
      const res = await ctx.db.collection('review_results').where({ _id: result._id, 'current.version': old.version })
        .update({ data: { current: next, versions: ctx._.push(kept) } })
      assert(updatedCount(res) === 1, 'REVIEW_APPEAL_DECIDED')
      result = { ...result, current: next, versions: [...result.versions, kept] }
    }
    ctx.note({
      target: { collection: 'review_appeals', id: appeal._id, villageId: round.villageId, householdId: appeal.householdId },
      summary: input.decision === 'changed'
        ? `申诉改正：${REVIEW_OUTCOME_LABELS[appeal.fromOutcome]}改为${REVIEW_OUTCOME_LABELS[input.outcome]}（第${result.current.version}版）`
        : `申诉${APPEAL_STATUS_LABELS.upheld}`,
    })
    ctx.notify({
      to: { householdId: appeal.householdId }, template: 'appeal-decided', title: `${round.quarter}评议申诉已处理`,
      body: `${APPEAL_STATUS_LABELS[input.decision]}：${input.reason}`, page: PAGES.review(),
    })
    return { appeal: appealView(appeal, ctx.caller, conflicts), result: resultView(result, round) }
  },
})
