import { formatInstant } from '@chengxin/shared/src/domain/dates'
import { assert, defineAction, updatedCount } from '@chengxin/shared/src/server'
import { assertBeforeCutoff, assertOwn } from './own'
import { givePlace } from './places'
import { bookingView, rulesOf } from './rules'

/**
 * Cancels a booking until the village's cutoff. The place is not given back here: the
 * booking is marked `releaseSlotId` in the same write and the timer frees it (and offers it
 * to the waitlist) within a minute. Round trips: context, claim, booking, record (plus one when it
 * takes over a release the timer has not done yet).
 */
export const cancel = defineAction<'booking.cancel'>()({
  preload: (input) => ({
    booking: { from: 'bookings', match: { _id: input.bookingId } },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
  }),

  async run(ctx) {
    const b = ctx.preloaded.booking.at(0)
    assertOwn(ctx, b)
    const now = new Date()
    const retry = b.status === 'cancelled' && b.requestId === ctx.requestId
    if (!retry) {
      assert(b.status === 'booked', 'BOOKING_STATE')
      assertBeforeCutoff(b.startsAt, rulesOf(ctx.preloaded.village.at(0)).cancelCutoffHours, now)
      const res = await ctx.db.collection('bookings')
        .where({ _id: b._id, status: 'booked', requestId: b.requestId, releaseSlotId: b.releaseSlotId })
        .update({ data: { status: 'cancelled', releaseSlotId: b.slotId, requestId: ctx.requestId, updatedAt: now } })
      assert(updatedCount(res) === 1, 'BOOKING_STATE')
      // The write replaced a release still pending from an earlier change: this request owns it now.
      if (b.releaseSlotId) await givePlace(ctx.db, b.releaseSlotId)
    }
    ctx.note({
      target: { collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId },
      summary: `取消${b.memberName}${formatInstant(b.startsAt)}${b.siteName}的检查预约`,
    })
    return { booking: bookingView({ ...b, status: 'cancelled' }) }
  },
})
