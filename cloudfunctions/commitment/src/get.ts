import { assert, assertSameVillage, auditRead, defineAction } from '@chengxin/shared/src/server'
import { commitmentView } from './view'

/** A cadre opens one commitment of their village; the household can see that they looked. */
export const get = defineAction<'commitment.get'>()({
  preload: (input) => ({ commitment: { from: 'commitments', match: { _id: input.commitmentId } } }),

  async run(ctx) {
    const doc = ctx.preloaded.commitment.at(0)
    assert(doc, 'NOT_FOUND')
    assertSameVillage(ctx.caller, doc.villageId)
    await auditRead(ctx, {
      action: 'commitment.get',
      target: { collection: 'commitments', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: '查看本户承诺书',
    })
    return { commitment: commitmentView(doc), canCountersign: doc.status === 'awaiting-village' }
  },
})
