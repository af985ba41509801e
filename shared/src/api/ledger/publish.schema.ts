import { z } from 'zod'
import { LedgerQuarterTotals, Quarter } from './ledger'

/** Puts a quarter's totals on public notice for the village (every household's inbox), anchored to the chain's head. */
export const LedgerPublishInput = z.object({ quarter: Quarter, noticeDays: z.number().int().min(3, '公示至少3天').max(30, '公示最多30天').default(7) }).strict()
export const LedgerPublishOutput = z.object({
  quarter: Quarter,
  version: z.number().int(),
  totals: LedgerQuarterTotals,
  through: z.object({ seq: z.number().int(), hash: z.string() }),
  publishedAt: z.string(),
  noticeEndsAt: z.string(),
})
export type LedgerPublishInput = z.input<typeof LedgerPublishInput>
export type LedgerPublishOutput = z.infer<typeof LedgerPublishOutput>
