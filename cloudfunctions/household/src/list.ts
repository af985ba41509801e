import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, listOf } from '@chengxin/shared/src/server'
import { assertCanRead, callersVillage, groupNameOf } from './access'
import { summaryOf } from './view'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A page of one village's roster, by villager group then household id; archived ones only on request. */
export const list = defineAction<'household.list'>()({
  preload: (input) => (input.villageId ? { village: { from: 'villages', match: { _id: input.villageId } } } : callersVillage),

  async run({ db, _, caller, preloaded }, input) {
    assert(input.villageId || accountOf(caller).villageId, 'INVALID_INPUT', { villageId: '请选择村' })
    const village: VillageDoc | undefined = preloaded.village[0]
    assertCanRead(caller, village)
    const villageId = village._id

    const filter: Record<string, unknown> = { villageId }
    if (input.groupId) filter.groupId = input.groupId
    if (!input.includeArchived) filter.archived = false
    if (input.headName) {
      filter.members = _.elemMatch({ isHead: true, name: db.RegExp({ regexp: escapeRegExp(input.headName), options: '' }) })
    }
    const query = db.collection('households').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('groupId', 'asc').orderBy('_id', 'asc').skip(input.offset).limit(input.limit)
        .field({ label: true, groupId: true, members: true, managementType: true, archived: true })
        .get(),
      query.count(),
    ])
    const items = listOf<HouseholdDoc>(page).map((d) => summaryOf(d, groupNameOf(village, d.groupId)))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
})
