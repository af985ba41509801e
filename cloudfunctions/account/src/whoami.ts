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

/** The fields of an account that holds no role yet (the base of a first binding). */
export function emptyAccount(now: unknown): Omit<AccountDoc, '_id'> {
  return {
    name: null, roles: [], townshipId: null, townshipName: null, villageId: null, villageName: null,
    householdId: null, householdLabel: null, groupName: null, memberId: null, isHead: false,
    privacyConsent: null, createdAt: now as Date, updatedAt: now as Date,
  }
}

/**
 * Signing in is opening the app. A WeChat identity that holds no role leaves no trace: it
 * gets its unbound answer from the kit's fallback for callers without an account, and its
 * account is first written when it redeems an invite (issue 7).
 */
export const whoami: ActionDef<'account.whoami'> = {
  async run({ caller }) {
    return whoamiOf(caller.openid, caller.account)
  },
}
