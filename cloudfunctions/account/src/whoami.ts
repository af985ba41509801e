import type { WhoamiOutput } from '@chengxin/shared/src/api'
import type { AccountDoc, ActionDef } from '@chengxin/shared/src/server'

/** The answer to "who am I" for an account document, or for a WeChat identity not yet bound. */
export function whoamiOf(openid: string, a: AccountDoc | null): WhoamiOutput {
  return {
    openidTail: openid.slice(-4),
    bound: !!a && a.roles.length > 0,
    name: a?.name ?? null,
    roles: a?.roles ?? [],
    township: a?.townshipId ? { id: a.townshipId, name: a.townshipName ?? '' } : null,
    village: a?.villageId ? { id: a.villageId, name: a.villageName ?? '' } : null,
    household:
      a?.householdId && a.memberId
        ? { id: a.householdId, label: a.householdLabel ?? '', groupName: a.groupName ?? '', isHead: a.isHead, memberId: a.memberId }
        : null,
    privacyConsent: a?.privacyConsent ? { version: a.privacyConsent.version, at: new Date(a.privacyConsent.at).toISOString() } : null,
    panelGroups: a?.roles.includes('panel') ? (a.panelGroups ?? []) : [],
  }
}

/** A WeChat identity that has signed in but holds no role yet. */
export function emptyAccount(now: unknown): Omit<AccountDoc, '_id'> {
  return {
    name: null, roles: [], townshipId: null, townshipName: null, villageId: null, villageName: null,
    householdId: null, householdLabel: null, groupName: null, memberId: null, isHead: false,
    privacyConsent: null, createdAt: now as Date, updatedAt: now as Date,
  }
}

/**
 * Signing in is opening the app: the first call from a WeChat identity creates its (empty)
 * account, so every later call finds the caller in one round trip.
 */
export const whoami: ActionDef<'account.whoami'> = {
  async run({ db, caller }) {
    if (!caller.account) {
      await db.collection('accounts').doc(caller.openid).set({ data: emptyAccount(db.serverDate()) })
    }
    return whoamiOf(caller.openid, caller.account)
  },
}
