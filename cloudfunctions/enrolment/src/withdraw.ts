import { PAGES } from '@chengxin/shared/src/api/pages'
import { CATEGORY_LABELS } from '@chengxin/shared/src/domain'
import { accountOf, assert, defineAction, householdOf } from '@chengxin/shared/src/server'
import { loaded, preloadApplication, transition } from './transition'

/** The household head withdraws a pending application, or leaves an approved enrolment. */
export const withdraw = defineAction<'enrolment.withdraw'>()({
  preload: preloadApplication,

  async run(ctx) {
    const target = loaded(ctx)
    const { app } = target
    const mine = householdOf(ctx.caller)
    assert(app.villageId === mine.villageId, 'NOT_IN_VILLAGE')
    assert(app.householdId === mine.householdId, 'FORBIDDEN_ROLE')
    assert(mine.isHead, 'NOT_HOUSEHOLD_HEAD')
    const account = accountOf(ctx.caller)

    // Only an approval sets the category, so a category means the household is leaving an enrolment.
    const wasApproved = app.category !== null
    const by = { openid: ctx.caller.openid, name: account.name ?? '户主', role: 'household-head' as const }
    const out = await transition(ctx, target, 'withdraw', { by, category: null, reason: null })

    const label = CATEGORY_LABELS[app.category ?? app.requestedCategory]
    ctx.note({
      target: { collection: 'enrolments', id: app._id, villageId: app.villageId, householdId: app.householdId },
      summary: wasApproved ? `户主退出${label}，回到协议管理` : `户主撤回${label}申请`,
    })
    ctx.notify({
      to: { villageId: app.villageId, role: 'cadre' },
      template: 'enrolment-withdrawn',
      title: wasApproved ? '农户退出诚信管理' : '诚信管理申请已撤回',
      body: wasApproved ? `${app.householdLabel}退出${label}，回到协议管理` : `${app.householdLabel}撤回了${label}申请`,
      page: PAGES.cadreEnrolment(app._id),
    })
    return out
  },
})
