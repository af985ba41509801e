import type { AccountDoc } from './documents'
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
