// Issue 7 item 1: an identity already bound is never re-bound, renamed or moved by an invite.
// Every bound role × invite kind, through the real handler and the emulator; the rule itself
// is shared/src/domain/invite-binding.ts.
import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD_V = 'SZHEAD23' // 十字村 (V) h-shizi-003's head
const MEMBER_V = 'SZMEMB45' // 十字村 h-shizi-003's spouse
const HEAD_W = 'BZHEAD67' // 百子村 (W) h-baizi-003's head
const MEMBER_W = 'BZMEMB45' // 百子村 h-baizi-003's spouse
const CADRE_V = 'SZCADRE8'
const CADRE_W = 'BZCADRE8'
const TOWNSHIP = 'TWNSHP23' // a township-office role for 十字镇
const OWN_V = 'SZQWN234' // a 十字村 head named as the caller's account
const OWN_W = 'BZQWN234' // a 百子村 head named as the caller's account

const redeem = (openid: string, code: string, extra: object = {}, requestId?: string) =>
  t.change(openid, 'account', 'invite.redeem', { code, privacyVersion: '2026-12', ...extra }, requestId)

function replace(collection: string, _id: string, patch: object) {
  const doc = t.findOne(collection, { _id })
  t.emu.wire.db.collection(collection).remove({ _id })
  t.emu.wire.db.collection(collection).insertOne({ ...doc, ...patch })
}

function addInvite(_id: string, from: string, patch: object) {
  t.emu.wire.db.collection('invites').insertOne({ ...t.findOne('invites', { _id: from }), _id, ...patch })
}

/** A household whose head the roster names exactly as the caller's account: their own place. */
function ownPlace(code: string, householdId: string, openid: string) {
  const name = t.findOne('accounts', { _id: openid }).name
  const hh = t.findOne('households', { _id: householdId })
  const label = `${name}户`
  replace('households', householdId, { label, members: hh.members.map((m: any) => (m.isHead ? { ...m, name } : m)) })
  const template = hh.villageId === 'v-shizi' ? HEAD_V : HEAD_W
  addInvite(code, template, { householdId, householdLabel: label, memberId: hh.members[0].id, memberName: name })
}

beforeEach(() => {
  const spouse = t.findOne('households', { _id: 'h-baizi-003' }).members[1]
  addInvite(MEMBER_W, HEAD_W, { memberId: spouse.id, memberName: spouse.name, isHead: false })
  addInvite(CADRE_W, CADRE_V, { villageId: 'v-baizi', villageName: '百子村' })
  addInvite(TOWNSHIP, CADRE_V, { role: 'township', villageId: null, villageName: null, memberName: null })
})

type Row = [label: string, openid: string, expected: Record<string, string>]
const AS_RESIDENT = {
  [HEAD_V]: 'ALREADY_BOUND', [MEMBER_V]: 'ALREADY_BOUND', [HEAD_W]: 'ALREADY_BOUND', [MEMBER_W]: 'ALREADY_BOUND',
  [CADRE_V]: 'CONFIRM_ADD_ROLE', [CADRE_W]: 'ALREADY_BOUND', [TOWNSHIP]: 'CONFIRM_ADD_ROLE',
}
const REFUSALS: Row[] = [
  ['resident household head of 十字村', 'o-resident-head', AS_RESIDENT],
  ['resident household member of 十字村', 'o-resident-spouse', AS_RESIDENT],
  ['migrant of 十字村', 'o-migrant', AS_RESIDENT],
  ['panel member of 十字村', 'o-panel-member', AS_RESIDENT],
  ['cadre of 十字村', 'o-cadre-shizi', {
    [HEAD_V]: 'ALREADY_BOUND', [MEMBER_V]: 'ALREADY_BOUND', [OWN_V]: 'CONFIRM_ADD_ROLE',
    [HEAD_W]: 'ALREADY_BOUND', [MEMBER_W]: 'ALREADY_BOUND', [OWN_W]: 'ALREADY_BOUND',
    [CADRE_V]: 'ALREADY_HELD', [CADRE_W]: 'ALREADY_BOUND', [TOWNSHIP]: 'ALREADY_BOUND',
  }],
  ['cadre of 百子村', 'o-cadre-baizi', {
    [HEAD_V]: 'ALREADY_BOUND', [MEMBER_V]: 'ALREADY_BOUND', [OWN_V]: 'ALREADY_BOUND',
    [HEAD_W]: 'ALREADY_BOUND', [MEMBER_W]: 'ALREADY_BOUND', [OWN_W]: 'CONFIRM_ADD_ROLE',
    [CADRE_V]: 'ALREADY_BOUND', [CADRE_W]: 'ALREADY_HELD', [TOWNSHIP]: 'ALREADY_BOUND',
  }],
  ['township officer', 'o-township-officer', {
    [HEAD_V]: 'ALREADY_BOUND', [MEMBER_V]: 'ALREADY_BOUND', [OWN_V]: 'CONFIRM_ADD_ROLE',
    [HEAD_W]: 'ALREADY_BOUND', [MEMBER_W]: 'ALREADY_BOUND', [OWN_W]: 'CONFIRM_ADD_ROLE',
    [CADRE_V]: 'ALREADY_BOUND', [CADRE_W]: 'ALREADY_BOUND', [TOWNSHIP]: 'ALREADY_HELD',
  }],
]

