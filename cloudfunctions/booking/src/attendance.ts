import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import { accountOf, assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { bookingView } from './rules'

const OUTCOME = { attended: '到场检查', 'no-show': '未到场' } as const

/**
 * A cadre of the member's village records that the check-up took place, or that the
 * member did not come (they are nudged to book again). Only the fact is stored, nothing
 * about the check-up itself. A mistaken mark can be corrected; marking the same again
 * (a second scan) changes nothing. Round trips: context, claim, booking, record.
 */
export const markAttendance = defineAction<'attendance.mark'>()({
  preload: (input) => ({
    // A code is unique in practice; the village filter below settles a clash between villages.
    booking: input.bookingId
      ? { from: 'bookings', match: { _id: input.bookingId } }
      : { from: 'bookings', match: { code: input.code }, limit: 5 },
  }),

  async run(ctx, input) {
    const villageId = accountOf(ctx.caller).villageId
    const found = ctx.preloaded.booking
    assert(found.length, 'NOT_FOUND')
    const b = found.find((d) => d.villageId === villageId)
    assert(b, 'NOT_IN_VILLAGE')
    const now = new Date()
    const again = b.status === input.outcome
    if (!again) {
      assert(b.status !== 'cancelled', 'BOOKING_STATE')
      assert(businessDay(now) >= b.day, 'ATTENDANCE_TOO_EARLY')
      const res = await ctx.db.collection('bookings')
        .where({ _id: b._id, status: b.status, requestId: b.requestId })
        .update({ data: { status: input.outcome, markedBy: ctx.caller.openid, markedAt: now, requestId: ctx.requestId, updatedAt: now } })
      assert(updatedCount(res) === 1, 'BOOKING_STATE')
      if (input.outcome === 'no-show') {
        ctx.notify({
          to: { householdId: b.householdId }, template: 'no-show-nudge', title: '未按预约参加检查',
          body: `${b.memberName}没有参加${b.day}的免费检查，请重新预约一个时段`, page: PAGES.bookings(),
        })
      }
    }
    ctx.note({
      target: { collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId },
      summary: `登记${b.memberName}${b.day}的检查：${OUTCOME[input.outcome]}${again ? '（此前已登记）' : ''}`,
    })
    return { booking: bookingView({ ...b, status: input.outcome }) }
  },
})
