import type { RoundView } from '@chengxin/shared/src/api'
import {
  resultsComputed, roundStatusAt, ROUND_STATUS_LABELS, villageOfRound, type RoundStatus,
} from '@chengxin/shared/src/domain'
import type { AccountDoc, Caller } from '@chengxin/shared/src/server'
import { accountOf, assert, preloadOf } from '@chengxin/shared/src/server'
import type { AppealDoc, ConfirmDoc, ReviewMemberDoc as MemberDoc, RatingDoc, ResultDoc, ResultVersionDoc, RoundDoc, ScoreDoc } from '@chengxin/shared/src/server'

export type { RoundDoc, MemberDoc, ScoreDoc, ConfirmDoc, RatingDoc, ResultVersionDoc, ResultDoc, AppealDoc }

export const isReviewMember = (a: AccountDoc | null) => !!a?.villageId && a.roles.includes('panel') && (a.panelGroups ?? []).includes('review')
export const isSupervisionMember = (a: AccountDoc | null) => !!a?.villageId && a.roles.includes('panel') && (a.panelGroups ?? []).includes('supervision')
export const isCadreOf = (a: AccountDoc | null, villageId: string) => !!a && a.roles.includes('cadre') && a.villageId === villageId

export function reviewMember(caller: Caller): AccountDoc & { villageId: string } {
  const a = accountOf(caller)
  assert(isReviewMember(a), 'NOT_REVIEW_MEMBER')
  return a as AccountDoc & { villageId: string }
}

/**
 * A round id names its village: a caller of another village is refused before anything is
 * read (township officers are checked against the loaded round's township).
 */
export function assertRoundVillage(caller: Caller, roundId: string): void {
  const a = accountOf(caller)
  if (caller.roles.includes('township') && !a.villageId) return
  assert(a.villageId && villageOfRound(roundId) === a.villageId, 'NOT_IN_VILLAGE')
}

/** The loaded round, of the caller's village (or township). */
export function roundOf(caller: Caller, preloaded: { round?: RoundDoc[] }): RoundDoc {
  const round = preloaded.round?.[0]
  assert(round, 'NOT_FOUND')
  const a = accountOf(caller)
  if (caller.roles.includes('township') && a.townshipId === round.townshipId && !a.villageId) return round
  assert(a.villageId === round.villageId, 'NOT_IN_VILLAGE')
  return round
}

/** The round and whether an appeal is pending (for `final`), in the one context round trip. */
export const roundPreload = (roundId: string) => preloadOf({
  round: { from: 'review_rounds', match: { _id: roundId } },
  pendingAppeal: { from: 'review_appeals', match: { roundId, status: 'pending' } },
})

/** The caller's member document in the round (declared conflicts). */
export const memberPreload = (roundId: string) => preloadOf({
  member: { from: 'review_members', match: { roundId }, ofCaller: { openid: '_id' } },
})

export const memberOf = (preloaded: { member?: MemberDoc[] }): MemberDoc | undefined => preloaded.member?.[0]

/**
 * Households a panel member (review or supervision group) is conflicted on: their own and
 * declared relatives'. They never get those households' scores, results or appeals from any
 * list, count or aggregate. Other callers have none (a resident sees the public notice whole).
 */
export function conflictsOf(caller: Caller, member: MemberDoc | undefined): Set<string> {
  const out = new Set<string>(member?.relatives ?? [])
  const a = caller.account
  if (a?.householdId && (isReviewMember(a) || isSupervisionMember(a))) out.add(a.householdId)
  return out
}

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

export function statusOf(round: RoundDoc, preloaded: { pendingAppeal?: unknown[] }, now = new Date()): RoundStatus {
  return roundStatusAt(round.status, round.noticeEndsAt ? new Date(round.noticeEndsAt) : null, preloaded.pendingAppeal?.length ?? 0, now)
}

export function roundView(round: RoundDoc, caller: Caller, status: RoundStatus = round.status, processed?: number): RoundView {
  const a = caller.account
  return {
    id: round._id,
    villageId: round.villageId,
    villageName: round.villageName,
    quarter: round.quarter,
    status,
    statusLabel: ROUND_STATUS_LABELS[status],
    settings: round.settings,
    rubric: round.rubric,
    openedAt: iso(round.openedAt)!,
    openedBy: round.openedBy.name,
    closedAt: iso(round.closedAt),
    publishedAt: iso(round.publishedAt),
    noticeEndsAt: iso(round.noticeEndsAt),
    appealEndsAt: iso(round.appealEndsAt),
    close: round.close ? { processed: processed ?? (resultsComputed(round.status) ? round.close.total : 0), total: round.close.total } : null,
    canScore: round.status === 'open' && isReviewMember(a) && a?.villageId === round.villageId,
    canSupervise: isSupervisionMember(a) && a?.villageId === round.villageId,
    canManage: isCadreOf(a, round.villageId),
  }
}

export const groupNameOf = (groups: Array<{ id: string; name: string }> | undefined, id: string) => groups?.find((g) => g.id === id)?.name ?? ''

export const DAY = 86_400_000
