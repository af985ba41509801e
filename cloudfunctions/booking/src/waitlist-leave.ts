import { formatInstant } from '@chengxin/shared/src/domain/dates'
import { assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { assertOwn } from './own'
import { givePlace } from './places'
import { waitlistView } from './rules'

/**
 * Leaves a slot's waitlist. An offered place is given back at once; the timer offers it to
 * the next in line within a minute. Round trips: context, entry, (place,) audit.
 */
export const leave = defineAction<'waitlist.leave'>()({
  preload: (input) => ({ entry: { from: 'waitlist', match: { _id: input.waitlistId } } }),

  async run(ctx) {
    const entry = ctx.preloaded.entry.at(0)
    assertOwn(ctx, entry)
    if (!(entry.status === 'left' && entry.requestId === ctx.requestId)) {
      assert(entry.status === 'waiting' || entry.status === 'offered', 'WAITLIST_STATE')
      const res = await ctx.db.collection('waitlist')
        .where({ _id: entry._id, status: entry.status, requestId: entry.requestId })
        .update({ data: { status: 'left', offerExpiresAt: null, requestId: ctx.requestId } })
      assert(updatedCount(res) === 1, 'WAITLIST_STATE')
      if (entry.status === 'offered') await givePlace(ctx.db, entry.slotId)
    }
    ctx.note({
      target: { collection: 'waitlist', id: entry._id, villageId: entry.villageId, householdId: entry.householdId },
      summary: `${entry.memberName}退出${formatInstant(entry.startsAt)}${entry.siteName}的候补`,
    })
    return { entry: waitlistView({ ...entry, status: 'left' }, null) }
  },
})
