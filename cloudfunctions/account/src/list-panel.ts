import type { AccountDoc, ActionDef } from '@chengxin/shared/src/server'
import { accountOf, listOf } from '@chengxin/shared/src/server'
import { panelMember } from './panel'

/** The cadre's village's panel members, by household; optionally one group's. */
export const listPanel: ActionDef<'panel.list'> = {
  async run({ db, caller }, input) {
    const filter: Record<string, unknown> = { villageId: accountOf(caller).villageId, roles: 'panel' }
    if (input.group) filter.panelGroups = input.group
    const query = db.collection('accounts').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('householdId', 'asc').skip(input.offset).limit(input.limit)
        .field({ householdId: true, householdLabel: true, groupName: true, memberId: true, name: true, panelGroups: true })
        .get(),
      query.count(),
    ])
    const items = listOf<AccountDoc>(page).map(panelMember)
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
