import { z } from 'zod'
import { Id } from '../common'

/**
 * A review-group member confirms a villager group: every household they did not mark counts
 * as their "做到了" (3) on every item; marked households must have been scored first
 * (REVIEW_UNSCORED). Confirming again after more scoring is fine. One write.
 */
export const ReviewConfirmGroupInput = z.object({ roundId: Id, groupId: Id }).strict()
export const ReviewConfirmGroupOutput = z.object({
  roundId: z.string(),
  groupId: z.string(),
  confirmed: z.literal(true),
  at: z.string(),
})
export type ReviewConfirmGroupInput = z.input<typeof ReviewConfirmGroupInput>
export type ReviewConfirmGroupOutput = z.infer<typeof ReviewConfirmGroupOutput>
