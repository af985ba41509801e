import type { ActionDef, ProofDoc } from '@chengxin/shared/src/server'
import { accountOf, auditReads, listOf } from '@chengxin/shared/src/server'
import { photoUrls } from './photos'
import { proofView } from './view'

/**
 * A cadre's page of their village's proofs: pending ones oldest first (a queue to work
 * through), with their photos; decided ones newest first. Showing a household's certificate
 * is recorded, so the household can see who looked. Four round trips at most.
 */
export const list: ActionDef<'proof.list'> = {
  async run(ctx, input) {
    const villageId = accountOf(ctx.caller).villageId!
    const query = ctx.db.collection('proofs').where({ villageId, status: input.status })
    const pending = input.status === 'pending'
    const [page, count] = await Promise.all([
      query.orderBy('submittedAt', pending ? 'asc' : 'desc').skip(input.offset).limit(input.limit).get(),
      query.count(),
    ])
    const docs = listOf<ProofDoc>(page)
    const urls = pending ? await photoUrls(docs.map((d) => d.fileId)) : {}
    const shown = docs.filter((d) => d.fileId && urls[d.fileId])
    await auditReads(ctx, shown.map((d) => ({
      action: 'proof.list',
      target: { collection: 'proofs', id: d._id, villageId: d.villageId, householdId: d.householdId },
      summary: `查看${d.memberName}的异地检查证明照片`,
    })))
    const items = docs.map((d) => proofView(d, urls))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
