import type { ActionDef, InboxDoc } from '@chengxin/shared/src/server'
import { listOf } from '@chengxin/shared/src/server'

/** The caller's own messages, newest first (index `openid_at`), and how many are unread. */
export const list: ActionDef<'inbox.list'> = {
  async run({ db, caller }, input) {
    const openid = caller.openid
    const unreadFilter = { openid, readAt: null }
    const query = db.collection('inbox').where(input.unreadOnly ? unreadFilter : { openid })
    const [page, total, unread] = await Promise.all([
      // `_id` breaks ties: the messages of one change share their instant.
      query.orderBy('at', 'desc').orderBy('_id', 'desc').skip(input.offset).limit(input.limit).get(),
      query.count(),
      input.unreadOnly ? null : db.collection('inbox').where(unreadFilter).count(),
    ])
    const totalCount = (total as { total: number }).total
    const items = listOf<InboxDoc>(page).map((m) => ({
      id: m._id, template: m.template, title: m.title, body: m.body, page: m.page,
      at: new Date(m.at).toISOString(), readAt: m.readAt ? new Date(m.readAt).toISOString() : null,
    }))
    return { items, total: totalCount, offset: input.offset, limit: input.limit, unread: unread ? (unread as { total: number }).total : totalCount }
  },
}
