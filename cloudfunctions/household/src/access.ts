import type { Caller, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, preloadOf } from '@chengxin/shared/src/server'

/** Reading the roster: the village's own cadre, or the township office for any of its villages. */
export function assertCanRead(caller: Caller, village: VillageDoc | undefined): asserts village is VillageDoc {
  assert(village, 'NOT_FOUND')
  const account = accountOf(caller)
  if (caller.roles.includes('township') && account.townshipId === village.townshipId) return
  assert(caller.roles.includes('cadre') && account.villageId === village._id, 'NOT_IN_VILLAGE')
}

/** Changing the roster: only the village's own cadre. */
export function assertCanEdit(caller: Caller, villageId: string): void {
  assert(caller.roles.includes('cadre') && accountOf(caller).villageId === villageId, 'NOT_IN_VILLAGE')
}

export const groupNameOf = (village: VillageDoc, groupId: string) => village.groups.find((g) => g.id === groupId)?.name ?? ''

/** The caller's own village, loaded with their account (create, update: a cadre edits only their village). */
export const callersVillage = preloadOf({ village: { from: 'villages', ofCaller: { _id: 'villageId' } } })

/** A villager group of the cadre's own village, or NOT_IN_VILLAGE. */
export function assertOwnGroup(village: VillageDoc | undefined, groupId: string): asserts village is VillageDoc {
  assert(village?.groups.some((g) => g.id === groupId), 'NOT_IN_VILLAGE', { groupId: '只能选择本村的村民组' })
}
