import { randomUUID } from 'crypto'
import { snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const SPOUSE = { householdId: 'h-shizi-001', memberId: 'h-shizi-001-m2' } // bound: o-resident-spouse
const PANEL = { householdId: 'h-shizi-002', memberId: 'h-shizi-002-m1' } // bound: o-panel-member

const assign = (openid: string, input: object, requestId?: string) => t.change(openid, 'account', 'panel.assign', input, requestId)
const list = (openid: string, input: object = {}) => t.call(openid, 'account', 'panel.list', input)
const account = (openid: string) => t.findOne('accounts', { _id: openid })

describe('panel.assign', () => {
  it('puts a bound resident on groups and gives them the panel role', async () => {
    const res = await assign(CADRE, { ...SPOUSE, groups: ['finance', 'review'] })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.member).toMatchObject({ householdId: 'h-shizi-001', memberId: 'h-shizi-001-m2', groups: ['review', 'finance'] })
    expect(account('o-resident-spouse')).toMatchObject({ roles: ['resident', 'panel'], panelGroups: ['review', 'finance'] })
    const me = await t.call('o-resident-spouse', 'account', 'account.whoami', {})
    expect(me.data).toMatchObject({ roles: ['resident', 'panel'], panelGroups: ['review', 'finance'] })
    const [entry] = t.find('audit', { action: 'panel.assign' })
    expect(entry).toMatchObject({ actor: { openid: CADRE }, target: { id: 'o-resident-spouse', householdId: 'h-shizi-001' } })
    expect(entry.summary).toContain('评议小组、理财小组')
    expect(JSON.stringify(res.data)).not.toContain('o-resident-spouse')
  })

  it('takes the panel role away with the last group', async () => {
    await assign(CADRE, { ...PANEL, groups: ['supervision'] })
    expect(account('o-panel-member')).toMatchObject({ roles: ['resident', 'panel'], panelGroups: ['supervision'] })
    const res = await assign(CADRE, { ...PANEL, groups: [] })
    expect(res.data.member.groups).toEqual([])
    expect(account('o-panel-member')).toMatchObject({ roles: ['resident'], panelGroups: [] })
  })

  it("refuses a member without WeChat, another village's resident, and roles other than cadre", async () => {
    const before = snapshot(t.emu)
    expect((await assign(CADRE, { householdId: 'h-shizi-002', memberId: 'h-shizi-002-m2', groups: ['review'] })).error?.code).toBe('MEMBER_NOT_BOUND')
    expect((await assign(CADRE, { householdId: 'h-baizi-001', memberId: 'h-baizi-001-m1', groups: ['review'] })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await assign(CADRE, { householdId: 'h-shizi-001', memberId: 'h-shizi-001-m9', groups: ['review'] })).error?.code).toBe('NOT_FOUND')
    expect((await assign('o-cadre-baizi', { ...SPOUSE, groups: ['review'] })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await assign('o-township-officer', { ...SPOUSE, groups: ['review'] })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await assign('o-panel-member', { ...SPOUSE, groups: ['review'] })).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses unknown or repeated groups and stores nothing', async () => {
    const before = snapshot(t.emu)
    expect((await assign(CADRE, { ...SPOUSE, groups: ['judges'] })).error?.code).toBe('INVALID_INPUT')
    expect((await assign(CADRE, { ...SPOUSE, groups: ['review', 'review'] })).error?.fields?.groups).toBe('小组重复')
    expect((await assign(CADRE, { ...SPOUSE })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and records one change', async () => {
    const requestId = randomUUID()
    const first = await assign(CADRE, { ...SPOUSE, groups: ['review'] }, requestId)
    const retry = await assign(CADRE, { ...SPOUSE, groups: ['review'] }, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect(t.find('audit', { action: 'panel.assign' })).toHaveLength(1)
    expect((await assign(CADRE, { ...SPOUSE, groups: ['finance'] }, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
    expect(account('o-resident-spouse').panelGroups).toEqual(['review'])
  })
})

describe('panel.list', () => {
  it("lists the village's panel members with their groups, one group's on request", async () => {
    await assign(CADRE, { ...SPOUSE, groups: ['review', 'supervision'] })
    await assign(CADRE, { ...PANEL, groups: ['finance'] })
    const res = await list(CADRE)
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect(res.data.items.map((m: any) => [m.memberId, m.groups])).toEqual([
      ['h-shizi-001-m2', ['review', 'supervision']],
      ['h-shizi-002-m1', ['finance']],
      ['h-shizi-005-m1', ['finance']], // the demo's second finance-group member
      // the demo's review group (emulator-app/seed/review.ts)
      ['h-shizi-010-m1', ['review']],
      ['h-shizi-011-m1', ['review']],
      ['h-shizi-012-m1', ['review']],
      ['h-shizi-013-m1', ['review']],
    ])
    expect((await list(CADRE, { group: 'finance' })).data.items.map((m: any) => m.memberId)).toEqual(['h-shizi-002-m1', 'h-shizi-005-m1'])
    expect(JSON.stringify(res.data)).not.toContain('o-')
  })

  it("shows no other village's panel, and is for cadres only", async () => {
    expect((await list('o-cadre-baizi')).data.total).toBe(0)
    expect((await list('o-panel-member')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await list(CADRE, { limit: 51 })).error?.code).toBe('INVALID_INPUT')
  })
})
