import { z } from 'zod'
import { Id } from '../common'
import { RoundView } from './review'

/**
 * A cadre closes the round: scoring and rating stop, and results are computed in batches of
 * `batch` households per call, so each call stays well inside a cloud function's time limit.
 * The client calls again (a new requestId each call) while `done` is false; any call resumes
 * from the stored cursor. Results stay invisible to households until review.publish.
 */
export const ReviewCloseInput = z.object({
  roundId: Id,
  batch: z.number().int().min(20).max(500).default(200),
}).strict()
export const ReviewCloseOutput = z.object({
  round: RoundView,
  /** Households computed so far, of all. */
  processed: z.number().int(),
  total: z.number().int(),
  /** Every result computed: the round is closed. */
  done: z.boolean(),
})
export type ReviewCloseInput = z.input<typeof ReviewCloseInput>
export type ReviewCloseOutput = z.infer<typeof ReviewCloseOutput>
