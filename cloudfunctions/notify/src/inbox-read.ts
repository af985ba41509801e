import type { Preload } from '@chengxin/shared/src/server'
import { accountOf, assert, updatedCount, defineAction } from '@chengxin/shared/src/server'

/** Marks one of the caller's messages, or all of them, as read. */
export const read = defineAction<'inbox.read'>()({
  // Only the caller's own message is found: another person's id answers NOT_FOUND.
  preload: (input, caller): Preload => (input.id ? { message: { from: 'inbox', match: { _id: input.id, openid: caller.openid } } } : {}),

  async run(ctx, input) {
    const { db, caller } = ctx
    if (input.id) assert(ctx.preloaded.message[0], 'NOT_FOUND')
    const inbox = db.collection('inbox')
    const unreadFilter = { openid: caller.openid, readAt: null }
    const res = await inbox.where(input.id ? { _id: input.id, ...unreadFilter } : unreadFilter).update({ data: { readAt: db.serverDate() } })
    const marked = updatedCount(res)
    const unread = ((await inbox.where(unreadFilter).count()) as { total: number }).total
    ctx.note({
      target: { collection: 'inbox', id: input.id ?? 'all', villageId: accountOf(caller).villageId, householdId: null },
      summary: input.id ? '消息标为已读' : `全部消息标为已读（${marked}条）`,
    })
    return { marked, unread }
  },
})
