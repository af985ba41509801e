import type { ActionDef, VillageDocumentDoc } from '@chengxin/shared/src/server'
import { listOf } from '@chengxin/shared/src/server'
import { readerScope } from './readers'
import { SUMMARY_FIELDS, summaryOf } from './view'

/**
 * The village's documents that matter today: each kind's current version and any version
 * on notice; its cadres also see the draft they are writing. Old versions are in the history.
 */
export const list: ActionDef<'document.list'> = {
  async run({ db, _, caller }, input) {
    const scope = readerScope(caller, input.villageId)
    const statuses = scope.manages ? ['draft', 'notice', 'adopted'] : ['notice', 'adopted']
    const filter = { villageId: scope.villageId, ...(input.kind ? { kind: input.kind } : {}), status: _.in(statuses) }
    const query = db.collection('village_documents').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('kind', 'asc').orderBy('version', 'desc').skip(input.offset).limit(input.limit).field(SUMMARY_FIELDS).get(),
      query.count(),
    ])
    const items = listOf<VillageDocumentDoc>(page).map(summaryOf)
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
