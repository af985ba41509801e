import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, updatedCount } from '@chengxin/shared/src/server'
import { assertCanEdit, assertOwnGroup, callersVillage, groupNameOf } from './access'
import { membersFrom } from './members'
import { syncBoundAccounts } from './bound-accounts'
import { householdView } from './view'

/**
 * A cadre edits a household: label, members (including who works away, and where), and its
 * villager group within the same village. Written only if nobody changed it since it was
 * read (the last writer's requestId is the version). Members bound to a WeChat account
 * cannot be removed, and those accounts' cached label, group and head flag follow the change.
 */
export const update = defineAction<'household.update'>()({
  preload: (input) => ({
    household: { from: 'households', match: { _id: input.householdId } },
    ...callersVillage,
    bound: { from: 'accounts', match: { householdId: input.householdId }, limit: 50 },
  }),

  async run({ db, _, caller, requestId, preloaded, note }, input) {
    const doc: HouseholdDoc | undefined = preloaded.household[0]
    assert(doc, 'NOT_FOUND')
    assertCanEdit(caller, doc.villageId)
    const village: VillageDoc | undefined = preloaded.village[0]
    const groupId = input.groupId ?? doc.groupId
    assertOwnGroup(village, groupId)

    const mine = doc.requestId === requestId // a retry whose first reply was lost: already written
    const next: HouseholdDoc = mine ? doc : {
      ...doc, label: input.label ?? doc.label, groupId,
      members: input.members ? membersFrom(doc._id, input.members, doc.members) : doc.members,
      requestId, updatedAt: new Date(),
    }
    const bound = preloaded.bound
    const removed = bound.filter((a) => a.memberId && !next.members.some((m) => m.id === a.memberId))
    assert(removed.length === 0, 'MEMBER_BOUND', { members: `${removed.map((a) => a.name).join('、')}已绑定微信，不能删除` })

    if (!mine) {
      assert(!doc.archived, 'HOUSEHOLD_ARCHIVED')
      const res = await db.collection('households')
        .where({ _id: doc._id, archived: false, requestId: doc.requestId ?? _.exists(false) })
        .update({ data: { label: next.label, groupId: next.groupId, members: _.set(next.members), requestId, updatedAt: next.updatedAt } })
      assert(updatedCount(res) === 1, 'VERSION_CONFLICT')
    }
    await syncBoundAccounts(db, next, groupNameOf(village, next.groupId), bound)

    const moved = doc.groupId !== next.groupId ? `，调整到${groupNameOf(village, next.groupId)}` : ''
    note({
      target: { collection: 'households', id: doc._id, villageId: doc.villageId, householdId: doc._id },
      summary: `修改${next.label}（${next.members.length}人，外出务工${next.members.filter((m) => m.workingAway).length}人${moved}）`,
    })
    return { household: householdView(next, village) }
  },
})
