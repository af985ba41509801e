import type { HouseholdDoc } from '@chengxin/shared/src/server'
import { listOf, defineAction } from '@chengxin/shared/src/server'
import { groupNameOf } from '../../household/src/access'
import { financeMember } from './finance'

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A page of the finance member's village households, labels only, for the record form's picker.
 * Archived households are left out: nothing new is recorded about them. Three round trips.
 */
export const households = defineAction<'ledger.households'>()({
  preload: () => ({ village: { from: 'villages', ofCaller: { _id: 'villageId' } } }),

  async run({ db, caller, preloaded }, input) {
    const { villageId } = financeMember(caller)
    const village = preloaded.village.at(0)
    const filter: Record<string, unknown> = { villageId, archived: false }
    if (input.search) filter.label = db.RegExp({ regexp: escapeRegExp(input.search), options: '' })
    const query = db.collection('households').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('groupId', 'asc').orderBy('_id', 'asc').skip(input.offset).limit(input.limit).field({ label: true, groupId: true }).get(),
      query.count(),
    ])
    const items = listOf<Pick<HouseholdDoc, '_id' | 'label' | 'groupId'>>(page).map((h) => ({
      id: h._id, label: h.label, groupName: village ? groupNameOf(village, h.groupId) : '',
    }))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
})
