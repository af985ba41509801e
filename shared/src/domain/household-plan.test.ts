import { DEFAULT_CHECKUP_RULES } from './checkup-plan'
import { managementHistory } from './checkup-standing'
import { householdPlan, type PlanBooking, type PlanProof } from './household-plan'

const members = [{ id: 'm1', name: '王大山', workingAwayCity: null }, { id: 'm3', name: '王强', workingAwayCity: '杭州' }]
const booking = (day: string, status: PlanBooking['status']): PlanBooking => ({ memberName: '王大山', day, status, siteName: '镇卫生院' })
const proof = (checkupDay: string, status: PlanProof['status']): PlanProof => ({ memberId: 'm3', memberName: '王强', checkupDay, status, clinicName: '杭州某中心' })
const plan = (bookings: PlanBooking[], proofs: PlanProof[]) =>
  householdPlan(2026, '2026-11-24', managementHistory('contract', null), DEFAULT_CHECKUP_RULES, { members, bookings, proofs })

describe('a household’s plan for the year', () => {
  it('counts attended bookings and verified proofs as done, open bookings as booked, and leaves the rest out', () => {
    const p = plan(
      [booking('2026-02-10', 'attended'), booking('2026-12-03', 'booked'), booking('2026-05-02', 'cancelled'), booking('2026-08-01', 'no-show'), booking('2025-11-01', 'attended')],
      [proof('2026-06-01', 'verified'), proof('2026-10-20', 'pending'), proof('2026-09-09', 'rejected')],
    )
    expect(p).toMatchObject({ planned: 4, done: 2, booked: 1, due: 1, overdue: ['2026P3'] })
    expect(p.records.map((r) => `${r.day} ${r.kind} ${r.state}`)).toEqual([
      '2026-02-10 booking attended', '2026-06-01 proof verified', '2026-10-20 proof pending', '2026-12-03 booking booked',
    ])
  })

  it('gives each member working away their own plan by remote proof', () => {
    const p = plan([], [proof('2026-06-01', 'verified'), proof('2026-10-20', 'pending')])
    expect(p.workingAway).toEqual([{ memberId: 'm3', memberName: '王强', city: '杭州', planned: 2, verified: 1, pending: 1, due: 0 }])
    expect(p.members).toEqual(members)
  })
})
