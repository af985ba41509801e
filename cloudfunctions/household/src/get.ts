import type { VillageDoc } from '@chengxin/shared/src/server'
import { assert, auditRead, listOf, defineAction } from '@chengxin/shared/src/server'
import { assertCanRead } from './access'
import { householdView } from './view'

/** One household with its members. The look is recorded, and the household can see who looked. */
export const get = defineAction<'household.get'>()({
  preload: (input) => ({ household: { from: 'households', match: { _id: input.householdId } } }),

  async run(ctx) {
    const doc = ctx.preloaded.household.at(0)
    assert(doc, 'NOT_FOUND')
    const village = listOf<VillageDoc>(await ctx.db.collection('villages').where({ _id: doc.villageId }).get())[0]
    assertCanRead(ctx.caller, village)
    await auditRead(ctx, {
      action: 'household.get',
      target: { collection: 'households', id: doc._id, villageId: doc.villageId, householdId: doc._id },
      summary: '查看本户成员名册',
    })
    const canEdit = ctx.caller.roles.includes('cadre') && ctx.caller.account?.villageId === doc.villageId && !doc.archived
    return { household: householdView(doc, village), canEdit }
  },
})
