import type { MemberInput } from '@chengxin/shared/src/api'
import type { MemberDoc } from '@chengxin/shared/src/server'
import { assert, storedIdNumber } from '@chengxin/shared/src/server'

const indexOf = (id: string) => Number(/-m(\d+)$/.exec(id)?.[1] ?? 0)

/**
 * The stored member list from what the cadre sent: listed members keep their id (and their
 * masked ID number and hash unless a new number or null was sent), new members get the next
 * free id, and the raw ID number goes no further than this function.
 */
export function membersFrom(householdId: string, input: MemberInput[], existing: MemberDoc[] = []): MemberDoc[] {
  let next = Math.max(0, ...existing.map((m) => indexOf(m.id))) + 1
  return input.map((m) => {
    const before = m.id ? existing.find((e) => e.id === m.id) : undefined
    assert(!m.id || before, 'NOT_FOUND', { members: `没有找到成员${m.name}` })
    const ids = m.idNumber === undefined && before ? { idMasked: before.idMasked, idHash: before.idHash } : storedIdNumber(m.idNumber ?? null)
    const city = m.workingAwayCity === undefined ? before?.workingAway?.city ?? null : m.workingAwayCity
    return {
      id: before?.id ?? `${householdId}-m${next++}`,
      name: m.name, relation: m.relation, isHead: m.isHead,
      workingAway: city ? { city } : null,
      ...ids,
    }
  })
}
