import { PAGES } from '@chengxin/shared/src/api/pages'
import { accountOf, assert, householdOf, defineAction } from '@chengxin/shared/src/server'
import { HOUSEHOLD, signSide } from './signing'

/** The household head signs the household's side. */
export const sign = defineAction<'commitment.sign'>()({
  preload: (input) => ({ commitment: { from: 'commitments', match: { _id: input.commitmentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.commitment.at(0)
    const mine = householdOf(ctx.caller)
    assert(doc, 'NOT_FOUND')
    assert(doc.villageId === mine.villageId, 'NOT_IN_VILLAGE')
    assert(doc.householdId === mine.householdId, 'FORBIDDEN_ROLE')
    assert(mine.isHead, 'NOT_HOUSEHOLD_HEAD')
    const account = accountOf(ctx.caller)

    const out = await signSide(ctx, doc, input.contentHash, HOUSEHOLD, {
      name: account.name ?? '户主', openid: ctx.caller.openid, memberId: mine.memberId, role: 'household-head',
    })
    ctx.note({
      target: { collection: 'commitments', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: `户主签署承诺书（第${doc.templateVersion}版，校验码${doc.contentHash.slice(0, 8)}）`,
    })
    ctx.notify({
      to: { villageId: doc.villageId, role: 'cadre' },
      template: 'commitment-countersign-due',
      title: '承诺书待会签',
      body: `${doc.householdLabel}已签署双向承诺书，请会签`,
      page: PAGES.cadreCommitment(doc._id),
    })
    return out
  },
})
