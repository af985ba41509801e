import type { AccountDoc, ActionDef, InviteDoc } from '@chengxin/shared/src/server'
import { assert, updatedCount } from '@chengxin/shared/src/server'
import { emptyAccount, whoamiOf } from './whoami'

/**
 * Binds the caller's WeChat identity to what the invite names: a household member
 * (resident) or a role in a village or the township. Records the separate privacy consent.
 * An invite is used once; a retry after a lost reply finds the invite already its own.
 */
export const redeemInvite: ActionDef<'invite.redeem'> = {
  preload: (input) => ({ invite: { from: 'invites', match: { _id: input.code } } }),

  async run({ db, _, caller, preloaded, note }, input) {
    const invite = preloaded.invite[0] as InviteDoc | undefined
    const now = new Date()
    assert(invite && new Date(invite.expiresAt) > now, 'INVITE_INVALID')
    const mine = invite.usedBy === caller.openid
    assert(!invite.usedBy || mine, 'INVITE_USED')
    const account = caller.account
    if (account?.villageId && invite.villageId && account.villageId !== invite.villageId) assert(false, 'NOT_IN_VILLAGE')
    if (invite.kind === 'member') assert(!account?.householdId || account.householdId === invite.householdId, 'ALREADY_BOUND')

    if (!mine) {
      const claimed = await db.collection('invites').where({ _id: invite._id, usedBy: null }).update({
        data: { usedBy: caller.openid, usedAt: db.serverDate() },
      })
      assert(updatedCount(claimed) === 1, 'INVITE_USED')
    }

    const binding: Partial<AccountDoc> = {
      townshipId: invite.townshipId,
      townshipName: invite.townshipName,
      ...(invite.villageId ? { villageId: invite.villageId, villageName: invite.villageName } : {}),
      ...(invite.kind === 'member'
        ? { householdId: invite.householdId, householdLabel: invite.householdLabel, groupName: invite.groupName,
            memberId: invite.memberId, isHead: invite.isHead, name: invite.memberName }
        : { name: account?.name ?? invite.memberName }),
      privacyConsent: { version: input.privacyVersion, at: now },
      updatedAt: now,
    }
    const roles = Array.from(new Set([...(account?.roles ?? []), invite.role]))
    const next = { ...emptyAccount(now), ...(account ?? {}), ...binding, roles } as AccountDoc
    if (account) {
      await db.collection('accounts').doc(caller.openid).update({ data: { ...binding, roles: _.addToSet(invite.role) } })
    } else {
      const { _id, ...data } = { ...next, _id: caller.openid }
      await db.collection('accounts').doc(_id).set({ data })
    }

    note({
      target: { collection: 'invites', id: invite._id, villageId: invite.villageId, householdId: invite.householdId },
      summary: invite.kind === 'member'
        ? `绑定为${invite.householdLabel}成员${invite.memberName}，同意隐私政策${input.privacyVersion}`
        : `绑定角色${invite.role}（${invite.villageName ?? invite.townshipName}），同意隐私政策${input.privacyVersion}`,
    })
    return whoamiOf(caller.openid, { ...next, _id: caller.openid })
  },
}
