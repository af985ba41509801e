import { z } from 'zod'
import { Id } from '../common'
import { ItemScores } from './review'

/**
 * A household rates the village's promises (0–4 each, every village item) while the round is
 * open, with an optional comment: one rating per household, by the head or any bound member
 * (a second one: REVIEW_ALREADY_RATED). Comments are shown without names.
 */
export const VillageRateInput = z.object({
  roundId: Id,
  scores: ItemScores,
  comment: z.string().trim().max(300, '意见最多300字').optional(),
}).strict()
export const VillageRateOutput = z.object({
  roundId: z.string(),
  scores: ItemScores,
  comment: z.string().nullable(),
  at: z.string(),
})
export type VillageRateInput = z.input<typeof VillageRateInput>
export type VillageRateOutput = z.infer<typeof VillageRateOutput>
