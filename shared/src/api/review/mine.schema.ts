import { z } from 'zod'
import { Id } from '../common'
import { AppealView, HouseholdResult, ItemScores, ResultVersion, RoundView } from './review'

/**
 * The caller's household and the village's latest round (or `roundId`): while open, whether
 * the household has rated the village; once published, its own result with per-item medians
 * (never who gave what), earlier versions, its appeal and whether it may still appeal.
 */
export const ReviewMineInput = z.object({ roundId: Id.optional() }).strict().default({})
export const ReviewMineOutput = z.object({
  round: RoundView.nullable(),
  /** The household's rating of the village in this round, or null (rate while open). */
  rating: z.object({ scores: ItemScores, comment: z.string().nullable(), at: z.string(), by: z.string() }).nullable(),
  /** Published rounds only. */
  result: HouseholdResult.nullable(),
  /** Earlier versions of the result (appeal changed it), newest first. */
  versions: z.array(ResultVersion),
  appeal: AppealView.nullable(),
  /** The head may appeal now (published, within the window, no appeal yet). */
  canAppeal: z.boolean(),
  /** The household's choice to be named on the public notice (household.consent reviewNamed). */
  named: z.boolean(),
})
export type ReviewMineInput = z.input<typeof ReviewMineInput>
export type ReviewMineOutput = z.infer<typeof ReviewMineOutput>
