import { planPeriod } from '@chengxin/shared/src/domain/checkup-plan'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import { assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { notifyBooked } from './book'
import { assertBeforeCutoff, assertOwn } from './own'
import { givePlace, takePlace } from './places'
import { assertBookable, bookingView, rulesOf, slotDay } from './rules'

/**
 * Moves a booking to another slot of the same plan period: takes a place on the new slot
 * (same capacity rule as booking), then moves the booking and marks the old place for the
 * timer to free. Round trips: context, claim, place, booking, record.
 */
export const reschedule = defineAction<'booking.reschedule'>()({
  preload: (input) => ({
    booking: { from: 'bookings', match: { _id: input.bookingId } },
    slot: { from: 'checkup_slots', match: { _id: input.slotId } },
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
  }),

  async run(ctx, input) {
    const b = ctx.preloaded.booking.at(0)
    assertOwn(ctx, b)
    const slot = ctx.preloaded.slot.at(0)
    const household = ctx.preloaded.household.at(0)
    const village = ctx.preloaded.village.at(0)
    const now = new Date()
    let moved = b
    if (!(b.requestId === ctx.requestId && b.slotId === input.slotId && b.status === 'booked')) {
      assert(b.status === 'booked' && b.slotId !== input.slotId, 'BOOKING_STATE')
      // One place waiting to be freed per booking: the timer frees it within a minute.
      assert(!b.releaseSlotId, 'BOOKING_BUSY')
      const rules = rulesOf(village)
      assertBeforeCutoff(b.startsAt, rules.cancelCutoffHours, now)
      assertBookable(slot, village, now)
      assert(household, 'NOT_FOUND')
      assert(planPeriod(slotDay(slot), rules.perYear[household.managementType]) === b.period, 'NOT_SAME_PERIOD')
      assert(slot.taken < slot.capacity && (await takePlace(ctx.db, slot)), 'SLOT_FULL')

      const fields = {
        slotId: slot._id, siteName: slot.siteName, day: slotDay(slot), startsAt: new Date(slot.startsAt),
        releaseSlotId: b.slotId, remindedAt: null, requestId: ctx.requestId, updatedAt: now,
      }
      const res = await ctx.db.collection('bookings')
        .where({ _id: b._id, status: 'booked', requestId: b.requestId, releaseSlotId: null })
        .update({ data: fields })
      if (updatedCount(res) !== 1) {
        await givePlace(ctx.db, slot._id)
        assert(false, 'BOOKING_STATE')
      }
      moved = { ...b, ...fields }
    }
    notifyBooked(ctx, moved, '检查预约已改期')
    ctx.note({
      target: { collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId },
      summary: `${b.memberName}的检查改约到${formatInstant(moved.startsAt)}${moved.siteName}`,
    })
    return { booking: bookingView(moved) }
  },
})
