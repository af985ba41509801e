// A household's check-up plan for a year as plan.mine answers it: where it stands, the year's
// check-ups by day and each member working away's own plan by remote proof. Pure; the cloud
// function and the client's fake backend both build their answer with it, so they cannot
// tell a household different things.
import type { CheckupRules, ManagementPeriod } from './checkup-plan'
import { standing, type Standing } from './checkup-standing'

/** A member as the plan names them; `workingAwayCity` is set for a member working away. */
export interface PlanMember { id: string; name: string; workingAwayCity: string | null }
export interface PlanBooking { memberName: string; day: string; status: 'booked' | 'attended' | 'cancelled' | 'no-show'; siteName: string }
export interface PlanProof { memberId: string; memberName: string; checkupDay: string; status: 'pending' | 'verified' | 'rejected'; clinicName: string }

export interface PlanRecord {
  kind: 'booking' | 'proof'
  memberName: string
  day: string
  state: 'attended' | 'booked' | 'verified' | 'pending'
  place: string
}

export interface AwayPlan { memberId: string; memberName: string; city: string; planned: number; verified: number; pending: number; due: number }

export interface HouseholdPlan extends Standing {
  members: PlanMember[]
  records: PlanRecord[]
  workingAway: AwayPlan[]
}

/**
 * Attended bookings and verified proofs of the year count as done, open bookings as booked;
 * cancelled, no-show and rejected ones are left out (of the standing and of the records).
 */
export function householdPlan(year: number, today: string, history: ManagementPeriod[], rules: CheckupRules,
  facts: { members: PlanMember[]; bookings: PlanBooking[]; proofs: PlanProof[] }): HouseholdPlan {
  const inYear = (day: string) => day.startsWith(`${year}-`)
  const bookings = facts.bookings.filter((b): b is PlanBooking & { status: 'booked' | 'attended' } => inYear(b.day) && (b.status === 'booked' || b.status === 'attended'))
  const proofs = facts.proofs.filter((p): p is PlanProof & { status: 'verified' | 'pending' } => inYear(p.checkupDay) && (p.status === 'verified' || p.status === 'pending'))
  const st = standing(year, today, history, rules, {
    done: [...bookings.filter((b) => b.status === 'attended').map((b) => b.day), ...proofs.filter((p) => p.status === 'verified').map((p) => p.checkupDay)],
    booked: bookings.filter((b) => b.status === 'booked').map((b) => b.day),
  })
  const records: PlanRecord[] = [
    ...bookings.map((b) => ({ kind: 'booking' as const, memberName: b.memberName, day: b.day, state: b.status, place: b.siteName })),
    ...proofs.map((p) => ({ kind: 'proof' as const, memberName: p.memberName, day: p.checkupDay, state: p.status, place: p.clinicName })),
  ].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
  const workingAway = facts.members.filter((m) => m.workingAwayCity).map((m) => {
    const mine = proofs.filter((p) => p.memberId === m.id)
    const verified = mine.filter((p) => p.status === 'verified').length
    const pending = mine.length - verified
    return { memberId: m.id, memberName: m.name, city: m.workingAwayCity!, planned: rules.workingAwayPerYear, verified, pending, due: Math.max(0, rules.workingAwayPerYear - verified - pending) }
  })
  return { ...st, members: facts.members, records, workingAway }
}
