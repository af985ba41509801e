import type { AppealView, HouseholdResult } from '@chengxin/shared/src/api'
import { APPEAL_STATUS_LABELS, REVIEW_OUTCOME_LABELS } from '@chengxin/shared/src/domain'
import type { Caller } from '@chengxin/shared/src/server'
import { iso, isSupervisionMember, type AppealDoc, type ResultDoc, type RoundDoc } from './common'

/** A result as its household (and, after close, the panel) sees it: medians, never who gave what. */
export function resultView(r: ResultDoc, round: RoundDoc): HouseholdResult {
  const text = new Map(round.rubric.householdItems.map((i) => [i.id, i.text]))
  const c = r.current
  return {
    householdId: r.householdId, householdLabel: r.householdLabel, groupName: r.groupName,
    outcome: c.outcome, outcomeLabel: REVIEW_OUTCOME_LABELS[c.outcome], total: c.total, maxTotal: c.maxTotal, scorers: c.scorers,
    items: c.medians.map((m) => ({ itemId: m.itemId, text: text.get(m.itemId) ?? '', median: m.median })),
    version: c.version, helper: c.helper,
  }
}

export function appealView(a: AppealDoc, caller: Caller, conflicts: ReadonlySet<string>): AppealView {
  return {
    id: a._id, roundId: a.roundId, householdId: a.householdId, householdLabel: a.householdLabel, reason: a.reason,
    status: a.status, statusLabel: APPEAL_STATUS_LABELS[a.status], filedAt: iso(a.filedAt)!,
    decisionReason: a.decisionReason, decidedAt: iso(a.decidedAt), decidedBy: a.decidedBy?.name ?? null,
    fromOutcome: a.fromOutcome, toOutcome: a.toOutcome,
    canDecide: a.status === 'pending' && isSupervisionMember(caller.account) && caller.account?.villageId === a.villageId && !conflicts.has(a.householdId),
  }
}
