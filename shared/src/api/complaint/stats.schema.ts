import { z } from 'zod'
import { Id } from '../common'
import { ComplaintCategory, ComplaintStatus } from './complaint'

const Month = z.string().regex(/^\d{4}-\d{2}$/, '月份格式应为2026-11')

/**
 * Public figures of a village (residents: their own; township: any of theirs), per month filed
 * and category, over at most 12 months ending `to` (default: this month). No cell below 3
 * complaints is shown: such a row has `hidden: true` and nulls (small numbers re-identify people).
 */
export const ComplaintStatsInput = z.object({ villageId: Id.optional(), to: Month.optional(), months: z.number().int().min(1).max(12).default(6) }).strict().default({ months: 6 })
export const ComplaintStatsRow = z.object({
  month: Month,
  category: ComplaintCategory,
  hidden: z.boolean(),
  count: z.number().int().nullable(),
  byStatus: z.partialRecord(ComplaintStatus, z.number().int()).nullable(),
  /** Median days from filing to first answer, of those answered. */
  medianDaysToAnswer: z.number().nullable(),
  /** Share (0–1) of those answered whose first answer came within the deadline. */
  withinDeadline: z.number().nullable(),
})
export const ComplaintStatsOutput = z.object({
  villageId: z.string(),
  villageName: z.string(),
  minCell: z.number().int(),
  rows: z.array(ComplaintStatsRow),
})
export type ComplaintStatsInput = z.input<typeof ComplaintStatsInput>
export type ComplaintStatsOutput = z.infer<typeof ComplaintStatsOutput>
export type ComplaintStatsRow = z.infer<typeof ComplaintStatsRow>
