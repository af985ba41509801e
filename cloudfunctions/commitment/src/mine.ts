import type { ActionDef, CommitmentDoc } from '@chengxin/shared/src/server'
import { householdOf, listOf } from '@chengxin/shared/src/server'
import { commitmentView } from './view'

/** The household's current commitment: the newest template version issued to it. */
export const mine: ActionDef<'commitment.mine'> = {
  async run({ db, caller }) {
    const { householdId, isHead } = householdOf(caller)
    const res = await db.collection('commitments').where({ householdId }).orderBy('templateVersion', 'desc').limit(1).get()
    const doc = listOf<CommitmentDoc>(res)[0]
    if (!doc) return { commitment: null, canSign: false }
    return { commitment: commitmentView(doc), canSign: isHead && doc.status === 'awaiting-household' }
  },
}
