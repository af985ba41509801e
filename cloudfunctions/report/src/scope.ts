import type { Figures } from '@chengxin/shared/src/api'
import { DEFAULT_SAVINGS_ASSUMPTIONS, publicComplaints, savings, type SavingsAssumptions } from '@chengxin/shared/src/domain'
export { isTownship, villageInScope } from '@chengxin/shared/src/server'

/** The village an action reads (named, or the caller's own), the caller's township and the village's newest counter. */
export const preloadVillage = (villageId: string | undefined) => ({
  village: villageId ? { from: 'villages' as const, match: { _id: villageId } } : { from: 'villages' as const, ofCaller: { _id: 'villageId' as const } },
  township: { from: 'townships' as const, ofCaller: { _id: 'townshipId' as const } },
  counter: villageId
    ? { from: 'report_counters' as const, match: { villageId }, sort: { quarter: -1 as const }, limit: 1 }
    : { from: 'report_counters' as const, ofCaller: { villageId: 'villageId' as const }, sort: { quarter: -1 as const }, limit: 1 },
})

/** The township's savings assumptions (savings.get's), over the defaults. */
export function assumptionsOf(township: unknown): SavingsAssumptions {
  const stored = (township as { savingsAssumptions?: Partial<SavingsAssumptions> } | undefined)?.savingsAssumptions
  return { ...DEFAULT_SAVINGS_ASSUMPTIONS, ...Object.fromEntries(Object.entries(stored ?? {}).filter(([k]) => k in DEFAULT_SAVINGS_ASSUMPTIONS)) }
}

/** Figures as a reader gets them: complaints hidden below the smallest public cell, savings priced. */
export function shown(figures: Figures, assumptions: SavingsAssumptions): Figures {
  const { tripsAvoided, roundsAvoided } = figures.savings
  return { ...figures, complaints: publicComplaints(figures.complaints), savings: { tripsAvoided, roundsAvoided, totalFen: savings(assumptions, { tripsAvoided, roundsAvoided }).totalFen } }
}

export const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
