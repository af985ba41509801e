import { planPeriod } from '@chengxin/shared/src/domain/checkup-plan'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { BookingDoc } from '@chengxin/shared/src/server'
import { assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { assertPeriodFree, notifyBooked, storeBooking, type Seat } from './book'
import { assertOwn } from './own'
import { givePlace } from './places'
import { assertBookable, bookingView, holdsPeriod, rulesOf, slotDay } from './rules'

const parts = (id: string) => id.split('#') as [string, string]

/**
 * Books the place the timer offered and holds (it is already counted in `taken`): claims
 * the offer before it expires, then stores the booking; if the member's period turned out
 * to be taken meanwhile, the held place goes back. Round trips: context, claim, offer, booking, record.
 */
export const accept = defineAction<'waitlist.accept'>()({
  preload: (input) => ({
    entry: { from: 'waitlist', match: { _id: input.waitlistId } },
    slot: { from: 'checkup_slots', match: { _id: parts(input.waitlistId)[0] } },
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    bookings: { from: 'bookings', match: { memberId: parts(input.waitlistId)[1] }, sort: { startsAt: -1 }, limit: 12 },
  }),

  async run(ctx) {
    const entry = ctx.preloaded.entry.at(0)
    assertOwn(ctx, entry)
    const household = ctx.preloaded.household.at(0)
    const member = household?.members.find((m) => m.id === entry.memberId)
    const slot = ctx.preloaded.slot.at(0)
    assert(household && member && slot, 'NOT_FOUND')
    const village = ctx.preloaded.village.at(0)
    const now = new Date()

    const perYear = rulesOf(village).perYear[household.managementType]
    const seat: Seat = { slot, household, member, period: planPeriod(slotDay(slot), perYear) }
    const existing = assertPeriodFree(seat, (day) => planPeriod(day, perYear), ctx.preloaded.bookings)
    const ours = entry.status === 'accepted' && entry.requestId === ctx.requestId
    if (ours && existing?.requestId === ctx.requestId && holdsPeriod(existing)) return done(existing)

    if (!ours) {
      assert(entry.status === 'offered' && entry.offerExpiresAt && new Date(entry.offerExpiresAt) > now, 'OFFER_EXPIRED')
      assert(!existing || !holdsPeriod(existing), 'ALREADY_BOOKED')
      assertBookable(slot, village, now)
      const claimed = await ctx.db.collection('waitlist')
        .where({ _id: entry._id, status: 'offered', offerExpiresAt: ctx._.gt(now) })
        .update({ data: { status: 'accepted', requestId: ctx.requestId } })
      assert(updatedCount(claimed) === 1, 'OFFER_EXPIRED')
    }
    const booking = await storeBooking(ctx, seat, existing, now)
    if (!booking) {
      await givePlace(ctx.db, slot._id)
      assert(false, 'ALREADY_BOOKED')
    }
    return done(booking)

    function done(b: BookingDoc) {
      notifyBooked(ctx, b)
      ctx.note({
        target: { collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId },
        summary: `${b.memberName}接受候补空位，预约${formatInstant(b.startsAt)}${b.siteName}的检查`,
      })
      return { booking: bookingView(b) }
    }
  },
})
