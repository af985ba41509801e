import { assert, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { assertCanEdit } from './access'

/** A cadre takes a household off the roster, saying why; its records stay. */
export const archive = defineAction<'household.archive'>()({
  preload: (input) => ({ household: { from: 'households', match: { _id: input.householdId } } }),

  async run({ db, _, caller, requestId, preloaded, note }, input) {
    const doc = preloaded.household.at(0)
    assert(doc, 'NOT_FOUND')
    assertCanEdit(caller, doc.villageId)
    const mine = doc.archive?.requestId === requestId // a retry whose first reply was lost
    if (!mine) {
      assert(!doc.archived, 'HOUSEHOLD_ARCHIVED')
      const res = await db.collection('households').where({ _id: doc._id, archived: false }).update({
        data: { archived: true, archive: _.set({ reason: input.reason, at: new Date(), by: caller.openid, requestId }), updatedAt: new Date() },
      })
      assert(updatedCount(res) === 1, 'HOUSEHOLD_ARCHIVED')
    }
    note({
      target: { collection: 'households', id: doc._id, villageId: doc.villageId, householdId: doc._id },
      summary: `归档${doc.label}：${input.reason}`,
    })
    return { householdId: doc._id, archived: true as const, reason: input.reason }
  },
})
