import type { AccountDoc, Database, HouseholdDoc } from '@chengxin/shared/src/server'

export type BoundAccount = Pick<AccountDoc, '_id' | 'name' | 'memberId' | 'isHead' | 'householdLabel' | 'groupName'>

/**
 * Accounts cache their household's label, villager group and whether they are its head
 * (whoami shows them; commitment signing checks the head flag). After an edit they follow
 * in one write, or two when the head moved between bound members (the only case a single
 * update cannot set different head flags).
 */
export async function syncBoundAccounts(db: Database, hh: HouseholdDoc, groupName: string, bound: BoundAccount[]): Promise<void> {
  const headId = hh.members.find((m) => m.isHead)?.id
  const cache = { householdLabel: hh.label, groupName, updatedAt: new Date() }
  const stale = (a: BoundAccount) => a.householdLabel !== hh.label || a.groupName !== groupName
  const wrongHead = (a: BoundAccount) => (a.memberId === headId) !== a.isHead
  const accounts = db.collection('accounts')
  const writes: unknown[] = []
  if (!bound.some(wrongHead)) {
    if (bound.some(stale)) writes.push(accounts.where({ householdId: hh._id }).update({ data: cache }))
  } else {
    const head = bound.filter((a) => a.memberId === headId)
    const others = bound.filter((a) => a.memberId !== headId)
    if (head.some((a) => stale(a) || wrongHead(a))) {
      writes.push(accounts.where({ householdId: hh._id, memberId: headId }).update({ data: { ...cache, isHead: true } }))
    }
    if (others.some((a) => stale(a) || wrongHead(a))) {
      writes.push(accounts.where({ householdId: hh._id, memberId: db.command.neq(headId) }).update({ data: { ...cache, isHead: false } }))
    }
  }
  await Promise.all(writes)
}
