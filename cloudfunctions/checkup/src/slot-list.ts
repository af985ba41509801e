import type { ActionDef, SlotDoc } from '@chengxin/shared/src/server'
import { accountOf, listOf } from '@chengxin/shared/src/server'
import { beijingToday, slotView } from './views'

/**
 * Slots by day, paginated. Residents: open slots from today on that their village may
 * book (named for it, or for every village). Cadres: the same set for their village, closed
 * ones too. Township: every slot of the township, or those one village may book.
 */
export const slotList: ActionDef<'slot.list'> = {
  async run({ db, caller }, input) {
    const _ = db.command
    const account = accountOf(caller)
    const role = caller.roles.includes('township') ? 'township' : caller.roles.includes('cadre') ? 'cadre' : 'resident'
    const { today } = beijingToday()
    const from = role === 'resident' ? (input.from && input.from > today ? input.from : today) : (input.from ?? today)
    const village = role === 'township' ? input.villageId : account.villageId
    const status = role === 'resident' ? 'open' : input.status
    const filter = {
      townshipId: account.townshipId, day: _.gte(from),
      // A resident sees only slots that have not started yet.
      ...(role === 'resident' ? { startsAt: _.gt(new Date()) } : {}),
      ...(status ? { status } : {}), ...(input.siteId ? { siteId: input.siteId } : {}),
    }
    // An empty villageIds means every village may book it.
    const query = db.collection('checkup_slots').where(village ? _.and([filter, _.or([{ villageIds: village }, { villageIds: _.size(0) }])]) : filter)
    const [page, count] = await Promise.all([query.orderBy('startsAt', 'asc').skip(input.offset).limit(input.limit).get(), query.count()])
    return { items: listOf<SlotDoc>(page).map(slotView), total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
