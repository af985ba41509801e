import type { ActionContext, SubscriptionDoc } from '@chengxin/shared/src/server'
import { accountOf, isDuplicateKey, defineAction } from '@chengxin/shared/src/server'

/** More would only pile up: one accepted request allows one message, and they arrive one a tap. */
export const SUBSCRIPTION_CAP = 10

const idOf = (openid: string, template: string) => `${openid}#${template}`

/**
 * Counts each template the person accepted in `wx.requestSubscribeMessage`: one more
 * WeChat message the relay may send them. Existing counts go up in one conditional update;
 * new ones are inserted in one batch. `lastGrant` keeps a retry of this request (after a
 * reply that was lost before the audit entry was written) from counting twice.
 */
export const grant = defineAction<'subscription.grant'>()({
  preload: (_input, caller) => ({ held: { from: 'subscriptions', match: { openid: caller.openid }, limit: 50 } }),

  async run(ctx, input) {
    const openid = ctx.caller.openid
    const held = new Map((ctx.preloaded.held).map((s) => [s.template, s]))
    const accepted = input.results.filter((r) => r.answer === 'accept').map((r) => r.template)
    const existing = accepted.filter((t) => held.has(t))
    const fresh = accepted.filter((t) => !held.has(t))

    if (existing.length) await increment(ctx, existing.map((t) => idOf(openid, t)))
    if (fresh.length) await create(ctx, fresh)

    const account = accountOf(ctx.caller)
    ctx.note({
      target: { collection: 'subscriptions', id: openid, villageId: account.villageId, householdId: null },
      summary: accepted.length ? `订阅微信提醒：${accepted.join('、')}` : '未同意订阅微信提醒',
    })
    const items = input.results.map(({ template }) => {
      const before = held.get(template)?.remaining ?? 0
      return { template, remaining: accepted.includes(template) ? Math.min(before + 1, SUBSCRIPTION_CAP) : before }
    })
    return { items }
  },
})

function increment({ db, requestId }: ActionContext, ids: string[]) {
  const _ = db.command
  return db.collection('subscriptions').where({ _id: _.in(ids), remaining: _.lt(SUBSCRIPTION_CAP), lastGrant: _.neq(requestId) })
    .update({ data: { remaining: _.inc(1), lastGrant: requestId, updatedAt: new Date() } })
}

async function create(ctx: ActionContext, templates: string[]) {
  const openid = ctx.caller.openid
  const doc = (template: string): SubscriptionDoc => ({ _id: idOf(openid, template), openid, template, remaining: 1, lastGrant: ctx.requestId, updatedAt: new Date() })
  try {
    await ctx.db.collection('subscriptions').add({ data: templates.map(doc) })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // Another grant created one of them first (a second tap at the same moment): one at a
    // time, counting up what is now there. Rare, and the only path past four round trips.
    await Promise.all(templates.map(async (t) => {
      try {
        await ctx.db.collection('subscriptions').add({ data: doc(t) })
      } catch (err) {
        if (!isDuplicateKey(err)) throw err
        await increment(ctx, [idOf(openid, t)])
      }
    }))
  }
}
