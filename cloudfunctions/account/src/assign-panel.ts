import { PANEL_GROUP_LABELS } from '@chengxin/shared/src/api'
import { assert, assertSameVillage, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { inOrder, panelMember } from './panel'

/**
 * A cadre puts a bound resident of their village on the review, supervision and/or finance
 * group. The panel role comes with the first group and goes with the last. Setting the
 * same groups again changes nothing, so a retry is harmless.
 */
export const assignPanel = defineAction<'panel.assign'>()({
  preload: (input) => ({
    household: { from: 'households', match: { _id: input.householdId } },
    bound: { from: 'accounts', match: { householdId: input.householdId, memberId: input.memberId } },
  }),

  async run({ db, _, caller, preloaded, note }, input) {
    const hh = preloaded.household.at(0)
    assert(hh, 'NOT_FOUND')
    assertSameVillage(caller, hh.villageId)
    assert(hh.members.some((m) => m.id === input.memberId), 'NOT_FOUND')
    const account = preloaded.bound.at(0)
    assert(account && account.roles.includes('resident'), 'MEMBER_NOT_BOUND')

    const groups = inOrder(input.groups)
    const res = await db.collection('accounts').where({ _id: account._id, householdId: hh._id, memberId: input.memberId }).update({
      data: { panelGroups: _.set(groups), roles: groups.length ? _.addToSet('panel') : _.pull('panel'), updatedAt: new Date() },
    })
    assert(updatedCount(res) === 1, 'MEMBER_NOT_BOUND')
    note({
      target: { collection: 'accounts', id: account._id, villageId: hh.villageId, householdId: hh._id },
      summary: groups.length
        ? `${hh.label}${account.name ?? ''}加入${groups.map((g) => PANEL_GROUP_LABELS[g]).join('、')}`
        : `${hh.label}${account.name ?? ''}退出各小组`,
    })
    return { member: panelMember({ ...account, panelGroups: groups }) }
  },
})
