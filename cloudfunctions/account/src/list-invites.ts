import type { ActionDef, InviteDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf } from '@chengxin/shared/src/server'
import { tempUrls } from './invite-qr'
import { inviteView } from './invite-view'

/**
 * Open invites, newest first. A cadre sees their village's member invites (never a cadre
 * invite: that code would grant their own office); the township office its cadre invites.
 */
export const listInvites: ActionDef<'invite.list'> = {
  async run({ db, _, caller }, input) {
    const account = accountOf(caller)
    const open = { usedBy: null, expiresAt: _.gt(new Date()) }
    let filter: Record<string, unknown>
    if (caller.roles.includes('cadre')) {
      assert(!input.villageId || input.villageId === account.villageId, 'NOT_IN_VILLAGE')
      filter = { villageId: account.villageId, kind: 'member', ...open }
    } else {
      filter = { townshipId: account.townshipId, role: 'cadre', ...open, ...(input.villageId ? { villageId: input.villageId } : {}) }
    }
    const query = db.collection('invites').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('createdAt', 'desc').skip(input.offset).limit(input.limit).get(),
      query.count(),
    ])
    const docs = listOf<InviteDoc>(page)
    const urls = await tempUrls(docs.flatMap((d) => (d.qrFileId ? [d.qrFileId] : [])))
    const items = docs.map((d) => inviteView(d, d.qrFileId ? urls[d.qrFileId] ?? null : null))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
