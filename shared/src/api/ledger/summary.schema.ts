import { z } from 'zod'
import { Id } from '../common'
import { LedgerQuarterTotals, Quarter } from './ledger'

/** Quarterly totals of approved entries: of the caller's village, or (township) of one or every village. */
export const LedgerSummaryInput = z.object({ villageId: Id.optional() }).strict().default({})
export const LedgerVillageTotals = z.object({
  villageId: z.string(),
  villageName: z.string(),
  balanceFen: z.number().int(),
  count: z.number().int(),
  quarters: z.array(LedgerQuarterTotals),
})
export const LedgerSummaryOutput = z.object({
  villages: z.array(LedgerVillageTotals),
  /** Quarters already put on public notice (one village only). */
  published: z.array(z.object({ quarter: Quarter, publishedAt: z.string(), noticeEndsAt: z.string(), publishedBy: z.string() })),
})
export type LedgerSummaryInput = z.input<typeof LedgerSummaryInput>
export type LedgerSummaryOutput = z.infer<typeof LedgerSummaryOutput>
export type LedgerVillageTotals = z.infer<typeof LedgerVillageTotals>
