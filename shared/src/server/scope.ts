import type { AccountDoc, VillageDoc } from './documents'
import type { Caller } from './handler'
import { assert } from './failure'

/** The caller's account, which the audience check already required. */
export function accountOf(caller: Caller): AccountDoc {
  assert(caller.account, 'NOT_SIGNED_IN')
  return caller.account
}

/** A document of another village is refused, whatever the caller's role. */
export function assertSameVillage(caller: Caller, villageId: string | null | undefined): void {
  assert(villageId && accountOf(caller).villageId === villageId, 'NOT_IN_VILLAGE')
}

/** The caller's own household, or NOT_SIGNED_IN when they have not bound one yet. */
export function householdOf(caller: Caller): { householdId: string; villageId: string; memberId: string; isHead: boolean } {
  const a = accountOf(caller)
  assert(a.householdId && a.villageId && a.memberId, 'NOT_SIGNED_IN')
  return { householdId: a.householdId, villageId: a.villageId, memberId: a.memberId, isHead: a.isHead }
}

/** A township officer's account (township role, no village of their own). */
export const isTownship = (a: AccountDoc) => a.roles.includes('township') && !a.villageId

/**
 * The village an action reads (preloaded as `village`), checked against the caller's scope: a
 * cadre's own (another named: NOT_IN_VILLAGE); a township officer's named village of their
 * township. Null: a township officer named none.
 */
export function villageInScope(ctx: { caller: Caller; preloaded: { village: VillageDoc[] } }, requested: string | undefined): VillageDoc | null {
  const account = accountOf(ctx.caller)
  const village: VillageDoc | undefined = ctx.preloaded.village[0]
  if (isTownship(account)) {
    if (!requested) return null
    assert(village, 'NOT_FOUND')
    assert(village.townshipId === account.townshipId, 'NOT_IN_VILLAGE')
    return village
  }
  assert(village && village._id === account.villageId && (!requested || requested === village._id), 'NOT_IN_VILLAGE')
  return village
}
