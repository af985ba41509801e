import type { SiteDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, isDuplicateKey, listOf } from '@chengxin/shared/src/server'
import { siteView } from './views'

/** A township officer adds a site. Its id comes from the request, so a retry after a lost reply finds its own site. */
export const siteCreate = defineAction<'site.create'>()({
  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    assert(account.townshipId, 'NOT_SIGNED_IN')
    const site: SiteDoc = { _id: `site-${ctx.requestId}`, townshipId: account.townshipId, ...input, active: true, createdAt: new Date() }
    try {
      await ctx.db.collection('checkup_sites').add({ data: site })
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    ctx.note({ target: { collection: 'checkup_sites', id: site._id, villageId: null, householdId: null }, summary: `新增检查点：${site.name}（${site.address}）` })
    return { site: siteView(site) }
  },
})

/** A township officer edits a site of their township or takes it out of use. */
export const siteUpdate = defineAction<'site.update'>()({
  preload: (input) => ({ site: { from: 'checkup_sites', match: { _id: input.siteId } } }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const site: SiteDoc | undefined = ctx.preloaded.site[0]
    assert(site && site.townshipId === account.townshipId, 'NOT_FOUND')
    const { siteId, ...change } = input
    await ctx.db.collection('checkup_sites').where({ _id: siteId, townshipId: site.townshipId }).update({ data: change })
    const after = { ...site, ...change }
    const what = change.active === false ? '停用' : change.active === true && !site.active ? '重新启用' : '修改'
    ctx.note({ target: { collection: 'checkup_sites', id: siteId, villageId: null, householdId: null }, summary: `${what}检查点：${after.name}` })
    return { site: siteView(after) }
  },
})

/** Everyone of the township lists its sites in use; the township office may include those out of use. */
export const siteList = defineAction<'site.list'>()({
  async run({ db, caller }, input) {
    const account = accountOf(caller)
    const all = input.includeInactive && caller.roles.includes('township')
    const query = db.collection('checkup_sites').where(all ? { townshipId: account.townshipId } : { townshipId: account.townshipId, active: true })
    const [page, count] = await Promise.all([query.orderBy('name', 'asc').skip(input.offset).limit(input.limit).get(), query.count()])
    return { items: listOf<SiteDoc>(page).map(siteView), total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
})
