import type { ActionDef } from '@chengxin/shared/src/server'
import { assert, householdOf } from '@chengxin/shared/src/server'

/**
 * The head names the household in the public ledger, or stops it. A plain overwrite of one
 * field, so a retry (also replayed from the audit by the handler) lands on the same state.
 * Two round trips: context, update.
 */
export const consent: ActionDef<'household.consent'> = {
  async run(ctx, input) {
    const mine = householdOf(ctx.caller)
    assert(mine.isHead, 'NOT_HOUSEHOLD_HEAD')
    const at = new Date()
    await ctx.db.collection('households').doc(mine.householdId).update({
      data: { ledgerNamed: { named: input.ledgerNamed, at, by: ctx.caller.openid, requestId: ctx.requestId } },
    })
    ctx.note({
      target: { collection: 'households', id: mine.householdId, villageId: mine.villageId, householdId: mine.householdId },
      summary: input.ledgerNamed ? '同意村账公开时显示本户户名' : '村账公开时不显示本户户名（显示为某户）',
    })
    return { ledgerNamed: input.ledgerNamed, at: at.toISOString() }
  },
}
