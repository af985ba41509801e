// Writing a change to a complaint: one conditional update on its version, carrying the event
// (and, for an anonymous author's change, its claim), so a racing change loses cleanly and a
// retry finds its own event or claim instead of writing twice.
import type { ComplaintView } from '@chengxin/shared/src/api'
import { businessDay, COMPLAINT_CATEGORY_LABELS } from '@chengxin/shared/src/domain'
import type { ActionContext, ComplaintDoc, ComplaintEventDoc } from '@chengxin/shared/src/server'
import { ActionFailure, assert, updatedCount } from '@chengxin/shared/src/server'

export const today = () => businessDay(new Date())

/** The id a change writes into its event: the requestId, or for an anonymous change its claim id. */
export const changeId = (ctx: ActionContext) => ctx.anonymous?.claimId ?? ctx.requestId

/**
 * A retry of a change already stored: the answer it gave (anonymous: opened from its claim;
 * named: the complaint as it is now), or null when this change is new.
 */
export function priorAnswer(ctx: ActionContext, c: ComplaintDoc): { complaint: ComplaintView } | 'applied' | null {
  if (ctx.anonymous) {
    const claim = c.claims.find((k) => k.id === ctx.anonymous!.claimId)
    if (!claim) return null
    assert(claim.tag === ctx.anonymous.inputTag, 'IDEMPOTENCY_CONFLICT')
    return ctx.anonymous.openAnswer(claim.answer) as { complaint: ComplaintView }
  }
  return c.events.some((e) => e.change === ctx.requestId) ? 'applied' : null
}

export function event(ctx: ActionContext, kind: ComplaintEventDoc['kind'], by: ComplaintEventDoc['by'], byName: string | null, text: string | null, extra: Partial<ComplaintEventDoc> = {}): ComplaintEventDoc {
  return { kind, day: today(), by, byName, text, photos: [], internal: false, change: changeId(ctx), ...extra }
}

/**
 * Stores `set` and the events on the version the action read. `answer` (anonymous only) is
 * what the caller gets, sealed into the claim so a retry answers the same.
 */
export async function applyChange(ctx: ActionContext, c: ComplaintDoc, set: Partial<ComplaintDoc>, events: ComplaintEventDoc[], answer?: (next: ComplaintDoc) => unknown): Promise<ComplaintDoc> {
  const next: ComplaintDoc = { ...c, ...set, events: [...c.events, ...events], version: c.version + 1 }
  const claim = ctx.anonymous && answer ? { id: ctx.anonymous.claimId, tag: ctx.anonymous.inputTag, answer: ctx.anonymous.sealAnswer(answer(next)) } : null
  if (claim) next.claims = [...c.claims, claim]
  const _ = ctx._
  const res = await ctx.db.collection('complaints').where({ _id: c._id, version: c.version }).update({
    data: { ...set, version: c.version + 1, events: _.push(events), ...(claim ? { claims: _.push([claim]) } : {}) },
  })
  if (updatedCount(res) !== 1) throw new ActionFailure('VERSION_CONFLICT')
  return next
}

/** What the audit log says about a change to a complaint: never the author of an anonymous one. */
export function noteChange(ctx: ActionContext, c: ComplaintDoc, what: string): void {
  ctx.note({
    target: { collection: 'complaints', id: c._id, villageId: c.villageId, householdId: c.anonymous ? null : c.author?.householdId ?? null },
    summary: `${what}：${c.anonymous ? '匿名' : '实名'}投诉（${COMPLAINT_CATEGORY_LABELS[c.category]}）`,
  })
}
