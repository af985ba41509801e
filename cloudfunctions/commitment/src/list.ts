import type { ActionDef, CommitmentDoc } from '@chengxin/shared/src/server'
import { accountOf, listOf } from '@chengxin/shared/src/server'

/** A cadre's page of their village's commitments, newest change first. */
export const list: ActionDef<'commitment.list'> = {
  async run({ db, caller }, input) {
    const villageId = accountOf(caller).villageId!
    const filter = input.status ? { villageId, status: input.status } : { villageId }
    const query = db.collection('commitments').where(filter)
    const [page, count] = await Promise.all([
      query.orderBy('updatedAt', 'desc').skip(input.offset).limit(input.limit)
        .field({ householdLabel: true, groupName: true, templateVersion: true, status: true, householdSignature: true })
        .get(),
      query.count(),
    ])
    const items = listOf<CommitmentDoc>(page).map((d) => ({
      id: d._id,
      householdLabel: d.householdLabel,
      groupName: d.groupName,
      templateVersion: d.templateVersion,
      status: d.status,
      householdSignedAt: d.householdSignature ? new Date(d.householdSignature.at).toISOString() : null,
    }))
    return { items, total: (count as { total: number }).total, offset: input.offset, limit: input.limit }
  },
}
