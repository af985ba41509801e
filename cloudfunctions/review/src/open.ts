import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessQuarter, generateRubric, mayOpenQuarter, roundIdOf, roundSettings } from '@chengxin/shared/src/domain'
import type { CommitmentTemplateDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, isDuplicateKey } from '@chengxin/shared/src/server'
import { roundView, type RoundDoc } from './common'

/**
 * A cadre opens the round of a quarter: the rubric from the current commitment template
 * (with the village's edits), settings with defaults. One round per village per quarter: the
 * round's id is `<villageId>:<quarter>`, so a second open collides on it. Tells the review
 * group (round opened) and every household (rating invitation). Four round trips.
 */
export const open = defineAction<'review.open'>()({
  preload: (input) => ({
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    template: { from: 'commitment_templates', ofCaller: { villageId: 'villageId' }, sort: { version: -1 }, limit: 1 },
    existing: { from: 'review_rounds', match: { quarter: input.quarter }, ofCaller: { villageId: 'villageId' } },
    panel: { from: 'accounts', match: { roles: 'panel' }, ofCaller: { villageId: 'villageId' }, limit: 50 },
  }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    assert(village && account.villageId === village._id, 'NOT_IN_VILLAGE')
    const now = new Date()
    assert(mayOpenQuarter(input.quarter, businessQuarter(now)), 'REVIEW_QUARTER')
    const existing: RoundDoc | undefined = ctx.preloaded.existing[0]
    let round: RoundDoc
    if (existing) {
      // A retry finds the round it opened; anyone else finds the quarter taken.
      assert(existing.requestId === ctx.requestId, 'REVIEW_EXISTS')
      round = existing
    } else {
      const template: CommitmentTemplateDoc | undefined = ctx.preloaded.template[0]
      assert(template, 'REVIEW_NO_TEMPLATE')
      const rubric = generateRubric(template, input.edits ?? [])
      assert(rubric, 'REVIEW_ITEMS', { edits: '修改的项目不在本村承诺书里' })
      round = {
        _id: roundIdOf(village._id, input.quarter), villageId: village._id, villageName: village.name, townshipId: village.townshipId,
        quarter: input.quarter, status: 'open', settings: roundSettings(input.settings ?? {}), rubric,
        openedAt: now, openedBy: { openid: ctx.caller.openid, name: account.name ?? '村专干' },
        close: null, closedAt: null, publishedAt: null, noticeEndsAt: null, appealEndsAt: null, village: null, remindedOn: null,
        requestId: ctx.requestId,
      }
      try {
        await ctx.db.collection('review_rounds').add({ data: round })
      } catch (e) {
        assert(!isDuplicateKey(e), 'REVIEW_EXISTS')
        throw e
      }
    }
    ctx.note({
      target: { collection: 'review_rounds', id: round._id, villageId: round.villageId, householdId: null },
      summary: `开启${round.quarter}评议：户方${round.rubric.householdItems.length}项、村方${round.rubric.villageItems.length}项，每户至少${round.settings.quorum}人评分`,
    })
    const members = ctx.preloaded.panel.filter((a) => (a.panelGroups ?? []).includes('review'))
    for (const m of members) {
      ctx.notify({
        to: { openid: m._id }, template: 'review-opened', title: `${round.villageName}${round.quarter}评议开始`,
        body: '请先申报需回避的亲属户，再按村民小组逐组评议', page: PAGES.panelReview(round._id),
      })
    }
    ctx.notify({
      to: { villageId: round.villageId, role: 'resident' }, template: 'review-rating-invite', title: `请评价${round.villageName}的承诺`,
      body: `${round.quarter}评议已开始，每户可对村里的承诺逐项评价`, page: PAGES.review(),
    })
    return { round: roundView(round, ctx.caller) }
  },
})
