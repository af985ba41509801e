import type { SiteView, SlotView } from '@chengxin/shared/src/api'
import { businessDay, formatInstant } from '@chengxin/shared/src/domain/dates'
import type { SiteDoc, SlotDoc, VillageDoc, VillageCheckupRules } from '@chengxin/shared/src/server'

export type CheckupVillage = VillageDoc & { checkupRules?: VillageCheckupRules }

/** The Beijing clock time of an instant, `09:00`. */
export const clock = (at: Date | string) => formatInstant(at).slice(11)

export function siteView(s: SiteDoc): SiteView {
  return { id: s._id, name: s.name, address: s.address, location: s.location, active: s.active }
}

export function slotView(s: SlotDoc): SlotView {
  return {
    id: s._id, siteId: s.siteId, siteName: s.siteName, villageIds: s.villageIds, day: s.day,
    start: clock(s.startsAt), end: clock(s.endsAt),
    startsAt: new Date(s.startsAt).toISOString(), endsAt: new Date(s.endsAt).toISOString(),
    capacity: s.capacity, taken: s.taken, placesLeft: Math.max(0, s.capacity - s.taken),
    status: s.status, closedReason: s.closedReason,
  }
}

/** This Beijing day and year. */
export function beijingToday(now = new Date()): { today: string; year: number } {
  const today = businessDay(now)
  return { today, year: Number(today.slice(0, 4)) }
}