describe('invite.redeem by an identity that is already bound', () => {
  it.each(REFUSALS)('a %s is never re-bound, renamed or moved, and uses no invite up', async (_label, openid, expected) => {
    if (OWN_V in expected) {
      ownPlace(OWN_V, 'h-shizi-020', openid)
      ownPlace(OWN_W, 'h-baizi-020', openid)
    }
    const before = snapshot(t.emu)
    for (const [code, want] of Object.entries(expected)) {
      expect([code, (await redeem(openid, code)).error?.code]).toEqual([code, want])
      // Confirming does not turn a refusal into a binding.
      if (want !== 'CONFIRM_ADD_ROLE') expect([code, (await redeem(openid, code, { addRole: true })).error?.code]).toEqual([code, want])
    }
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses the township officer 百子村's head invite, keeps 周明's name, and leaves the code to 吴学军's household", async () => {
    const officer = t.findOne('accounts', { _id: 'o-township-officer' })
    const res = await redeem('o-township-officer', HEAD_W, { addRole: true })
    expect(res.error).toMatchObject({ code: 'ALREADY_BOUND', message: expect.stringContaining('邀请码没有用掉') })
    expect(t.findOne('accounts', { _id: 'o-township-officer' })).toEqual(officer)
    expect(t.findOne('invites', { _id: HEAD_W })).toMatchObject({ usedBy: null, usedAt: null })
    const villager = await redeem('o-new-villager-1', HEAD_W)
    expect(villager.data).toMatchObject({ roles: ['resident'], household: { id: 'h-baizi-003', isHead: true } })
  })

  it('asks for confirmation naming what would be added, and changes nothing until given', async () => {
    const before = snapshot(t.emu)
    const res = await redeem('o-resident-head', CADRE_V)
    expect(res.error).toMatchObject({ code: 'CONFIRM_ADD_ROLE', fields: { addRole: '十字村村专干' } })
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('invite.redeem adding a role, once confirmed', () => {
  const residents = ['o-resident-head', 'o-resident-spouse', 'o-migrant', 'o-panel-member']
  const cells = residents.flatMap((openid) => [[openid, CADRE_V, 'cadre'], [openid, TOWNSHIP, 'township']])

  it.each(cells)('%s redeeming %s becomes %s as well, keeping name, village and household', async (openid, code, role) => {
    const before = t.findOne('accounts', { _id: openid })
    const res = await redeem(openid, code, { addRole: true })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ name: before.name, roles: [...before.roles, role], village: { id: 'v-shizi' }, household: { id: before.householdId, memberId: before.memberId } })
    const { updatedAt: _at, privacyConsent, roles, ...kept } = t.findOne('accounts', { _id: openid })
    const { updatedAt: _u, privacyConsent: _p, roles: _r, ...was } = before
    expect(kept).toEqual(was)
    expect(roles).toEqual([...before.roles, role])
    expect(privacyConsent.version).toBe('2026-12')
    expect(t.findOne('invites', { _id: code }).usedBy).toBe(openid)
    expect(t.find('audit', { action: 'invite.redeem' })[0].summary).toContain('经本人确认')
  })

  it.each([
    ['o-cadre-shizi', OWN_V, 'h-shizi-020', 'v-shizi'],
    ['o-township-officer', OWN_W, 'h-baizi-020', 'v-baizi'],
  ])('%s binds its own household place (%s) as a resident, keeping its name and office', async (openid, code, householdId, villageId) => {
    ownPlace(code, householdId, openid)
    const before = t.findOne('accounts', { _id: openid })
    const res = await redeem(openid, code, { addRole: true })
    expect(res.data).toMatchObject({ name: before.name, roles: [...before.roles, 'resident'], household: { id: householdId, isHead: true } })
    expect(t.findOne('accounts', { _id: openid })).toMatchObject({
      name: before.name, townshipId: before.townshipId, villageId, householdId, isHead: true, roles: [...before.roles, 'resident'],
    })
  })

  it('answers a retry with the first response, and a second try of a redeemed code as already done', async () => {
    const requestId = randomUUID()
    const first = await redeem('o-resident-head', CADRE_V, { addRole: true }, requestId)
    expect((await redeem('o-resident-head', CADRE_V, { addRole: true }, requestId)).data).toEqual(first.data)
    const again = await redeem('o-resident-head', CADRE_V, { addRole: true })
    expect(again.data).toEqual(first.data)
    expect(t.findOne('accounts', { _id: 'o-resident-head' }).roles).toEqual(['resident', 'cadre'])
  })

  it('gives back a code an earlier try claimed when the identity can no longer take it', async () => {
    // The earlier try claimed the cadre code and was lost; meanwhile the resident became township staff.
    replace('invites', CADRE_V, { usedBy: 'o-resident-head', usedAt: new Date() })
    replace('accounts', 'o-resident-head', { roles: ['resident', 'township'] })
    expect((await redeem('o-resident-head', CADRE_V, { addRole: true })).error?.code).toBe('ALREADY_BOUND')
    expect(t.findOne('invites', { _id: CADRE_V })).toMatchObject({ usedBy: null, usedAt: null })
  })
})

describe('invite.redeem by an identity that holds nothing yet', () => {
  it.each([HEAD_V, MEMBER_V, HEAD_W, MEMBER_W, CADRE_V, CADRE_W, TOWNSHIP])('binds a fresh identity with %s, confirmation or not', async (code) => {
    const invite = t.findOne('invites', { _id: code })
    const res = await redeem('o-new-villager-1', code, { addRole: true })
    expect(res.data).toMatchObject({ bound: true, roles: [invite.role], village: invite.villageId ? { id: invite.villageId } : null })
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' })).toMatchObject({
      roles: [invite.role], townshipId: 't-shizi', villageId: invite.villageId, householdId: invite.householdId, memberId: invite.memberId, name: invite.memberName,
    })
  })

  it('binds an empty account left by a first sign-in before issue 7', async () => {
    const now = new Date()
    t.emu.wire.db.collection('accounts').insertOne({
      _id: 'o-new-villager-2', name: null, roles: [], townshipId: null, townshipName: null, villageId: null, villageName: null,
      householdId: null, householdLabel: null, groupName: null, memberId: null, isHead: false, privacyConsent: null, createdAt: now, updatedAt: now,
    })
    const res = await redeem('o-new-villager-2', MEMBER_V)
    expect(res.data).toMatchObject({ roles: ['resident'], household: { id: 'h-shizi-003', isHead: false } })
    expect(t.findOne('accounts', { _id: 'o-new-villager-2' })).toMatchObject({ householdId: 'h-shizi-003', villageId: 'v-shizi', roles: ['resident'] })
  })
})
