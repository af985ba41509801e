import type { HouseholdDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, householdOf } from '@chengxin/shared/src/server'

/**
 * The head names the household in the public ledger and/or on the review's public notice, or
 * stops it. Plain overwrites of the fields sent, so a retry (also replayed from the audit by
 * the handler) lands on the same state. Two round trips: context (with the household), update.
 */
export const consent = defineAction<'household.consent'>()({
  preload: () => ({ household: { from: 'households', ofCaller: { _id: 'householdId' } } }),

  async run(ctx, input) {
    const mine = householdOf(ctx.caller)
    assert(mine.isHead, 'NOT_HOUSEHOLD_HEAD')
    const household: HouseholdDoc | undefined = ctx.preloaded.household?.[0]
    const at = new Date()
    const by = { at, by: ctx.caller.openid, requestId: ctx.requestId }
    const data: Record<string, unknown> = {}
    if (input.ledgerNamed !== undefined) data.ledgerNamed = { named: input.ledgerNamed, ...by }
    if (input.reviewNamed !== undefined) data.reviewNamed = { named: input.reviewNamed, ...by }
    await ctx.db.collection('households').doc(mine.householdId).update({ data })
    const ledgerNamed = input.ledgerNamed ?? !!household?.ledgerNamed?.named
    const reviewNamed = input.reviewNamed ?? !!household?.reviewNamed?.named
    const said: string[] = []
    if (input.ledgerNamed !== undefined) said.push(input.ledgerNamed ? '同意村账公开时显示本户户名' : '村账公开时不显示本户户名（显示为某户）')
    if (input.reviewNamed !== undefined) said.push(input.reviewNamed ? '同意评议公示时显示本户户名' : '评议公示时不显示本户户名')
    ctx.note({
      target: { collection: 'households', id: mine.householdId, villageId: mine.villageId, householdId: mine.householdId },
      summary: said.join('；'),
    })
    return { ledgerNamed, reviewNamed, at: at.toISOString() }
  },
})
