import { PAGES } from '@chengxin/shared/src/api/pages'
import { CATEGORY_LABELS } from '@chengxin/shared/src/domain'
import { defineAction } from '@chengxin/shared/src/server'
import { decidingCadre, loaded, preloadApplication, transition } from './transition'

/** A cadre revokes an approved enrolment with a reason; the household returns to contract management. */
export const revoke = defineAction<'enrolment.revoke'>()({
  preload: preloadApplication,

  async run(ctx, input) {
    const target = loaded(ctx)
    const { app } = target
    const by = decidingCadre(ctx, app)

    const out = await transition(ctx, target, 'revoke', { by, category: null, reason: input.reason })

    ctx.note({
      target: { collection: 'enrolments', id: app._id, villageId: app.villageId, householdId: app.householdId },
      summary: `取消${CATEGORY_LABELS[app.category ?? app.requestedCategory]}，回到协议管理：${input.reason}`,
    })
    // A revocation is the village deciding on the enrolment: same message template as a decision.
    ctx.notify({
      to: { householdId: app.householdId },
      template: 'enrolment-decided',
      title: '诚信管理已取消',
      body: `您户已回到协议管理。理由：${input.reason}`,
      page: PAGES.enrolment(),
    })
    return out
  },
})
