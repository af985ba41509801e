import { PAGES } from '@chengxin/shared/src/api/pages'
import { accountOf, assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { clock, slotView } from './views'

/**
 * Closes a slot with a reason in five round trips (with the change's claim and record): the context load brings the slot and its
 * bookings (≤ capacity ≤ 200), one conditional update closes it, one multi-update cancels
 * every booking still on it, and the audit record carries one notice per household. A
 * retry after a lost reply recognises its own close (closeRequestId) and the bookings it
 * cancelled (slotClosed.requestId). See docs/checkups.md, "Closing a slot".
 */
export const slotClose = defineAction<'slot.close'>()({
  preload: (input) => ({
    slot: { from: 'checkup_slots', match: { _id: input.slotId } },
    bookings: { from: 'bookings', match: { slotId: input.slotId, $or: [{ status: 'booked' }, { 'slotClosed.requestId': { $exists: true } }] }, limit: 400 },
  }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const slot = ctx.preloaded.slot.at(0)
    assert(slot && slot.townshipId === account.townshipId, 'NOT_FOUND')
    // A cadre closes only their own village's slots; a slot for several villages is the township's.
    if (!ctx.caller.roles.includes('township')) assert(slot.villageIds.length === 1 && slot.villageIds[0] === account.villageId, 'NOT_IN_VILLAGE')
    const retry = slot.status === 'closed' && slot.closeRequestId === ctx.requestId
    assert(slot.status === 'open' || retry, 'SLOT_CLOSED')

    const _ = ctx.db.command
    const now = new Date()
    const closed = { status: 'closed' as const, closedReason: input.reason, closedAt: now, closedBy: account.name ?? '', closeRequestId: ctx.requestId }
    if (!retry) {
      const res = await ctx.db.collection('checkup_slots').where({ _id: slot._id, status: 'open' }).update({ data: closed })
      assert(updatedCount(res) === 1, 'SLOT_CLOSED')
    }
    // The slot is closed, so no new booking can take a place on it; cancel whatever holds one.
    const cancelled = await ctx.db.collection('bookings').where({ slotId: slot._id, status: 'booked' })
      .update({ data: { status: 'cancelled', updatedAt: now, requestId: ctx.requestId, slotClosed: { reason: input.reason, requestId: ctx.requestId } } })
    const hit = (ctx.preloaded.bookings).filter((b) => b.status === 'booked' || b.slotClosed?.requestId === ctx.requestId)
    const households = [...new Set(hit.map((b) => b.householdId))]
    for (const householdId of households) {
      ctx.notify({
        to: { householdId }, template: 'slot-closed', title: '检查时段已取消',
        body: `${slot.siteName} ${slot.day} ${clock(slot.startsAt)} 的检查因“${input.reason}”取消，请重新预约`, page: PAGES.bookings(),
      })
    }
    ctx.note({
      target: { collection: 'checkup_slots', id: slot._id, villageId: slot.villageIds.length === 1 ? slot.villageIds[0] : null, householdId: null },
      summary: `关闭检查时段：${slot.siteName} ${slot.day} ${clock(slot.startsAt)}，原因：${input.reason}；取消预约${hit.length}个`,
    })
    return {
      slot: slotView({ ...slot, ...closed }),
      cancelledBookings: Math.max(updatedCount(cancelled), hit.length),
      notifiedHouseholds: households.length,
    }
  },
})
