import type { ActionDef, VillageDocumentDoc } from '@chengxin/shared/src/server'
import { listOf } from '@chengxin/shared/src/server'
import { PUBLIC_STATUSES, readerScope } from './readers'
import { SUMMARY_FIELDS, summaryOf } from './view'

/** Every version of one kind that went before the village, newest first, with its notice and vote. */
export const history: ActionDef<'document.history'> = {
  async run({ db, _, caller }, input) {
    const scope = readerScope(caller, input.villageId)
    const query = db.collection('village_documents')
      .where({ villageId: scope.villageId, kind: input.kind, status: _.in([...PUBLIC_STATUSES]) })
    const [page, count] = await Promise.all([
      query.orderBy('version', 'desc').skip(input.offset).limit(input.limit).field(SUMMARY_FIELDS).get(),
      query.count(),
    ])
    const items = listOf<VillageDocumentDoc>(page).map(summaryOf)
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
