import { z } from 'zod'
import { Id } from '../common'
import { ItemScores, ReviewMark } from './review'

/**
 * A review-group member marks a household and/or scores it item by item, or scores the
 * village's side (no householdId). `mark: null` with `scores: null` returns the household to
 * "fulfilled". Scores must cover every item of that side (0–4). Overwrites the caller's own
 * earlier entry for the subject while the round is open. Refused for the member's own household
 * and declared relatives (REVIEW_CONFLICT), and before declaring conflicts.
 */
export const ReviewScoreInput = z.object({
  roundId: Id,
  /** The household scored; absent: the village's side. */
  householdId: Id.optional(),
  /** Households only: 需讨论 or 推荐示范, or null. */
  mark: ReviewMark.nullable().default(null),
  /** By rubric item id; null: only marked, scored later. */
  scores: ItemScores.nullable().default(null),
}).strict()
export const ReviewScoreOutput = z.object({
  roundId: z.string(),
  householdId: z.string().nullable(),
  mark: ReviewMark.nullable(),
  scores: ItemScores.nullable(),
  at: z.string(),
})
export type ReviewScoreInput = z.input<typeof ReviewScoreInput>
export type ReviewScoreOutput = z.infer<typeof ReviewScoreOutput>
