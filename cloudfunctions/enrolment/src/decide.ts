import { PAGES } from '@chengxin/shared/src/api/pages'
import { CATEGORY_LABELS } from '@chengxin/shared/src/domain'
import { defineAction } from '@chengxin/shared/src/server'
import { decidingCadre, loaded, preloadApplication, transition } from './transition'

/** A cadre of the household's village approves (choosing the category) or rejects with a reason. */
export const decide = defineAction<'enrolment.decide'>()({
  preload: preloadApplication,

  async run(ctx, input) {
    const target = loaded(ctx)
    const { app } = target
    const by = decidingCadre(ctx, app)

    const approved = input.outcome === 'approved'
    const out = approved
      ? await transition(ctx, target, 'approve', { by, category: input.category, reason: null })
      : await transition(ctx, target, 'reject', { by, category: null, reason: input.reason })

    const granted = approved ? CATEGORY_LABELS[input.category] : ''
    ctx.note({
      target: { collection: 'enrolments', id: app._id, villageId: app.villageId, householdId: app.householdId },
      summary: approved
        ? `批准诚信管理申请，类别${granted}（申请的是${CATEGORY_LABELS[app.requestedCategory]}）`
        : `驳回诚信管理申请：${input.reason}`,
    })
    ctx.notify({
      to: { householdId: app.householdId },
      template: 'enrolment-decided',
      title: approved ? '诚信管理申请已批准' : '诚信管理申请未通过',
      body: approved ? `您户已纳入诚信管理：${granted}` : `理由：${input.reason}`,
      page: PAGES.enrolment(),
    })
    return out
  },
})
