import { z } from 'zod'
import { Id } from '../common'
import { OutcomeCounts, ReviewOutcome } from './review'

/**
 * Results over rounds (published rounds only, newest first, at most 20):
 * - `household` (residents): the caller's household's result each round;
 * - `village` (everyone of the village, the township naming it): the village's per-item trend
 *   (resident and panel medians) and outcome counts (null under 3) per round.
 */
export const ReviewHistoryInput = z.discriminatedUnion('view', [
  z.object({ view: z.literal('household') }).strict(),
  z.object({ view: z.literal('village'), villageId: Id.optional() }).strict(),
])
export const ReviewHistoryOutput = z.object({
  /** view=household */
  household: z.array(z.object({
    roundId: z.string(),
    quarter: z.string(),
    outcome: ReviewOutcome,
    outcomeLabel: z.string(),
    total: z.number().nullable(),
    maxTotal: z.number().int(),
    version: z.number().int(),
  })).optional(),
  /** view=village */
  village: z.array(z.object({
    roundId: z.string(),
    quarter: z.string(),
    items: z.array(z.object({ itemId: z.string(), text: z.string(), residentMedian: z.number().nullable(), panelMedian: z.number().nullable() })),
    counts: OutcomeCounts,
  })).optional(),
})
export type ReviewHistoryInput = z.input<typeof ReviewHistoryInput>
export type ReviewHistoryOutput = z.infer<typeof ReviewHistoryOutput>
