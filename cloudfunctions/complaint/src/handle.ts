import { PAGES } from '@chengxin/shared/src/api/pages'
import { addDays, COMPLAINT_CATEGORY_LABELS, nextComplaintStatus, type ComplaintEventKind } from '@chengxin/shared/src/domain'
import type { AccountDoc, ActionContext, ComplaintDoc, ComplaintEventDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, preloadOf } from '@chengxin/shared/src/server'
import { complaintView } from './view'
import { applyChange, event, noteChange, priorAnswer, today } from './change'
import { handlerDesk, officersOf, preloadOfficers, type HandlerDesk, type WithOfficers } from './desk'

// Handlers' changes: accept, extend, close, escalate (answers and notes are in respond.ts).
// Each: context, claim, one conditional update, record — 4 round trips.

const preloadComplaint = (input: { complaintId: string }) => preloadOf({ complaint: { from: 'complaints', match: { _id: input.complaintId } }, ...preloadOfficers })

interface Step {
  event: ComplaintEventKind
  what: string
  apply: (c: ComplaintDoc, desk: HandlerDesk, ctx: ActionContext) => { set: Partial<ComplaintDoc>; events: ComplaintEventDoc[] }
  after?: (ctx: ActionContext, c: ComplaintDoc) => void
}

/** The shape every handler change shares: the desk may act, the status allows it, a retry finds its own event. */
export async function handlerChange(ctx: ActionContext<{ complaint: ComplaintDoc[]; officers?: AccountDoc[] }>, step: Step) {
  const c: ComplaintDoc | undefined = ctx.preloaded.complaint[0]
  const desk = handlerDesk(ctx, c, true)
  const doc = c!
  if (priorAnswer(ctx, doc)) {
    noteChange(ctx, doc, step.what)
    return { complaint: complaintView(doc, desk, today()) }
  }
  assert(nextComplaintStatus(doc.status, step.event) !== null, 'COMPLAINT_STATE')
  const { set, events } = step.apply(doc, desk, ctx)
  const next = await applyChange(ctx, doc, set, events)
  step.after?.(ctx, next)
  noteChange(ctx, next, step.what)
  return { complaint: complaintView(next, desk, today()) }
}

export const by = (desk: HandlerDesk): ComplaintEventDoc['by'] => (desk.desk === 'township' ? 'township' : 'supervision')

export const accept = defineAction<'complaint.accept'>()({
  preload: preloadComplaint,
  run: (ctx) => handlerChange(ctx, {
    event: 'accept', what: '受理',
    apply: (c, desk) => ({ set: { status: 'accepted', dueDay: c.answerBy }, events: [event(ctx, 'accepted', by(desk), desk.name, null)] }),
  }),
})

export const extend = defineAction<'complaint.extend'>()({
  preload: preloadComplaint,
  run: (ctx, input) => handlerChange(ctx, {
    event: 'extend', what: `延期${input.days}天`,
    apply: (c, desk) => {
      const answerBy = addDays(c.answerBy, input.days)
      const extension = { days: (c.extension?.days ?? 0) + input.days, reason: input.reason }
      return { set: { answerBy, extension, dueDay: c.status === 'submitted' ? c.dueDay : answerBy }, events: [event(ctx, 'extended', by(desk), desk.name, `延长${input.days}天：${input.reason}`)] }
    },
  }),
})

export const close = defineAction<'complaint.close'>()({
  preload: preloadComplaint,
  run: (ctx, input) => handlerChange(ctx, {
    event: 'close', what: '办结未解决',
    apply: (_c, desk) => ({ set: { status: 'closed', closeReason: input.reason, decidedDay: today(), dueDay: null }, events: [event(ctx, 'closed', by(desk), desk.name, input.reason)] }),
    after: (ctx, c) => notifyAuthor(ctx, c, '投诉已办结', `未能解决：${input.reason}`),
  }),
})

export const escalate = defineAction<'complaint.escalate'>()({
  preload: preloadComplaint,
  run: (ctx, input) => handlerChange(ctx, {
    event: 'escalate', what: '移交镇里',
    apply: (c, desk) => {
      assert(desk.desk === 'supervision' && c.level === 'village', 'COMPLAINT_STATE')
      return { set: { level: 'township', escalation: 'transfer' }, events: [event(ctx, 'escalated', by(desk), desk.name, input.reason)] }
    },
    after: (ctx, c) => notifyTownship(ctx, c, 'complaint-escalated', '有一件投诉移交镇里', `${c.villageName}监督小组移交：${COMPLAINT_CATEGORY_LABELS[c.category]}`),
  }),
})

/** A named complainant hears of every answer (inbox + subscribe message); an anonymous one checks by receipt. */
export function notifyAuthor(ctx: ActionContext, c: ComplaintDoc, title: string, body: string): void {
  if (!c.author) return
  ctx.notify({ to: { openid: c.author.openid }, template: 'complaint-answered', title, body: [...body].slice(0, 60).join(''), page: PAGES.complaints(c._id) })
}

export function notifyTownship(ctx: WithOfficers, c: ComplaintDoc, template: 'complaint-escalated' | 'complaint-reopened' | 'complaint-new', title: string, body: string): void {
  for (const o of officersOf(ctx)) ctx.notify({ to: { openid: o._id }, template, title, body, page: PAGES.townshipComplaint(c._id) })
}

export function notifyHandlers(ctx: WithOfficers, c: ComplaintDoc, template: 'complaint-reopened' | 'complaint-new', title: string, body: string): void {
  if (c.level === 'township') return notifyTownship(ctx, c, template, title, body)
  for (const openid of c.handlers) ctx.notify({ to: { openid }, template, title, body, page: PAGES.panelComplaint(c._id) })
}
