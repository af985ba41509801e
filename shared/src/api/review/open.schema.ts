import { z } from 'zod'
import { Id } from '../common'
import { Quarter, RoundSettings, RoundView } from './review'

/** A village's edit of one generated rubric item before opening: its descriptors (0–4) and/or its wording. */
export const RubricEdit = z.object({
  /** The commitment item's id, as review.rubric's proposal lists it. */
  id: Id,
  text: z.string().trim().min(1, '请填写评议内容').max(200, '评议内容最多200字').optional(),
  /** Five short descriptors for 0, 1, 2, 3, 4. */
  descriptors: z.array(z.string().trim().min(1, '请填写说明').max(40, '每档说明最多40字')).length(5, '要有0到4分五档说明').optional(),
}).strict()

/**
 * A cadre opens the village's review round for a quarter (one per village per quarter). The
 * rubric is generated from the village's current commitment template: one item per promise
 * on both lists; `edits` change an item's wording or descriptors. Tells the review group
 * (round opened) and every household (rating invitation). Retrying with the same requestId
 * answers the same round.
 */
export const ReviewOpenInput = z.object({
  /** e.g. 2026Q4: the current or the previous quarter. */
  quarter: Quarter,
  settings: RoundSettings.optional(),
  edits: z.array(RubricEdit).max(60).optional(),
}).strict()
export const ReviewOpenOutput = z.object({ round: RoundView })
export type ReviewOpenInput = z.input<typeof ReviewOpenInput>
export type ReviewOpenOutput = z.infer<typeof ReviewOpenOutput>
