import { randomUUID } from 'crypto'
import { INVITE_ALPHABET } from '@chengxin/shared/src/api'
import { ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const TOWNSHIP = 'o-township-officer'
const CODE = new RegExp(`^[${INVITE_ALPHABET}]{8}$`)
const DAY = 86400000
// h-shizi-002's spouse has no WeChat bound; h-shizi-001's head has.
const SPOUSE_002 = { kind: 'member', householdId: 'h-shizi-002', memberId: 'h-shizi-002-m2' }

const invite = (openid: string, input: object, requestId?: string) => t.change(openid, 'account', 'invite.create', input, requestId)
const list = (openid: string, input: object = {}) => t.call(openid, 'account', 'invite.list', input)
const redeem = (openid: string, code: string) => t.change(openid, 'account', 'invite.redeem', { code, privacyVersion: '2026-11' })
const wxacodeCalls = () => t.emu.wire.openapi.calls.filter((c) => c.apiName === 'wxacode.getUnlimited')

beforeEach(() => t.emu.wire.openapi.reset())

describe('invite.create by the township office', () => {
  it("makes a single-use cadre code for a village, valid 7 days unless told", async () => {
    const res = await invite(TOWNSHIP, { kind: 'cadre', villageId: 'v-baizi', name: '张卫东' })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    const { code, expiresAt } = res.data.invite
    expect(code).toMatch(CODE)
    expect(res.data.invite).toMatchObject({ kind: 'role', role: 'cadre', villageName: '百子村', memberName: '张卫东', qrUrl: null })
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(7 * DAY - 60000)
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(7 * DAY)
    expect(t.findOne('invites', { _id: code })).toMatchObject({ villageId: 'v-baizi', townshipId: 't-shizi', usedBy: null, createdBy: TOWNSHIP, householdId: null })
    expect(wxacodeCalls()).toHaveLength(0)
    expect(t.find('audit', { action: 'invite.create' })[0]).toMatchObject({ actor: { openid: TOWNSHIP }, target: { id: code, villageId: 'v-baizi' } })
  })

  it('binds whoever redeems it as that village\'s cadre', async () => {
    const { code } = (await invite(TOWNSHIP, { kind: 'cadre', villageId: 'v-baizi', expiresInDays: 30 })).data.invite
    const res = await redeem('o-new-cadre', code)
    expect(res.data).toMatchObject({ roles: ['cadre'], village: { id: 'v-baizi' } })
  })

  it('refuses member invites from the township, cadre invites from a cadre, and residents', async () => {
    const before = snapshot(t.emu)
    expect((await invite(TOWNSHIP, SPOUSE_002)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await invite(CADRE, { kind: 'cadre', villageId: 'v-shizi' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await invite('o-resident-head', SPOUSE_002)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await invite(TOWNSHIP, { kind: 'cadre', villageId: 'v-nowhere' })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('invite.create by a cadre', () => {
  it('makes a member code with a mini-program code to scan', async () => {
    const res = await invite(CADRE, { ...SPOUSE_002, expiresInDays: 3 })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const { code } = res.data.invite
    expect(res.data.invite).toMatchObject({ kind: 'member', role: 'resident', householdId: 'h-shizi-002', villageName: '十字村' })
    expect(res.data.invite.qrUrl).toMatch(/^http/)
    expect(Date.parse(res.data.invite.expiresAt) - Date.now()).toBeLessThanOrEqual(3 * DAY)
    const stored = t.findOne('invites', { _id: code })
    expect(stored).toMatchObject({ memberId: 'h-shizi-002-m2', groupName: '第二村民组', isHead: false, usedBy: null, createdBy: CADRE })
    expect(stored.memberName).toBe(t.findOne('households', { _id: 'h-shizi-002' }).members[1].name)
    expect(wxacodeCalls().map((c) => c.data)).toEqual([expect.objectContaining({ scene: code, page: 'pages/bind/index' })])
    expect([...t.emu.wire.storage.files.values()].some((f) => f.key === `invites/${code}.png`)).toBe(true)
  })

  it('is redeemed by a new WeChat identity, which becomes that member', async () => {
    const { code } = (await invite(CADRE, SPOUSE_002)).data.invite
    await t.call('o-new-villager-1', 'account', 'account.whoami', {})
    const res = await redeem('o-new-villager-1', code.toLowerCase())
    expect(res.data).toMatchObject({ bound: true, roles: ['resident'], household: { id: 'h-shizi-002', memberId: 'h-shizi-002-m2', isHead: false } })
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' })).toMatchObject({ householdId: 'h-shizi-002', memberId: 'h-shizi-002-m2', villageId: 'v-shizi' })
    expect(t.findOne('invites', { _id: code }).usedBy).toBe('o-new-villager-1')
    expect((await invite(CADRE, SPOUSE_002)).error?.code).toBe('MEMBER_BOUND')
  })

  it('still makes the invite when the mini-program code cannot be made', async () => {
    t.emu.wire.openapi.respond('wxacode.getUnlimited', 45009)
    const res = await invite(CADRE, SPOUSE_002)
    expect(res.ok).toBe(true)
    expect(res.data.invite.qrUrl).toBeNull()
    expect(t.findOne('invites', { _id: res.data.invite.code })).toMatchObject({ qrFileId: null, usedBy: null })
  })

  it("refuses a bound member, another village's household, an unknown member and an archived household", async () => {
    const before = snapshot(t.emu)
    expect((await invite(CADRE, { kind: 'member', householdId: 'h-shizi-001', memberId: 'h-shizi-001-m1' })).error?.code).toBe('MEMBER_BOUND')
    expect((await invite(CADRE, { kind: 'member', householdId: 'h-baizi-002', memberId: 'h-baizi-002-m1' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await invite(CADRE, { ...SPOUSE_002, memberId: 'h-shizi-002-m9' })).error?.code).toBe('NOT_FOUND')
    expect((await invite(CADRE, { ...SPOUSE_002, householdId: 'h-nowhere' })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
    await t.change(CADRE, 'household', 'household.archive', { householdId: 'h-shizi-002', reason: '全户迁出' })
    expect((await invite(CADRE, SPOUSE_002)).error?.code).toBe('HOUSEHOLD_ARCHIVED')
  })

  it('refuses bad input (kind, expiry over 30 days) and stores nothing', async () => {
    const before = snapshot(t.emu)
    expect((await invite(CADRE, { householdId: 'h-shizi-002', memberId: 'h-shizi-002-m2' })).error?.code).toBe('INVALID_INPUT')
    const long = await invite(CADRE, { ...SPOUSE_002, expiresInDays: 31 })
    expect(long.error).toMatchObject({ code: 'INVALID_INPUT', fields: { expiresInDays: '有效期最长30天' } })
    expect((await invite(CADRE, { ...SPOUSE_002, expiresInDays: 0 })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the same code, and stores one invite even when the first reply and record were lost', async () => {
    const requestId = randomUUID()
    const first = await invite(CADRE, SPOUSE_002, requestId)
    const retry = await invite(CADRE, SPOUSE_002, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await invite(CADRE, SPOUSE_002, requestId)
    expect(again.data.invite.code).toBe(first.data.invite.code)
    expect(t.find('invites', { householdId: 'h-shizi-002' })).toHaveLength(1)
  })

  it('takes a fresh random code when its own is held by another request', async () => {
    const requestId = randomUUID()
    const first = (await invite(CADRE, SPOUSE_002, requestId)).data.invite
    const invites = t.emu.wire.db.collection('invites')
    const held = invites.findOne({ _id: first.code })!
    invites.remove({ _id: first.code })
    invites.insertOne({ ...held, requestId: 'someone-else' })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const res = await invite(CADRE, SPOUSE_002, requestId)
    expect(res.data.invite.code).toMatch(CODE)
    expect(res.data.invite.code).not.toBe(first.code)
    expect(t.find('invites', { householdId: 'h-shizi-002' })).toHaveLength(2)
  })

  it('gives different requests different codes', async () => {
    const a = await invite(CADRE, SPOUSE_002)
    const b = await invite(CADRE, SPOUSE_002)
    expect(a.data.invite.code).not.toBe(b.data.invite.code)
  })
})

describe('invite.list', () => {
  it("shows a cadre their village's open member invites, newest first, never a cadre invite", async () => {
    const made = (await invite(CADRE, SPOUSE_002)).data.invite
    const res = await list(CADRE)
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect(res.data.items[0]).toMatchObject({ code: made.code, householdLabel: t.findOne('households', { _id: 'h-shizi-002' }).label })
    expect(res.data.items[0].qrUrl).toMatch(/^http/)
    const codes = res.data.items.map((i: any) => i.code)
    expect(codes).toEqual(expect.arrayContaining(['SZHEAD23', 'SZMEMB45']))
    expect(codes).not.toContain('SZCADRE8')
    expect(codes).not.toContain('BZHEAD67')
    expect(res.data.total).toBe(3)
  })

  it('leaves out used and expired invites', async () => {
    await redeem('o-new-villager-1', 'SZHEAD23')
    const invites = t.emu.wire.db.collection('invites')
    const member = invites.findOne({ _id: 'SZMEMB45' })!
    invites.remove({ _id: 'SZMEMB45' })
    invites.insertOne({ ...member, expiresAt: new Date(Date.now() - 1000) })
    expect((await list(CADRE)).data.items).toEqual([])
  })

  it("shows the township office the cadre invites, optionally one village's", async () => {
    await invite(TOWNSHIP, { kind: 'cadre', villageId: 'v-baizi' })
    const res = await list(TOWNSHIP)
    expect(res.data.items.map((i: any) => i.villageId).sort()).toEqual(['v-baizi', 'v-shizi'])
    expect(res.data.items.every((i: any) => i.role === 'cadre')).toBe(true)
    expect((await list(TOWNSHIP, { villageId: 'v-baizi' })).data.total).toBe(1)
  })

  it("refuses residents and another village's invites to a cadre", async () => {
    expect((await list('o-resident-head')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await list(CADRE, { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
  })
})
