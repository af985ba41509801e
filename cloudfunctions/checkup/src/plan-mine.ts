import { managementHistory, rulesOf, standing } from '@chengxin/shared/src/domain'
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
    const bookings = preloaded.bookings
    const proofs = preloaded.proofs
    const sinceDay = hh.managementSince ? businessDay(new Date(hh.managementSince)) : null
    const s = standing(year, today, managementHistory(hh.managementType, sinceDay), rules, {
      done: [...bookings.filter((b) => b.status === 'attended').map((b) => b.day), ...proofs.filter((p) => p.status === 'verified').map((p) => p.checkupDay)],
      booked: bookings.filter((b) => b.status === 'booked').map((b) => b.day),
    })
    const records = [
      ...bookings.map((b) => ({ kind: 'booking' as const, memberName: b.memberName, day: b.day, state: b.status as 'attended' | 'booked', place: b.siteName })),
      ...proofs.map((p) => ({ kind: 'proof' as const, memberName: p.memberName, day: p.checkupDay, state: p.status as 'verified' | 'pending', place: p.clinicName })),
    ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    const workingAway = hh.members.filter((m) => m.workingAway).map((m) => {
      const mine = proofs.filter((p) => p.memberId === m.id)
      const verified = mine.filter((p) => p.status === 'verified').length
      const pending = mine.length - verified
      return { memberId: m.id, memberName: m.name, city: m.workingAway!.city, planned: rules.workingAwayPerYear, verified, pending, due: Math.max(0, rules.workingAwayPerYear - verified - pending) }
    })
    return {
      members: hh.members.map((m) => ({ id: m.id, name: m.name, workingAwayCity: m.workingAway?.city ?? null })),
      year, today, householdLabel: hh.label, managementType: hh.managementType, managementSince: sinceDay,
      planned: s.planned, done: s.done, booked: s.booked, due: s.due, perYear: s.perYear, periods: s.periods,
      dueNow: s.dueNow, overdue: s.overdue, records, workingAway, rules,
    }
  },
})
