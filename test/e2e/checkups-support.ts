// Slots the check-up journeys set up directly, as if a cadre had opened them earlier.
import type { Emulator } from '../../emulator-app/start'

const HOUR = 3600e3

/** The Beijing day of an instant, `2026-11-24`. */
export const beijingDay = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10)

export function insertSlot(emu: Emulator, id: string, startsAt: Date, capacity: number, villageIds = ['v-shizi']): string {
  const site = emu.wire.db.collection('checkup_sites').find()[0] as { _id: string; name: string; townshipId: string }
  emu.wire.db.collection('checkup_slots').insertOne({
    _id: id, townshipId: site.townshipId, siteId: site._id, siteName: site.name, villageIds, day: beijingDay(startsAt),
    startsAt, endsAt: new Date(startsAt.getTime() + HOUR), capacity, taken: 0, status: 'open', closedReason: null,
    createdBy: 'o-cadre-shizi', createdAt: new Date(), requestId: `e2e-${id}`,
  })
  return id
}

/**
 * A slot starting soon today (Beijing): bookable now (it starts later), and attendance can
 * be marked today (its day is today). Late in the evening "in 40 minutes" would be tomorrow,
 * so it is halfway to midnight instead; only the last minute of a Beijing day is too late.
 */
export function soon(now = new Date()): Date {
  const midnight = Date.parse(`${beijingDay(now)}T00:00:00+08:00`) + 24 * HOUR
  const at = new Date(now.getTime() + Math.min(40 * 60e3, (midnight - now.getTime()) / 2))
  const minute = new Date(at.getTime() - (at.getTime() % 60e3)) // on the minute, as a cadre opens slots
  return minute > now ? minute : at
}
