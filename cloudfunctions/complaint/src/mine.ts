import type { ComplaintMineOutput } from '@chengxin/shared/src/api'
import { ANONYMOUS_NOTE, COMPLAINT_CATEGORY_LABELS, deadlineRule, NAMED_NOTE } from '@chengxin/shared/src/domain'
import type { ActionDef, ComplaintDoc } from '@chengxin/shared/src/server'
import { assert, householdOf, listOf } from '@chengxin/shared/src/server'
import { ComplaintCategory } from '@chengxin/shared/src/api'
import { photoUrls } from '../../proof/src/photos'
import { complaintView } from './view'
import { today } from './change'
import { choices, peopleOf, preloadPeople } from './people'

/** The caller's own named complaints and the filing form's choices. Round trips: context, page, count (3). */
export const mine: ActionDef<'complaint.mine'> = {
  preload: () => preloadPeople,
  async run(ctx, input): Promise<ComplaintMineOutput> {
    householdOf(ctx.caller)
    const people = peopleOf(ctx)
    assert(people.village, 'NOT_IN_VILLAGE')
    const where = { 'author.openid': ctx.caller.openid }
    const [page, count] = await Promise.all([
      ctx.db.collection('complaints').where(where).orderBy('filedDay', 'desc').skip(input.offset).limit(input.limit).get(),
      ctx.db.collection('complaints').where(where).count(),
    ])
    const docs = listOf<ComplaintDoc>(page)
    const day = today()
    const urls = await photoUrls(docs.flatMap((c) => c.photos))
    const rules = (people.village as { complaintRules?: never }).complaintRules
    return {
      items: docs.map((c) => complaintView(c, { kind: 'author' }, day, urls)),
      total: (count as { total: number }).total,
      offset: input.offset,
      limit: input.limit,
      filing: {
        villageName: people.village.name,
        categories: ComplaintCategory.options.map((id) => ({ id, label: COMPLAINT_CATEGORY_LABELS[id], ...deadlineRule(rules, id) })),
        people: choices(people),
        namedNote: NAMED_NOTE,
        anonymousNote: ANONYMOUS_NOTE,
      },
    }
  },
}
