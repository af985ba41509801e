import type { OutboxEntry } from '@chengxin/shared/src/server'
import { listOf, type Database } from '@chengxin/shared/src/server'

const PAGE = 1000 // the SDK's cap per read
const MOST = 20_000 // a whole village's bound accounts fit many times over

/** Who an outbox entry reaches: openids, via the accounts indexes `household` and `village_roles`. */
export function recipientsOf(db: Database) {
  const seen = new Map<string, Promise<string[]>>()
  return (to: OutboxEntry['to']): Promise<string[]> => {
    if ('openid' in to) return Promise.resolve([to.openid])
    const key = JSON.stringify(to)
    if (!seen.has(key)) seen.set(key, accounts(db, 'householdId' in to ? { householdId: to.householdId } : { villageId: to.villageId, roles: to.role }))
    return seen.get(key)!
  }
}

async function accounts(db: Database, filter: Record<string, unknown>): Promise<string[]> {
  const out: string[] = []
  for (let offset = 0; offset < MOST; offset += PAGE) {
    const res = await db.collection('accounts').where(filter).orderBy('_id', 'asc').skip(offset).limit(PAGE).field({ _id: true }).get()
    const ids = listOf<{ _id: string }>(res).map((a) => a._id)
    out.push(...ids)
    if (ids.length < PAGE) break
  }
  return out
}
