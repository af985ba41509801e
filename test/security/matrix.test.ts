// The authorisation matrix: every action × every demo role × own household / another
// household of the village / another village, through the real functions on the emulator.
// Each cell's expected answer is derived from shared/src/api/access.ts alone; a refused cell
// must leave the database exactly as it was, and an allowed read may add only read-log entries.
import { ACTIONS, type ActionName, type ErrorCode } from '../../shared/src/api'
import { ACCESS, accessRules, type AccessRule } from '../../shared/src/api/access'
import { CALLERS, lasting, onlyReadLog, photoOf, targetHousehold, useTargets, type Caller, type RoleName, type ScopeName, type Target } from './targets'
import { SAMPLES, sampleBuilds } from './samples'
import { randomUUID } from 'crypto'

const ROLES = Object.keys(CALLERS) as RoleName[]
const SCOPES: ScopeName[] = ['own household', 'same village', 'other village']
const NAMES = Object.keys(ACTIONS) as ActionName[]

/** What the written rule says this caller gets for this target. */
function expected(rule: AccessRule, caller: Caller, target: Target, allowed: ErrorCode | undefined): 'ok' | ErrorCode {
  if (rule.audience !== 'anyone') {
    if (caller.roles.length === 0) return 'NOT_SIGNED_IN'
    if (!rule.audience.some((r) => caller.roles.includes(r))) return 'FORBIDDEN_ROLE'
  }
  if (rule.scope === 'unbound' && caller.roles.length > 0) return 'ALREADY_BOUND'
  if (rule.scope === 'own-village' && !caller.roles.includes('township') && caller.villageId !== target.villageId) return 'NOT_IN_VILLAGE'
  if (rule.scope === 'own-household') {
    if (caller.villageId !== target.villageId) return rule.otherVillage ?? 'NOT_IN_VILLAGE'
    if (caller.householdId !== target.householdId) return rule.otherHousehold ?? 'NOT_FOUND'
  }
  if (rule.headOnly && !caller.isHead) return 'NOT_HOUSEHOLD_HEAD'
  if (rule.ownHousehold && caller.householdId === target.householdId) return rule.ownHousehold
  return allowed ?? 'ok'
}


// Each action's 21 cells run in one test; on a busy two-core machine that can take a while.
jest.setTimeout(180_000)

describe('the authorisation matrix', () => {
  const { state: s, fresh } = useTargets()

  it('has one access rule and one sample input for every action, and no more', () => {
    expect(Object.keys(ACCESS).sort()).toEqual([...NAMES].sort())
    expect(Object.keys(SAMPLES).sort()).toEqual([...NAMES].sort())
    for (const name of NAMES) {
      const rules = accessRules(ACCESS[name])
      expect([name, sampleBuilds(name).map(([v]) => v)]).toEqual([name, rules.map(([v]) => v)])
      // The registry's audience is the union of the rules' audiences: a change to one is a change to both.
      const audiences = rules.map(([, r]) => r.audience)
      const union = audiences.includes('anyone') ? 'anyone' : [...new Set(audiences.flat())].sort()
      const registered = ACTIONS[name].audience
      expect([name, union]).toEqual([name, registered === 'anyone' ? 'anyone' : [...registered].sort()])
    }
  })

  it.each(NAMES)('%s answers every role and scope as access.ts says', async (name) => {
    const spec = ACTIONS[name]
    const wrong: string[] = []
    for (const [variant, build] of sampleBuilds(name)) {
      const rule = accessRules(ACCESS[name]).find(([v]) => v === variant)![1]
      for (const role of ROLES) {
        const caller = CALLERS[role]
        for (const scope of SCOPES) {
          const target = s.targets[targetHousehold(caller, scope)]
          const want = expected(rule, caller, target, SAMPLES[name].allowed)
          const input = build(target, { photo: () => photoOf(s.emu, caller.openid) })
          const out = await s.emu.call(spec.fn, { action: name, input, requestId: spec.mutation ? randomUUID() : undefined }, caller.openid)
          const got = out.error ? `THREW ${out.error.errMsg}` : out.result.ok ? 'ok' : out.result.error?.code
          const cell = `${name}${variant ? ` (${variant})` : ''} as ${role} on ${scope}`
          if (got !== want) wrong.push(`${cell}: expected ${want}, got ${got}`)
          const mayChange = got === 'ok' && (spec.mutation || onlyReadLog(s.writes))
          if (lasting(s.writes).length && !mayChange) {
            wrong.push(`${cell}: ${got === 'ok' ? 'a read' : 'a refusal'} changed ${lasting(s.writes).join(', ')}`)
          }
          if (s.writes.length) await fresh()
        }
      }
    }
    expect(wrong).toEqual([])
  })
})
