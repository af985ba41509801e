import { COMPLAINT_CATEGORY_LABELS, levelAfterReopen, mayReopen, nextComplaintStatus, addDays } from '@chengxin/shared/src/domain'
import type { ActionContext, ComplaintDoc, ComplaintEventDoc } from '@chengxin/shared/src/server'
import { assert, defineAction } from '@chengxin/shared/src/server'
import { complaintView } from './view'
import { applyChange, event, noteChange, priorAnswer, today } from './change'
import { authorsComplaint, byReceipt, preloadByLocator } from './author-access'
import { notifyHandlers } from './handle'

// The complainant's own changes, by id (named) or receipt (anonymous: the kit records no
// actor). Named: context, claim, update, record (4); by receipt: context, update, record (3).

async function authorChange(ctx: ActionContext, c: ComplaintDoc, what: string, change: () => { set: Partial<ComplaintDoc>; events: ComplaintEventDoc[] }, after?: (next: ComplaintDoc) => void) {
  const prior = priorAnswer(ctx, c)
  noteChange(ctx, c, what)
  if (prior && prior !== 'applied') return prior
  if (prior === 'applied') return { complaint: complaintView(c, { kind: 'author' }, today()) }
  const { set, events } = change()
  const next = await applyChange(ctx, c, set, events, (n) => ({ complaint: complaintView(n, { kind: 'author' }, today()) }))
  after?.(next)
  return { complaint: complaintView(next, { kind: 'author' }, today()) }
}

export const rate = defineAction<'complaint.rate'>()({
  anonymous: byReceipt,
  preload: (input) => preloadByLocator(input.locator),
  async run(ctx, input) {
    const c = authorsComplaint(ctx, input.locator)
    return authorChange(ctx, c, `评价${input.stars}星`, () => {
      assert(nextComplaintStatus(c.status, 'rate') !== null, 'COMPLAINT_STATE')
      const resolve = input.resolved && nextComplaintStatus(c.status, 'resolve') !== null
      const rating = { stars: input.stars, comment: input.comment }
      const events = [event(ctx, 'rated', 'author', null, `${input.stars}星${input.comment ? `：${input.comment}` : ''}`)]
      if (resolve) events.push(event(ctx, 'resolved', 'author', null, null))
      return { set: { rating, ...(resolve ? { status: 'resolved' as const, dueDay: null } : {}) }, events }
    })
  },
})

export const reopen = defineAction<'complaint.reopen'>()({
  anonymous: byReceipt,
  preload: (input) => preloadByLocator(input.locator),
  async run(ctx, input) {
    const c = authorsComplaint(ctx, input.locator)
    return authorChange(ctx, c, '重新提出', () => {
      const day = today()
      const may = mayReopen(c, day)
      assert(may !== 'expired', 'REOPEN_EXPIRED')
      assert(may === 'ok', 'COMPLAINT_STATE')
      const level = levelAfterReopen(c.level, c.reopenCount)
      const answerBy = addDays(day, c.answerDays)
      const events = [event(ctx, 'reopened', 'author', null, input.reason)]
      if (level !== c.level) events.push(event(ctx, 'escalated', 'system', null, '第二次重新提出，交镇里办理'))
      return {
        set: {
          status: 'accepted', reopenCount: c.reopenCount + 1, answerBy, dueDay: answerBy, decidedDay: null, closeReason: null,
          ...(level !== c.level ? { level, escalation: 'second-reopen' as const } : {}),
        },
        events,
      }
    }, (next) => notifyHandlers(ctx, next, 'complaint-reopened', '投诉被重新提出', `${next.villageName}·${COMPLAINT_CATEGORY_LABELS[next.category]}，请在${next.answerBy}前答复`))
  },
})
