import { z } from 'zod'
import { Id } from '../common'

/**
 * 应签 / 已签 / 签约率: a cadre sees their village per villager group; the township sees
 * every village, or one village per group when it names one.
 */
export const CommitmentStatsInput = z.object({ villageId: Id.optional() }).strict().default({})
export const StatsRow = z.object({
  id: z.string(),
  name: z.string(),
  /** 应签: households in the scheme (not archived). */
  due: z.number().int(),
  /** 已签: the household head signed the current version. */
  signed: z.number().int(),
  /** Both sides signed. */
  complete: z.number().int(),
  /** signed / due, 0–1. */
  rate: z.number(),
})
export const CommitmentStatsOutput = z.object({
  scope: z.enum(['village', 'township']),
  title: z.string(),
  rows: z.array(StatsRow),
  total: StatsRow,
})
export type CommitmentStatsInput = z.input<typeof CommitmentStatsInput>
export type StatsRow = z.infer<typeof StatsRow>
export type CommitmentStatsOutput = z.infer<typeof CommitmentStatsOutput>
