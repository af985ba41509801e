
import { assert, defineAction, preloadOf } from '@chengxin/shared/src/server'
import { isListed, villageStanding } from './village-standing'
import { beijingToday, type CheckupVillage } from './views'

/** The cadre's village with the caller (context load). */
export const OWN_VILLAGE = preloadOf({ village: { from: 'villages', ofCaller: { _id: 'villageId' } } })

/**
 * Households of the cadre's village due this plan period or overdue from an earlier one,
 * per villager group, a page at a time, with every group's counts. Four round trips.
 */
export const dueList = defineAction<'due.list'>()({
  preload: () => OWN_VILLAGE,

  async run({ db, preloaded }, input) {
    const village: CheckupVillage | undefined = preloaded.village[0]
    assert(village, 'NOT_FOUND')
    const { year, today, rows } = await villageStanding(db, village, beijingToday().today)
    const groups = village.groups.map((g) => {
      const mine = rows.filter((r) => r.groupId === g.id)
      return { id: g.id, name: g.name, households: mine.length, due: mine.filter((r) => isListed(r, 'due')).length, overdue: mine.filter((r) => isListed(r, 'overdue')).length }
    })
    const listed = rows.filter((r) => (!input.groupId || r.groupId === input.groupId) && isListed(r, input.status))
    return { year, today, items: listed.slice(input.offset, input.offset + input.limit), total: listed.length, offset: input.offset, limit: input.limit, groups }
  },
})
