import type { ActionDef, CommitmentDoc } from '@chengxin/shared/src/server'
import { assert, assertSameVillage } from '@chengxin/shared/src/server'
import { commitmentView } from './view'

/** A cadre opens one commitment of their village. */
export const get: ActionDef<'commitment.get'> = {
  preload: (input) => ({ commitment: { from: 'commitments', match: { _id: input.commitmentId } } }),

  async run({ caller, preloaded }) {
    const doc = preloaded.commitment[0] as CommitmentDoc | undefined
    assert(doc, 'NOT_FOUND')
    assertSameVillage(caller, doc.villageId)
    return { commitment: commitmentView(doc), canCountersign: doc.status === 'awaiting-village' }
  },
}
