import { householdPlan, managementHistory, rulesOf } from '@chengxin/shared/src/domain'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import { assert, householdOf, defineAction } from '@chengxin/shared/src/server'
import { beijingToday } from './views'

const yearOf = (input: { year?: number }) => input.year ?? beijingToday().year
const inYear = (year: number) => ({ $gte: `${year}-01-01`, $lte: `${year}-12-31` })

/**
 * The household's plan for a year: everything comes with the caller in the context load
 * (household, village rules, the year's bookings and proofs of the household), one round trip.
 */
export const planMine = defineAction<'plan.mine'>()({
  preload: (input) => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    // A household of 20 members books at most 80 a year (one per member and quarter).
    bookings: { from: 'bookings', match: { day: inYear(yearOf(input)), status: { $in: ['booked', 'attended'] } }, ofCaller: { householdId: 'householdId' }, limit: 200 },
    proofs: { from: 'proofs', match: { checkupDay: inYear(yearOf(input)), status: { $in: ['verified', 'pending'] } }, ofCaller: { householdId: 'householdId' }, limit: 200 },
  }),

  async run({ caller, preloaded }, input) {
    householdOf(caller)
    const hh = preloaded.household.at(0)
    assert(hh, 'NOT_FOUND')
    const village = preloaded.village.at(0)
    const rules = rulesOf(village?.checkupRules)
    const year = yearOf(input)
    const { today } = beijingToday()
    const sinceDay = hh.managementSince ? businessDay(new Date(hh.managementSince)) : null
    const plan = householdPlan(year, today, managementHistory(hh.managementType, sinceDay), rules, {
      members: hh.members.map((m) => ({ id: m.id, name: m.name, workingAwayCity: m.workingAway?.city ?? null })),
      bookings: preloaded.bookings,
      proofs: preloaded.proofs,
    })
    return { year, today, householdLabel: hh.label, managementType: hh.managementType, managementSince: sinceDay, ...plan, rules }
  },
})
