import { createHash } from 'crypto'
import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { defineAction, isDuplicateKey } from '@chengxin/shared/src/server'
import { assertCanEdit, assertOwnGroup, callersVillage } from './access'
import { membersFrom } from './members'
import { householdView } from './view'

/** A cadre adds a household to one of their village's villager groups, under contract management. */
export const create = defineAction<'household.create'>()({
  preload: () => callersVillage,

  async run({ db, caller, requestId, preloaded, note }, input) {
    const village: VillageDoc | undefined = preloaded.village[0]
    assertOwnGroup(village, input.groupId)
    assertCanEdit(caller, village._id)

    // The id comes from the request, so a retry whose first reply was lost finds its own household.
    const _id = `h-${village._id.slice(2)}-${createHash('sha256').update(requestId).digest('hex').slice(0, 10)}`
    const now = new Date()
    const doc: HouseholdDoc = {
      _id, villageId: village._id, groupId: input.groupId, label: input.label, members: membersFrom(_id, input.members),
      managementType: 'contract', archived: false, archive: null, createdAt: now, updatedAt: now, requestId,
    }
    try {
      await db.collection('households').add({ data: doc })
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    note({
      target: { collection: 'households', id: _id, villageId: village._id, householdId: _id },
      summary: `新增${input.label}（${doc.members.length}人）`,
    })
    return { household: householdView(doc, village) }
  },
})
