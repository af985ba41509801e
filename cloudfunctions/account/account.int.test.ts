import { randomUUID } from 'crypto'
import { ACTIONS, type ActionName } from '@chengxin/shared/src/api'
import { CHANGE_ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const redeem = (openid: string, code: string, requestId?: string) =>
  t.change(openid, 'account', 'invite.redeem', { code, privacyVersion: '2026-11' }, requestId)

describe('account.whoami', () => {
  it('answers a bound resident with their village and household in one round trip', async () => {
    const res = await t.call('o-resident-head', 'account', 'account.whoami', {})
    expect(res.ok).toBe(true)
    expect(res.data).toMatchObject({ bound: true, roles: ['resident'], village: { id: 'v-shizi', name: '十字村' } })
    expect(res.data.household).toMatchObject({ id: 'h-shizi-001', isHead: true })
    expect(res.roundTrips).toBe(1)
  })

  it('answers an identity with no binding as unbound and stores nothing, however often it asks', async () => {
    const before = snapshot(t.emu)
    const res = await t.call('o-new-villager-1', 'account', 'account.whoami', {})
    expect(res.data).toMatchObject({ bound: false, name: null, roles: [], household: null, village: null, privacyConsent: null })
    expect(res.data.openidTail).toBe('er-1')
    const again = await t.call('o-new-villager-1', 'account', 'account.whoami', {})
    expect(again.roundTrips).toBe(1)
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' })).toBeUndefined()
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses unknown input fields with INVALID_INPUT', async () => {
    const res = await t.call('o-resident-head', 'account', 'account.whoami', { admin: true })
    expect(res.error?.code).toBe('INVALID_INPUT')
  })
})

describe('a WeChat identity with no binding', () => {
  // What an unbound caller may try on the actions open to anyone (issue 7 item 7).
  const TRIES: Record<string, object[]> = {
    'account.whoami': [{}],
    'invite.redeem': [
      { code: 'ZZZZZZZZ', privacyVersion: '2026-11' }, // unknown
      { code: 'SZHEAD23', privacyVersion: '2026-11' }, // used by someone else (below)
      { code: 'SZMEMB45', privacyVersion: '2026-11' }, // expired (below)
      { code: '12', privacyVersion: '2026-11' },
      {},
    ],
  }

  it('leaves no trace through any action open to anyone, whatever it sends', async () => {
    const anyone = (Object.keys(ACTIONS) as ActionName[]).filter((a) => ACTIONS[a].audience === 'anyone')
    expect(anyone.sort()).toEqual(Object.keys(TRIES).sort())
    await redeem('o-new-villager-2', 'SZHEAD23')
    const invites = t.emu.wire.db.collection('invites')
    const member = invites.findOne({ _id: 'SZMEMB45' })!
    invites.remove({ _id: 'SZMEMB45' })
    invites.insertOne({ ...member, expiresAt: new Date(Date.now() - 1000) })
    const before = snapshot(t.emu)
    for (const action of anyone) {
      for (const input of TRIES[action]) await t.change('o-new-villager-1', ACTIONS[action].fn, action, input)
    }
    expect(snapshot(t.emu)).toBe(before)
  })

  it('is refused by every other action without a write', async () => {
    const before = snapshot(t.emu)
    for (const action of Object.keys(ACTIONS) as ActionName[]) {
      if (ACTIONS[action].audience === 'anyone') continue
      const res = await t.change('o-new-villager-1', ACTIONS[action].fn, action, {})
      expect([action, res.ok]).toEqual([action, false])
    }
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('invite.redeem', () => {
  beforeEach(async () => {
    await t.call('o-new-villager-1', 'account', 'account.whoami', {})
  })

  it('binds a new identity as household head, records consent, and marks the invite used', async () => {
    const res = await redeem('o-new-villager-1', 'szhead23')
    expect(res.ok).toBe(true)
    expect(res.data).toMatchObject({ bound: true, roles: ['resident'], household: { id: 'h-shizi-003', isHead: true } })
    expect(res.data.privacyConsent.version).toBe('2026-11')
    // No account yet: the load starts from the invite (a root preload), still one round trip.
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' })).toMatchObject({ householdId: 'h-shizi-003', memberId: 'h-shizi-003-m1', isHead: true })
    expect(t.findOne('invites', { _id: 'SZHEAD23' }).usedBy).toBe('o-new-villager-1')
    const audit = t.find('audit', { action: 'invite.redeem' })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: { openid: 'o-new-villager-1' }, target: { id: 'SZHEAD23', householdId: 'h-shizi-003' } })
  })

  it('binds a cadre role from a township invite', async () => {
    await t.call('o-new-cadre', 'account', 'account.whoami', {})
    const res = await redeem('o-new-cadre', 'SZCADRE8')
    expect(res.data).toMatchObject({ roles: ['cadre'], village: { id: 'v-shizi' }, household: null })
  })

  it('works for an identity that never called whoami (one more read, same result)', async () => {
    const res = await redeem('o-new-villager-2', 'SZMEMB45')
    expect(res.data).toMatchObject({ household: { id: 'h-shizi-003', isHead: false } })
    expect(t.findOne('accounts', { _id: 'o-new-villager-2' }).roles).toEqual(['resident'])
  })

  it('refuses a code already used by someone else, leaving the first binding intact', async () => {
    await redeem('o-new-villager-1', 'SZHEAD23')
    const before = snapshot(t.emu)
    const res = await redeem('o-new-villager-2', 'SZHEAD23')
    expect(res.error?.code).toBe('INVITE_USED')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses an expired or unknown code', async () => {
    t.emu.wire.db.collection('invites').remove({ _id: 'SZHEAD23' })
    t.emu.wire.db.collection('invites').insertOne({ ...t.findOne('invites', { _id: 'SZMEMB45' }), _id: 'SZHEAD23', expiresAt: new Date(Date.now() - 1000) })
    expect((await redeem('o-new-villager-1', 'SZHEAD23')).error?.code).toBe('INVITE_INVALID')
    expect((await redeem('o-new-villager-1', 'ZZZZZZZZ')).error?.code).toBe('INVITE_INVALID')
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' })).toBeUndefined()
  })

  it('refuses binding a resident of one village to another village', async () => {
    const res = await redeem('o-resident-head', 'BZHEAD67')
    expect(res.error?.code).toBe('ALREADY_BOUND')
    expect(t.findOne('invites', { _id: 'BZHEAD67' }).usedBy).toBeNull()
  })

  it('refuses a malformed code with a clear Chinese message and stores nothing', async () => {
    const before = snapshot(t.emu)
    const res = await redeem('o-new-villager-1', '12')
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('填写的内容有误') })
    expect(res.error?.fields?.code).toBe('邀请码应为8位字母或数字')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a change without a requestId', async () => {
    const res = await t.call('o-new-villager-1', 'account', 'invite.redeem', { code: 'SZHEAD23', privacyVersion: '2026-11' })
    expect(res.error?.code).toBe('INVALID_INPUT')
    expect(t.findOne('invites', { _id: 'SZHEAD23' }).usedBy).toBeNull()
  })

  it('answers a retry with the first response, binding once', async () => {
    const requestId = randomUUID()
    const first = await redeem('o-new-villager-1', 'SZHEAD23', requestId)
    const retry = await redeem('o-new-villager-1', 'SZHEAD23', requestId)
    expect(retry.data).toEqual(first.data)
    expect(retry.roundTrips).toBe(1)
    expect(t.find('audit', { action: 'invite.redeem' })).toHaveLength(1)
  })

  it('answers IDEMPOTENCY_CONFLICT when a requestId is reused for other input', async () => {
    const requestId = randomUUID()
    await redeem('o-new-villager-1', 'SZHEAD23', requestId)
    const res = await redeem('o-new-villager-1', 'SZMEMB45', requestId)
    expect(res.error?.code).toBe('IDEMPOTENCY_CONFLICT')
    expect(t.findOne('invites', { _id: 'SZMEMB45' }).usedBy).toBeNull()
  })

  it('completes a retry whose first attempt claimed the invite but lost its reply', async () => {
    // Simulates a crash after the claim: the invite is ours, the account not yet bound.
    t.emu.wire.db.collection('invites').remove({ _id: 'SZHEAD23' })
    const invite = { ...t.findOne('invites', { _id: 'SZMEMB45' }), _id: 'SZHEAD23', memberId: 'h-shizi-003-m1', isHead: true, usedBy: 'o-new-villager-1' }
    t.emu.wire.db.collection('invites').insertOne(invite)
    const res = await redeem('o-new-villager-1', 'SZHEAD23')
    expect(res.ok).toBe(true)
    expect(t.findOne('accounts', { _id: 'o-new-villager-1' }).householdId).toBe('h-shizi-003')
  })
})
