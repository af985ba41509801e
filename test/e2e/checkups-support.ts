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

/** A slot starting soon today (Beijing): bookable now, and attendance can be marked today. */
export function soon(): Date {
  const at = new Date(Date.now() + 40 * 60e3)
  at.setUTCSeconds(0, 0)
  return at
}
