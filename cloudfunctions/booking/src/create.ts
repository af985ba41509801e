import { planPeriod } from '@chengxin/shared/src/domain/checkup-plan'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { ActionContext, BookingDoc, HouseholdDoc, SlotDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, householdOf } from '@chengxin/shared/src/server'
import { assertPeriodFree, notifyBooked, storeBooking, type Seat } from './book'
import { givePlace, takePlace } from './places'
import { assertBookable, bookingView, holdsPeriod, rulesOf, slotDay, type CheckupVillage } from './rules'
import { joinWaitlist } from './waitlist-join'

/**
 * Books a slot for a member of the caller's household (a member working away may still
 * come home for it). Takes a place with one conditional update, then stores the booking
 * under member#period; if the period turns out to be taken, the place goes back. A full
 * slot answers SLOT_FULL, or puts the member on its waitlist when asked to.
 * Round trips: context, claim, place, booking, record.
 */
export const create = defineAction<'booking.create'>()({
  preload: (input) => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    slot: { from: 'checkup_slots', match: { _id: input.slotId } },
    // At most one a period and the slot lies ahead: the period's booking is among the latest.
    bookings: { from: 'bookings', match: { memberId: input.memberId }, sort: { startsAt: -1 }, limit: 12 },
    ...(input.joinWaitlist
      ? {
          entry: { from: 'waitlist', match: { _id: `${input.slotId}#${input.memberId}` } },
          queue: { from: 'waitlist', match: { slotId: input.slotId, status: 'waiting' }, sort: { joinedAt: 1 }, limit: 200 },
        }
      : {}),
  }),

  async run(ctx, input) {
    householdOf(ctx.caller)
    const household: HouseholdDoc | undefined = ctx.preloaded.household[0]
    const village: CheckupVillage | undefined = ctx.preloaded.village[0]
    const slot: SlotDoc | undefined = ctx.preloaded.slot[0]
    const now = new Date()
    assert(household, 'NOT_FOUND')
    assert(!household.archived, 'HOUSEHOLD_ARCHIVED')
    const member = household.members.find((m) => m.id === input.memberId)
    assert(member, 'NOT_FOUND')
    assertBookable(slot, village, now)

    const perYear = rulesOf(village).perYear[household.managementType]
    const seat: Seat = { slot, household, member, period: planPeriod(slotDay(slot), perYear) }
    const existing = assertPeriodFree(seat, (day) => planPeriod(day, perYear), ctx.preloaded.bookings)
    if (existing && holdsPeriod(existing)) {
      // A retry whose first reply was lost finds the booking it stored.
      assert(existing.requestId === ctx.requestId && existing.status === 'booked', 'ALREADY_BOOKED')
      return booked(ctx, existing)
    }

    const took = slot.taken < slot.capacity && (await takePlace(ctx.db, slot))
    if (!took) {
      assert(input.joinWaitlist, 'SLOT_FULL')
      return joinWaitlist(ctx, seat, ctx.preloaded.entry?.[0], ctx.preloaded.queue ?? [], now)
    }
    const booking = await storeBooking(ctx, seat, existing, now)
    if (!booking) {
      // Another request booked the member's period in the meantime: the place goes back.
      await givePlace(ctx.db, slot._id)
      assert(false, 'ALREADY_BOOKED')
    }
    return booked(ctx, booking)
  },
})

function booked(ctx: ActionContext, b: BookingDoc) {
  notifyBooked(ctx, b)
  ctx.note({
    target: { collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId },
    summary: `为${b.memberName}预约${formatInstant(b.startsAt)}${b.siteName}的检查`,
  })
  return { booking: bookingView(b), waitlisted: false, position: null }
}
