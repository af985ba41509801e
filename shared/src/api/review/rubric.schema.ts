import { z } from 'zod'
import { Id } from '../common'
import { Rubric, RoundStatus, RoundView } from './review'

/**
 * The village's rounds and one round with its rubric (no scores). Without `roundId`: the latest
 * round of the caller's village (a township officer names the village). For a cadre with no
 * round open, `proposal` is the rubric review.open would generate from the current template.
 */
export const ReviewRubricInput = z.object({
  roundId: Id.optional(),
  /** Township officers: which village (others: their own). */
  villageId: Id.optional(),
}).strict().default({})
export const ReviewRubricOutput = z.object({
  round: RoundView.nullable(),
  /** Every round of the village, newest first (at most 20). */
  rounds: z.array(z.object({ id: z.string(), quarter: z.string(), status: RoundStatus, statusLabel: z.string() })),
  /** Cadres only: the rubric a new round would start from (null for others, or without a template). */
  proposal: Rubric.nullable(),
  /** The quarter a new round would be for (the current one), for the cadre's open form. */
  currentQuarter: z.string(),
})
export type ReviewRubricInput = z.input<typeof ReviewRubricInput>
export type ReviewRubricOutput = z.infer<typeof ReviewRubricOutput>
