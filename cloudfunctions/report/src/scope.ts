import type { Figures } from '@chengxin/shared/src/api'
import { DEFAULT_SAVINGS_ASSUMPTIONS, publicComplaints, savings, type SavingsAssumptions } from '@chengxin/shared/src/domain'
import type { AccountDoc, Caller, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert } from '@chengxin/shared/src/server'

/** The village an action reads (named, or the caller's own), the caller's township and the village's newest counter. */
export const preloadVillage = (villageId: string | undefined) => ({
  village: villageId ? { from: 'villages' as const, match: { _id: villageId } } : { from: 'villages' as const, ofCaller: { _id: 'villageId' as const } },
  township: { from: 'townships' as const, ofCaller: { _id: 'townshipId' as const } },
  counter: villageId
    ? { from: 'report_counters' as const, match: { villageId }, sort: { quarter: -1 as const }, limit: 1 }
    : { from: 'report_counters' as const, ofCaller: { villageId: 'villageId' as const }, sort: { quarter: -1 as const }, limit: 1 },
})

export const isTownship = (a: AccountDoc) => a.roles.includes('township') && !a.villageId

/**
 * The village to read, checked against the caller's scope: a cadre's own (another named:
 * NOT_IN_VILLAGE); a township officer's named village of their township. Null: a township
 * officer named none.
 */
export function villageInScope(ctx: { caller: Caller; preloaded: { village: VillageDoc[] } }, requested: string | undefined): VillageDoc | null {
  const account = accountOf(ctx.caller)
  const village = ctx.preloaded.village[0]
  if (isTownship(account)) {
    if (!requested) return null
    assert(village, 'NOT_FOUND')
    assert(village.townshipId === account.townshipId, 'NOT_IN_VILLAGE')
    return village
  }
  assert(village && village._id === account.villageId && (!requested || requested === village._id), 'NOT_IN_VILLAGE')
  return village
}

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
