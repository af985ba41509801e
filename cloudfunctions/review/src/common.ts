import type { RoundView } from '@chengxin/shared/src/api'
import {
  resultsComputed, roundStatusAt, ROUND_STATUS_LABELS, villageOfRound, type ComputedResult, type Rubric, type RoundSettings, type RoundStatus, type ReviewOutcome,
} from '@chengxin/shared/src/domain'
import type { AccountDoc, Caller, Preload } from '@chengxin/shared/src/server'
import { accountOf, assert } from '@chengxin/shared/src/server'

/** A review round (`_id` = `<villageId>:<quarter>`). */
export interface RoundDoc {
  _id: string
  villageId: string
  villageName: string
  townshipId: string
  quarter: string
  status: RoundStatus
  settings: RoundSettings
  rubric: Rubric
  openedAt: Date
  openedBy: { openid: string; name: string }
  /** Set when closing starts: how many households the results cover. */
  close: { total: number; startedAt: Date; requestId: string } | null
  closedAt: Date | null
  publishedAt: Date | null
  noticeEndsAt: Date | null
  appealEndsAt: Date | null
  /** Computed by the last close batch. */
  village: { items: Array<{ itemId: string; text: string; residentMedian: number | null; panelMedian: number | null }>; ratings: number; panelScorers: number; comments: string[] } | null
  /** Last scoring reminder (Beijing day), so the timer reminds once a day. */
  remindedOn?: string | null
  requestId: string
  publishRequestId?: string | null
}

/** A review-group member in a round (`_id` = `<roundId>#<openid>`). */
export interface MemberDoc {
  _id: string
  roundId: string
  villageId: string
  openid: string
  name: string
  householdId: string | null
  relatives: string[]
  declarations: Array<{ at: Date; householdIds: string[]; requestId: string }>
  recusals: Array<{ householdId: string; at: Date }>
  declaredAt: Date
}

/** A member's entry for a subject (`_id` = `<roundId>#<openid>#<householdId|village>`). */
export interface ScoreDoc {
  _id: string
  roundId: string
  villageId: string
  scorer: string
  householdId: string | null
  groupId: string | null
  mark: 'discuss' | 'nominate' | null
  scores: Record<string, number> | null
  at: Date
  requestId: string
}

export interface ConfirmDoc {
  _id: string
  roundId: string
  scorer: string
  groupId: string
  at: Date
  requestId: string
}

export interface RatingDoc {
  _id: string
  roundId: string
  villageId: string
  householdId: string
  scores: Record<string, number>
  comment: string | null
  by: string
  openid: string
  at: Date
  requestId: string
}

/** One version of a household's result: what computeResult gave (or an appeal changed), with its helper. */
export interface ResultVersionDoc extends ComputedResult {
  version: number
  helper: string | null
  at: Date
  /** Why it was replaced (the appeal decision), on versions kept in `versions`. */
  replacedBecause?: string | null
  /** The appeal decision that made this version. */
  requestId?: string | null
}

export interface ResultDoc {
  _id: string
  roundId: string
  villageId: string
  householdId: string
  householdLabel: string
  groupId: string
  groupName: string
  /** Order computed (the close cursor). */
  seq: number
  current: ResultVersionDoc
  versions: ResultVersionDoc[]
}

export interface AppealDoc {
  _id: string
  roundId: string
  villageId: string
  householdId: string
  householdLabel: string
  reason: string
  status: 'pending' | 'upheld' | 'changed'
  filedAt: Date
  filedBy: { openid: string; name: string }
  fromOutcome: ReviewOutcome
  toOutcome: ReviewOutcome | null
  decisionReason: string | null
  decidedAt: Date | null
  decidedBy: { openid: string; name: string } | null
  requestId: string
  decisionRequestId: string | null
}

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
export function roundOf(caller: Caller, preloaded: Record<string, unknown[]>): RoundDoc {
  const round = preloaded.round?.[0] as RoundDoc | undefined
  assert(round, 'NOT_FOUND')
  const a = accountOf(caller)
  if (caller.roles.includes('township') && a.townshipId === round.townshipId && !a.villageId) return round
  assert(a.villageId === round.villageId, 'NOT_IN_VILLAGE')
  return round
}

/** The round and whether an appeal is pending (for `final`), in the one context round trip. */
export const roundPreload = (roundId: string): Preload => ({
  round: { from: 'review_rounds', match: { _id: roundId } },
  pendingAppeal: { from: 'review_appeals', match: { roundId, status: 'pending' } },
})

/** The caller's member document in the round (declared conflicts). */
export const memberPreload = (roundId: string): Preload => ({
  member: { from: 'review_members', match: { roundId }, ofCaller: { openid: '_id' } },
})

export const memberOf = (preloaded: Record<string, unknown[]>) => preloaded.member?.[0] as MemberDoc | undefined

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

export function statusOf(round: RoundDoc, preloaded: Record<string, unknown[]>, now = new Date()): RoundStatus {
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
