import { DEFAULT_CHECKUP_RULES, type CheckupRules } from '@chengxin/shared/src/domain/checkup-plan'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { BookingView, WaitlistView } from '@chengxin/shared/src/api'
import type { BookingDoc, SlotDoc, VillageCheckupRules, VillageDoc, WaitlistDoc } from '@chengxin/shared/src/server'
import { assert } from '@chengxin/shared/src/server'

export type CheckupVillage = VillageDoc & { checkupRules?: VillageCheckupRules }

/** The village's own rules over the defaults (a village may set only some of them). */
export function rulesOf(village: CheckupVillage | undefined): CheckupRules {
  const own = village?.checkupRules ?? {}
  return { ...DEFAULT_CHECKUP_RULES, ...own, perYear: { ...DEFAULT_CHECKUP_RULES.perYear, ...own.perYear } }
}

/** The Beijing day of a slot, from its start: a slot at 23:30 Beijing is 15:30 UTC the same day, 00:30 is the UTC day before. */
export const slotDay = (slot: Pick<SlotDoc, 'startsAt'>) => businessDay(new Date(slot.startsAt))

/** Open, still ahead, and offered to the household's village (an empty list: every village of the township). */
export function assertBookable(slot: SlotDoc | undefined, village: CheckupVillage | undefined, now: Date): asserts slot is SlotDoc {
  assert(slot && village, 'NOT_FOUND')
  const ours = slot.villageIds.length ? slot.villageIds.includes(village._id) : slot.townshipId === village.townshipId
  assert(ours, 'NOT_IN_VILLAGE')
  assert(slot.status === 'open' && new Date(slot.startsAt) > now, 'SLOT_CLOSED')
}

/** Booked or attended: the period is spoken for (cancelled and no-show can be booked again). */
export const holdsPeriod = (b: BookingDoc) => b.status === 'booked' || b.status === 'attended'

const iso = (d: Date | string) => new Date(d).toISOString()

export function bookingView(b: BookingDoc): BookingView {
  return {
    id: b._id, memberId: b.memberId, memberName: b.memberName, period: b.period, slotId: b.slotId,
    siteName: b.siteName, day: b.day, startsAt: iso(b.startsAt), status: b.status, code: b.code,
  }
}

export function waitlistView(w: WaitlistDoc, position: number | null): WaitlistView {
  return {
    id: w._id, slotId: w.slotId, memberId: w.memberId, memberName: w.memberName, siteName: w.siteName,
    startsAt: iso(w.startsAt), status: w.status, position: w.status === 'waiting' ? position : null,
    offerExpiresAt: w.status === 'offered' && w.offerExpiresAt ? iso(w.offerExpiresAt) : null,
  }
}
