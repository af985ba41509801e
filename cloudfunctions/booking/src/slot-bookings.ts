import type { BookingDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf, defineAction } from '@chengxin/shared/src/server'

const iso = (d: Date | string) => new Date(d).toISOString()

/**
 * A cadre's day view of one slot: their own village's members on it (cancelled bookings
 * left out), with the check-in codes, by name. Round trips: context, page, count.
 */
export const slotBookings = defineAction<'slot.bookings'>()({
  preload: (input) => ({ slot: { from: 'checkup_slots', match: { _id: input.slotId } } }),

  async run({ db, _, caller, preloaded }, input) {
    const account = accountOf(caller)
    const slot = preloaded.slot.at(0)
    assert(slot, 'NOT_FOUND')
    const villageId = account.villageId!
    assert(slot.villageIds.length ? slot.villageIds.includes(villageId) : slot.townshipId === account.townshipId, 'NOT_IN_VILLAGE')

    const query = db.collection('bookings').where({ slotId: slot._id, villageId, status: _.in(['booked', 'attended', 'no-show']) })
    const [page, count] = await Promise.all([
      query.orderBy('memberName', 'asc').skip(input.offset).limit(input.limit).get(),
      query.count(),
    ])
    return {
      slot: {
        id: slot._id, siteName: slot.siteName, day: slot.day, startsAt: iso(slot.startsAt), endsAt: iso(slot.endsAt),
        capacity: slot.capacity, taken: slot.taken, status: slot.status,
      },
      items: listOf<BookingDoc>(page).map((b) => ({
        id: b._id, memberName: b.memberName, groupId: b.groupId, status: b.status, code: b.code,
        markedAt: b.markedAt ? iso(b.markedAt) : null,
      })),
      total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
    }
  },
})
