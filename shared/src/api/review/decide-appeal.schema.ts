import { z } from 'zod'
import { AppealView, HouseholdResult, ReviewOutcome, ReviewReason } from './review'

/**
 * A supervision-group member (not of that household, not conflicted on it) decides an appeal:
 * `upheld` keeps the result; `changed` gives a new outcome as a new version of the result,
 * the old one kept. The household is told. Appeal ids are `<roundId>#<householdId>`.
 */
export const ReviewDecideAppealInput = z.discriminatedUnion('decision', [
  z.object({ appealId: z.string().min(1).max(140), decision: z.literal('upheld'), reason: ReviewReason }).strict(),
  z.object({
    appealId: z.string().min(1).max(140),
    decision: z.literal('changed'),
    reason: ReviewReason,
    /** The corrected outcome (not 未评). */
    outcome: ReviewOutcome.exclude(['unrated']),
  }).strict(),
])
export const ReviewDecideAppealOutput = z.object({ appeal: AppealView, result: HouseholdResult })
export type ReviewDecideAppealInput = z.input<typeof ReviewDecideAppealInput>
export type ReviewDecideAppealOutput = z.infer<typeof ReviewDecideAppealOutput>
