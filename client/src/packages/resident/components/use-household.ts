// What the booking pages need to know about the household: the year's plan (periods, rules,
// members working away) and its bookings (who holds which period).
import type { BookingView, OutputOf, PeriodView } from '@chengxin/shared/src/api'
import { useAction } from '../../../components/use-action'
import type { Me } from '../../../stores/session'

export type Plan = OutputOf<'plan.mine'>
export interface Member { id: string; name: string; self: boolean; away: string | null }

/** A household has at most ~80 bookings a year; the latest 50 hold every open one. */
export const RECENT_BOOKINGS = { limit: 50, offset: 0 }

export function useHousehold() {
  const plan = useAction('plan.mine', {})
  const bookings = useAction('booking.mine', RECENT_BOOKINGS)
  const reload = () => { void plan.reload(true); void bookings.reload(true) }
  return { plan: plan.state, bookings: bookings.state, reload }
}

/** The members a resident can book for: themself first, then the rest of the household. */
export function householdMembers(me: Me, plan: Plan): Member[] {
  const self = me.household?.memberId
  const members = plan.members.map((m) => ({ id: m.id, name: m.name, self: m.id === self, away: m.workingAwayCity }))
  return [...members.filter((m) => m.self), ...members.filter((m) => !m.self)]
}

/** The plan period a Beijing day falls in (periods carry their first and last day). */
export const periodOfDay = (day: string, periods: PeriodView[]) => periods.find((p) => p.first <= day && day <= p.last) ?? null

/** The member's booking holding the period (booked or attended), if any. */
export const holdingBooking = (bookings: BookingView[], memberId: string, period: string) =>
  bookings.find((b) => b.memberId === memberId && b.period === period && (b.status === 'booked' || b.status === 'attended')) ?? null

/** Cancelling and rescheduling close this many hours before the slot. */
export const beforeCutoff = (startsAt: string, cutoffHours: number, now = Date.now()) =>
  Date.parse(startsAt) - now > cutoffHours * 3600000

/** Route params arrive encoded on some platforms; ids never contain '%'. */
export const param = (v: string | undefined) => (v && v.includes('%') ? decodeURIComponent(v) : v ?? '')
