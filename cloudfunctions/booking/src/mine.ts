import type { ActionDef, BookingDoc } from '@chengxin/shared/src/server'
import { householdOf, listOf } from '@chengxin/shared/src/server'
import { bookingView } from './rules'

/** The household's bookings, the latest slot first (index household_starts). */
export const mine: ActionDef<'booking.mine'> = {
  async run({ db, caller }, input) {
    const query = db.collection('bookings').where({ householdId: householdOf(caller).householdId })
    const [page, count] = await Promise.all([
      query.orderBy('startsAt', 'desc').skip(input.offset).limit(input.limit).get(),
      query.count(),
    ])
    return {
      items: listOf<BookingDoc>(page).map(bookingView),
      total: (count as { total: number }).total, offset: input.offset, limit: input.limit,
    }
  },
}
