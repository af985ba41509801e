import { PAGES } from '@chengxin/shared/src/api/pages'
import { accountOf, assert, assertSameVillage, defineAction } from '@chengxin/shared/src/server'
import { VILLAGE, signSide } from './signing'

/** A cadre of the household's village countersigns for the village. */
export const countersign = defineAction<'commitment.countersign'>()({
  preload: (input) => ({ commitment: { from: 'commitments', match: { _id: input.commitmentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.commitment.at(0)
    assert(doc, 'NOT_FOUND')
    assertSameVillage(ctx.caller, doc.villageId)
    const account = accountOf(ctx.caller)

    const out = await signSide(ctx, doc, input.contentHash, VILLAGE, {
      name: account.name ?? '村专干', openid: ctx.caller.openid, memberId: null, role: 'cadre',
    })
    ctx.note({
      target: { collection: 'commitments', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: `村专干会签承诺书（第${doc.templateVersion}版）`,
    })
    ctx.notify({
      to: { householdId: doc.householdId },
      template: 'commitment-complete',
      title: '承诺书已生效',
      body: `${doc.villageName}已会签您户的双向承诺书`,
      page: PAGES.commitment(),
    })
    return out
  },
})
