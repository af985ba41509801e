import { ROLE_LABELS } from '@chengxin/shared/src/api'
import { bindingDecision } from '@chengxin/shared/src/domain'
import type { AccountDoc, ActionContext, InviteDoc } from '@chengxin/shared/src/server'
import { ActionFailure, assert, isDuplicateKey, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { emptyAccount, whoamiOf } from './whoami'

/** What the invite would add to an identity, in the words of the confirmation dialog. */
export function grantLabel(invite: InviteDoc): string {
  if (invite.kind === 'member') {
    return `${invite.villageName ?? ''}${invite.groupName ?? ''}${invite.householdLabel ?? ''}${invite.isHead ? '户主' : '家庭成员'}（${invite.memberName ?? ''}）`
  }
  return `${invite.villageName ?? invite.townshipName}${ROLE_LABELS[invite.role]}`
}

/** The account fields a household invite sets; a role invite sets none but its role. */
function place(invite: InviteDoc): Partial<AccountDoc> {
  if (invite.kind !== 'member') return {}
  return {
    villageId: invite.villageId, villageName: invite.villageName, householdId: invite.householdId,
    householdLabel: invite.householdLabel, groupName: invite.groupName, memberId: invite.memberId, isHead: invite.isHead,
  }
}

/** Gives back an invite this identity claimed but will not use, so its real owner still can. */
async function release(ctx: ActionContext, invite: InviteDoc): Promise<void> {
  await ctx.db.collection('invites').where({ _id: invite._id, usedBy: ctx.caller.openid }).update({ data: { usedBy: null, usedAt: null } })
}

/**
 * Writes the binding only if the account is still what the rule was decided on: a concurrent
 * redeem by the same identity cannot make it two people at once.
 */
async function bindAccount(ctx: ActionContext, invite: InviteDoc, consent: AccountDoc['privacyConsent'], now: Date): Promise<AccountDoc> {
  const { db, _, caller } = ctx
  const account = caller.account
  const accounts = db.collection('accounts')
  if (!account || account.roles.length === 0) {
    const fresh: AccountDoc = {
      ...emptyAccount(now), createdAt: account?.createdAt ?? now, _id: caller.openid, roles: [invite.role],
      townshipId: invite.townshipId, townshipName: invite.townshipName, villageId: invite.villageId, villageName: invite.villageName,
      ...place(invite), name: invite.memberName, privacyConsent: consent,
    }
    const { _id, ...data } = fresh
    if (!account) {
      try {
        await accounts.add({ data: fresh })
      } catch (e) {
        if (!isDuplicateKey(e)) throw e
        throw new ActionFailure('VERSION_CONFLICT')
      }
    } else {
      // An empty account left by a first sign-in before issue 7 (whoami no longer writes one).
      const res = await accounts.where({ _id, roles: _.size(0) }).update({ data })
      assert(updatedCount(res) === 1, 'VERSION_CONFLICT')
    }
    return fresh
  }

  // Adding a role: name, township and any village or household already held stay as they are.
  const added = { ...place(invite), privacyConsent: consent, updatedAt: now }
  const res = await accounts
    .where({ _id: account._id, roles: _.size(account.roles.length), villageId: account.villageId, householdId: account.householdId })
    .update({ data: { ...added, roles: _.addToSet(invite.role) } })
  assert(updatedCount(res) === 1, 'VERSION_CONFLICT')
  return { ...account, ...added, roles: [...account.roles, invite.role] }
}

/**
 * Binds the caller's WeChat identity to what the invite names: a household member
 * (resident) or a role in a village or the township. Records the separate privacy consent.
 * An identity already bound keeps who it is: it may only add a role the rule in
 * domain/invite-binding allows, once confirmed; anything else is refused and the invite
 * stays unused for its real owner. An invite is used once; a retry after a lost reply
 * finds the invite already its own.
 */
export const redeemInvite = defineAction<'invite.redeem'>()({
  // Rooted at the invite: a new identity has no account to start the load from.
  preload: (input) => ({ invite: { from: 'invites', match: { _id: input.code }, root: true } }),

  async run(ctx, input) {
    const { db, caller, preloaded, note } = ctx
    const invite = preloaded.invite.at(0)
    const now = new Date()
    assert(invite && new Date(invite.expiresAt) > now, 'INVITE_INVALID')
    const mine = invite.usedBy === caller.openid
    assert(!invite.usedBy || mine, 'INVITE_USED')
    const account = caller.account
    const decision = bindingDecision(account, invite)

    if (decision === 'held') {
      // Already done: by an earlier try of this redeem (answer it again), or by another code.
      assert(mine, 'ALREADY_HELD')
      note({ target: { collection: 'invites', id: invite._id, villageId: invite.villageId, householdId: invite.householdId }, summary: `再次确认已绑定${grantLabel(invite)}` })
      return whoamiOf(caller.openid, account)
    }
    if (decision === 'refuse' || (decision === 'add-role' && !input.addRole)) {
      // An earlier try may have claimed it before the account changed: give it back.
      if (mine) await release(ctx, invite)
      assert(decision !== 'refuse', 'ALREADY_BOUND')
      throw new ActionFailure('CONFIRM_ADD_ROLE', { addRole: grantLabel(invite) })
    }

    if (!mine) {
      const claimed = await db.collection('invites').where({ _id: invite._id, usedBy: null }).update({
        data: { usedBy: caller.openid, usedAt: db.serverDate() },
      })
      assert(updatedCount(claimed) === 1, 'INVITE_USED')
    }
    let bound: AccountDoc
    try {
      bound = await bindAccount(ctx, invite, { version: input.privacyVersion, at: now }, now)
    } catch (e) {
      await release(ctx, invite)
      throw e
    }

    note({
      target: { collection: 'invites', id: invite._id, villageId: invite.villageId, householdId: invite.householdId },
      summary: decision === 'add-role'
        ? `经本人确认，为${account?.name ?? ''}增加身份：${grantLabel(invite)}，同意隐私政策${input.privacyVersion}`
        : invite.kind === 'member'
          ? `绑定为${invite.householdLabel}成员${invite.memberName}，同意隐私政策${input.privacyVersion}`
          : `绑定角色${invite.role}（${invite.villageName ?? invite.townshipName}），同意隐私政策${input.privacyVersion}`,
    })
    return whoamiOf(caller.openid, bound)
  },
})
