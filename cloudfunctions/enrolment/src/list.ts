import type { ActionDef, EnrolmentDoc } from '@chengxin/shared/src/server'
import { accountOf, listOf } from '@chengxin/shared/src/server'
import { enrolmentView } from './view'

/** A cadre's page of their village's applications, newest change first. */
export const list: ActionDef<'enrolment.list'> = {
  async run({ db, caller }, input) {
    const villageId = accountOf(caller).villageId!
    const filter = input.status ? { villageId, status: input.status } : { villageId }
    const query = db.collection('enrolments').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('updatedAt', 'desc').skip(input.offset).limit(input.limit).get(),
      query.count(),
    ])
    const items = listOf<EnrolmentDoc>(page).map(enrolmentView)
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
