import type { Figures, GroupFigures } from '../api/report/report'
import type { SavingsAssumptionsDoc } from './checkup-documents'
import type { AssessmentGoodKey, AssessmentStatus } from '../domain/report-labels'

/**
 * `report_counters`: the figures of one village (`_id` = `<villageId>:<quarter>`) or one
 * township (`t:<townshipId>:<quarter>`) as counted in that quarter. The current quarter's is
 * live (recounted by the `counters` timer); an earlier quarter's is that quarter's snapshot,
 * as last counted before it ended. Complaint figures are stored unhidden (hidden when read).
 */
export interface CounterDoc {
  _id: string
  kind: 'village' | 'township'
  townshipId: string
  /** Village counters only. */
  villageId: string | null
  name: string
  quarter: string
  countedAt: Date
  figures: Figures
  groups: Array<{ groupId: string; groupName: string; figures: GroupFigures }>
  verifyDays: number[]
  /** The latest published review round counted (its results are the review figures). */
  reviewRoundId: string | null
  /** Township counters: how many villages were summed. */
  villages: number
}

/** `report_state` (`_id` = 'counters'): where the counters timer stands. */
export interface CounterStateDoc {
  _id: string
  /** Start of the last run: the next one recounts villages changed since a little before it. */
  lastRunAt: Date | null
  /** The day of the last complete full recount, and how far today's has come (village ids in order). */
  fullDay: string | null
  fullCursor: string | null
  quarter: string | null
}

/** `assessment_rounds` (`_id` = `<townshipId>:<quarter>`): a quarter the township opened. */
export interface AssessmentRoundDoc {
  _id: string
  townshipId: string
  quarter: string
  villages: number
  openedAt: Date
  openedBy: string
  requestId: string
}

/** `assessments` (`_id` = `<villageId>:<quarter>`): one village's six-goods scores of a quarter. */
export interface AssessmentDoc {
  _id: string
  townshipId: string
  villageId: string
  villageName: string
  quarter: string
  status: AssessmentStatus
  goods: Array<{ key: AssessmentGoodKey; score: number | null; comment: string }>
  scoredBy: string | null
  updatedAt: Date | null
  submittedAt: Date | null
  /** The request that last wrote it: a retry recognises its own write. */
  requestId: string
  version: number
}

/** `townships`: the township's name and office, and its savings assumptions (savings.assumptions.update). */
export interface TownshipDoc {
  _id: string
  name: string
  office: string
  savingsAssumptions?: SavingsAssumptionsDoc
}
