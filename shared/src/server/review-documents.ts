// The review collections' documents (issue 9), typed here so an action's preloads of them are
// typed where it declares them (CollectionDocs).
import type { ComputedResult, ReviewOutcome, Rubric, RoundSettings, RoundStatus } from '../domain'

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
export interface ReviewMemberDoc {
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
