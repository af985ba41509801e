import { PAGES } from '@chengxin/shared/src/api/pages'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { ActionContext, BookingDoc, HouseholdDoc, MemberDoc, SlotDoc } from '@chengxin/shared/src/server'
import { assert, isDuplicateKey, updatedCount } from '@chengxin/shared/src/server'
import { bookingCode } from './code'
import { holdsPeriod, slotDay } from './rules'

export interface Seat {
  slot: SlotDoc
  household: HouseholdDoc
  member: MemberDoc
  period: string
}

export const bookingIdOf = (memberId: string, period: string) => `${memberId}#${period}`

/**
 * Refuses a second open booking of the member in the period. `_id` = member#period makes
 * that impossible to store anyway; checking the preloaded bookings too catches a booking
 * made under another management type, whose periods were cut differently.
 */
export function assertPeriodFree(seat: Seat, perYear: (day: string) => string, bookings: BookingDoc[]): BookingDoc | undefined {
  const id = bookingIdOf(seat.member.id, seat.period)
  const same = bookings.find((b) => b._id === id)
  assert(!bookings.some((b) => b._id !== id && holdsPeriod(b) && perYear(b.day) === seat.period), 'ALREADY_BOOKED')
  return same
}

/**
 * Stores the booking of a place already taken: a new document, or the period's cancelled
 * or no-show booking booked again (conditionally on the state it was read in; a place it
 * still has to give back stays marked). Answers null when another request holds the
 * period, and the caller gives the place back.
 */
export async function storeBooking(ctx: ActionContext, seat: Seat, existing: BookingDoc | undefined, now: Date): Promise<BookingDoc | null> {
  const { slot, household, member, period } = seat
  const fields = {
    householdId: household._id, villageId: household.villageId, groupId: household.groupId,
    memberId: member.id, memberName: member.name, period, slotId: slot._id, siteName: slot.siteName,
    day: slotDay(slot), startsAt: new Date(slot.startsAt), status: 'booked' as const, code: bookingCode(ctx.requestId),
    remindedAt: null, markedBy: null, markedAt: null, updatedAt: now, requestId: ctx.requestId,
  }
  const bookings = ctx.db.collection('bookings')
  if (existing) {
    if (holdsPeriod(existing)) return null
    const res = await bookings.where({ _id: existing._id, status: existing.status, requestId: existing.requestId }).update({ data: fields })
    return updatedCount(res) === 1 ? { ...existing, ...fields } : null
  }
  const doc: BookingDoc = { _id: bookingIdOf(member.id, period), ...fields, releaseSlotId: null, createdAt: now }
  try {
    await bookings.add({ data: doc })
    return doc
  } catch (e) {
    if (isDuplicateKey(e)) return null
    throw e
  }
}

/** Tells the household (every bound member) that the booking stands. */
export function notifyBooked(ctx: ActionContext, b: BookingDoc, what = '检查预约成功'): void {
  ctx.notify({
    to: { householdId: b.householdId }, template: 'booking-confirmed', title: what,
    body: `${b.memberName}：${formatInstant(b.startsAt)} ${b.siteName}，请凭签到码到场`, page: PAGES.bookings(),
  })
}
