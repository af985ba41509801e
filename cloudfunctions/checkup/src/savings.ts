import { DEFAULT_SAVINGS_ASSUMPTIONS, managementHistory, perHouseholdRoundFen, plannedInYear, rulesOf, savings, yuan, type SavingsAssumptions } from '@chengxin/shared/src/domain'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { ManagementType } from '@chengxin/shared/src/domain'
import type { SavingsAssumptionsDoc } from '@chengxin/shared/src/server'
import { accountOf, defineAction, listOf } from '@chengxin/shared/src/server'
import { beijingToday } from './views'

type Stored = Partial<SavingsAssumptionsDoc> | undefined

function assumptionsView(stored: Stored) {
  const a: SavingsAssumptions = {
    perVillageRoundFen: stored?.perVillageRoundFen ?? DEFAULT_SAVINGS_ASSUMPTIONS.perVillageRoundFen,
    householdsPerVillage: stored?.householdsPerVillage ?? DEFAULT_SAVINGS_ASSUMPTIONS.householdsPerVillage,
    perTripFen: stored?.perTripFen ?? DEFAULT_SAVINGS_ASSUMPTIONS.perTripFen,
  }
  return { ...a, perHouseholdRoundFen: perHouseholdRoundFen(a), updatedAt: stored?.updatedAt ? new Date(stored.updatedAt).toISOString() : null, updatedBy: stored?.updatedBy ?? null }
}

const TOWNSHIP = { from: 'townships' as const, ofCaller: { _id: 'townshipId' as const } }

/**
 * Trips avoided (verified remote proofs × cost of a trip) and household-rounds avoided
 * (Σ standard plan − the household's plan, × a household's share of a village round), per
 * village and for the township. Three round trips: context (township, villages), two aggregates.
 */
export const savingsGet = defineAction<'savings.get'>()({
  preload: () => ({ township: TOWNSHIP, villages: { from: 'villages', ofCaller: { townshipId: 'townshipId' }, limit: 100 } }),

  async run({ db, preloaded }, input) {
    const _ = db.command
    const year = input.year ?? beijingToday().year
    const villages = preloaded.villages
    const ids = villages.map((v) => v._id)
    const assumptions = assumptionsView(preloaded.township[0]?.savingsAssumptions)
    // Households grouped by type and the instant it took effect: few groups, whatever the size.
    const [types, proofs] = await Promise.all([
      db.collection('households').aggregate().match({ villageId: _.in(ids), archived: false })
        .group({ _id: { v: '$villageId', t: '$managementType', s: '$managementSince' }, n: { $sum: 1 } } as never).limit(100_000).end(),
      db.collection('proofs').aggregate().match({ villageId: _.in(ids), status: 'verified', checkupDay: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) })
        .group({ _id: '$villageId', n: { $sum: 1 } } as never).limit(1000).end(),
    ])
    const trips = new Map(listOf<{ _id: string; n: number }>(proofs).map((r) => [r._id, r.n]))
    const rows = villages.map((v) => {
      const rules = rulesOf(v.checkupRules)
      let households = 0
      let roundsAvoided = 0
      for (const g of listOf<{ _id: { v: string; t: ManagementType; s?: Date | null }; n: number }>(types).filter((g) => g._id.v === v._id)) {
        const since = g._id.s ? businessDay(new Date(g._id.s)) : null
        households += g.n
        roundsAvoided += g.n * Math.max(0, rules.perYear.contract - plannedInYear(year, managementHistory(g._id.t, since), rules))
      }
      const tripsAvoided = trips.get(v._id) ?? 0
      return { id: v._id, name: v.name, households, tripsAvoided, roundsAvoided, totalFen: savings(assumptions, { tripsAvoided, roundsAvoided }).totalFen }
    })
    const sum = (k: 'tripsAvoided' | 'roundsAvoided') => rows.reduce((a, r) => a + r[k], 0)
    const total = savings(assumptions, { tripsAvoided: sum('tripsAvoided'), roundsAvoided: sum('roundsAvoided') })
    const a = assumptions
    return {
      year, assumptions: a, ...total, villages: rows,
      formula: {
        perHouseholdRound: `每户每轮费用 = 每村每轮费用 ${yuan(a.perVillageRoundFen)} ÷ 村均户数 ${a.householdsPerVillage} = ${yuan(a.perHouseholdRoundFen)}`,
        trips: `免去往返 = 审核通过的异地检查证明 ${total.tripsAvoided} 次 × 每次往返 ${yuan(a.perTripFen)} = ${yuan(total.tripsFen)}`,
        rounds: `减少检查 = Σ各户（标准应检次数 − 本户应检次数）${total.roundsAvoided} 户次 × 每户每轮 ${yuan(a.perHouseholdRoundFen)} = ${yuan(total.roundsFen)}`,
        total: `合计节约 = ${yuan(total.tripsFen)} + ${yuan(total.roundsFen)} = ${yuan(total.totalFen)}`,
      },
    }
  },
})

/** The township office edits its savings assumptions (kept on the township's document). */
export const savingsAssumptionsUpdate = defineAction<'savings.assumptions.update'>()({
  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const doc: SavingsAssumptionsDoc = { ...input, updatedAt: new Date(), updatedBy: account.name ?? '', requestId: ctx.requestId }
    await ctx.db.collection('townships').doc(account.townshipId!).update({ data: { savingsAssumptions: doc } })
    ctx.note({
      target: { collection: 'townships', id: account.townshipId!, villageId: null, householdId: null },
      summary: `修改节约测算口径：每村每轮${yuan(input.perVillageRoundFen)}，村均${input.householdsPerVillage}户，每次往返${yuan(input.perTripFen)}`,
    })
    return { assumptions: assumptionsView(doc) }
  },
})
