import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD = 'o-resident-head' // head of h-shizi-001 (十字村)
const SPOUSE = 'o-resident-spouse'
const NEIGHBOUR = 'o-panel-member' // head of h-shizi-002, same village
const BAIZI_HEAD = 'o-resident-baizi' // head of h-baizi-001 (百子村)
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const HH = 'h-shizi-001'
const STATEMENT = '本户承诺按时参加村里安排的家庭健康服务，特此申请。'

const apply = (openid = HEAD, input: object = { category: 'recognised', statement: STATEMENT }, requestId?: string) =>
  t.change(openid, 'enrolment', 'enrolment.apply', input, requestId)
const decide = (openid: string, input: object, requestId?: string) => t.change(openid, 'enrolment', 'enrolment.decide', input, requestId)
const approve = (enrolmentId: string, category = 'committed', openid = CADRE, requestId?: string) =>
  decide(openid, { enrolmentId, outcome: 'approved', category }, requestId)
const reject = (enrolmentId: string, reason = '评议小组意见不一致', openid = CADRE) => decide(openid, { enrolmentId, outcome: 'rejected', reason })
const withdraw = (enrolmentId: string, openid = HEAD, requestId?: string) =>
  t.change(openid, 'enrolment', 'enrolment.withdraw', { enrolmentId }, requestId)
const revoke = (enrolmentId: string, reason = '本季度两次未按约参加检查', openid = CADRE, requestId?: string) =>
  t.change(openid, 'enrolment', 'enrolment.revoke', { enrolmentId, reason }, requestId)
const mine = (openid = HEAD) => t.call(openid, 'enrolment', 'enrolment.mine', {})
const stored = (id = `${HH}:e1`) => t.findOne('enrolments', { _id: id })
const household = (id = HH) => t.findOne('households', { _id: id })
const audits = (action: string) => t.find('audit', { action })

/** Rewrites a stored document as a crash or another writer would have left it. */
function overwrite(collection: string, id: string, patch: Record<string, unknown>) {
  const db = t.emu.wire.db.collection(collection)
  const doc = db.findOne({ _id: id })!
  db.remove({ _id: id })
  db.insertOne({ ...doc, ...patch })
}

async function approved(category = 'committed') {
  const id = (await apply()).data.enrolment.id
  await approve(id, category)
  return id
}

describe('enrolment.apply', () => {
  it('stores a pending written application and notifies the village cadres', async () => {
    const res = await apply(HEAD, { category: 'recognised', statement: `  ${STATEMENT}  ` })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({
      managementType: 'contract',
      enrolment: { id: `${HH}:e1`, status: 'pending', requestedCategory: 'recognised', category: null, statement: STATEMENT },
    })
    const doc = stored()
    expect(doc).toMatchObject({ householdId: HH, villageId: 'v-shizi', seq: 1, status: 'pending', statement: STATEMENT })
    expect(doc.history).toEqual([expect.objectContaining({ status: 'pending', by: expect.objectContaining({ openid: HEAD, role: 'household-head' }) })])
    expect(doc.appliedAt).toBeInstanceOf(Date)
    expect(household().managementType).toBe('contract')
    const [entry] = audits('enrolment.apply')
    expect(entry.outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'cadre' }, template: 'enrolment-applied' })
  })

  it('refuses a member who is not the head, a cadre and an unbound identity, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await apply(SPOUSE)).error?.code).toBe('NOT_HOUSEHOLD_HEAD')
    expect((await apply(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await apply('o-nobody')).error?.code).toBe('NOT_SIGNED_IN')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = snapshot(t.emu)
    const blank = await apply(HEAD, { category: 'committed', statement: '   ' })
    expect(blank.error).toMatchObject({ code: 'INVALID_INPUT', fields: { statement: '请填写申请书内容' } })
    const long = await apply(HEAD, { category: 'committed', statement: '诚'.repeat(2001) })
    expect(long.error?.fields?.statement).toBe('申请书不能超过2000字')
    expect((await apply(HEAD, { category: 'contract', statement: STATEMENT })).error?.code).toBe('INVALID_INPUT')
    expect((await apply(HEAD, { category: 'committed', statement: STATEMENT, status: 'approved' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
    expect((await apply(HEAD, { category: 'committed', statement: '诚'.repeat(2000) })).ok).toBe(true)
  })

  it('refuses a second application while one is pending or approved, and allows one after a rejection', async () => {
    const first = (await apply()).data.enrolment.id
    expect((await apply(HEAD, { category: 'behavioural', statement: STATEMENT })).error?.code).toBe('ENROLMENT_OPEN')
    await approve(first)
    expect((await apply()).error?.code).toBe('ENROLMENT_OPEN')
    await revoke(first)
    const again = await apply(HEAD, { category: 'behavioural', statement: STATEMENT })
    expect(again.data.enrolment.id).toBe(`${HH}:e2`)
    expect(t.find('enrolments', { householdId: HH }).map((d) => d.status).sort()).toEqual(['pending', 'revoked'])
  })

  it('stores one application when two different requests race', async () => {
    const results = await Promise.all([apply(), apply(HEAD, { category: 'committed', statement: STATEMENT })])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)?.error?.code).toBe('ENROLMENT_OPEN')
    expect(t.find('enrolments', { householdId: HH })).toHaveLength(1)
  })

  it('refuses an application whose slot another one already took, even if the read missed it', async () => {
    // The id is the household's next sequence number: the insert itself is the guard.
    t.emu.wire.db.collection('enrolments').insertOne({ _id: `${HH}:e1`, householdId: 'h-elsewhere', history: [] })
    expect((await apply()).error?.code).toBe('ENROLMENT_OPEN')
    expect(household().managementType).toBe('contract')
  })

  it('answers a retry with the first response and applies once, even when both arrive at once', async () => {
    const requestId = randomUUID()
    const first = await apply(HEAD, undefined, requestId)
    expect(await apply(HEAD, undefined, requestId)).toMatchObject({ ok: true, data: first.data })
    const twin = randomUUID()
    await withdraw(first.data.enrolment.id)
    const [a, b] = await Promise.all([apply(HEAD, undefined, twin), apply(HEAD, undefined, twin)])
    expect(a.ok && b.ok).toBe(true)
    expect(a.data.enrolment.id).toBe(b.data.enrolment.id)
    expect(t.find('enrolments', { householdId: HH })).toHaveLength(2)
    expect(audits('enrolment.apply')).toHaveLength(2)
  })

  it('recognises its own application when the reply was lost before the audit record was written', async () => {
    const requestId = randomUUID()
    const first = await apply(HEAD, undefined, requestId)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await apply(HEAD, undefined, requestId)
    expect(retry.data.enrolment.id).toBe(first.data.enrolment.id)
    expect(t.find('enrolments', { householdId: HH })).toHaveLength(1)
  })
})

describe('enrolment.decide', () => {
  it('approves in a category other than the one requested, and the household is managed by it from now', async () => {
    const id = (await apply()).data.enrolment.id
    const res = await approve(id, 'committed')
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ managementType: 'committed', enrolment: { status: 'approved', requestedCategory: 'recognised', category: 'committed' } })
    expect(res.data.enrolment.history[1]).toMatchObject({ status: 'approved', byRole: 'cadre', byName: '李桂芳', category: 'committed' })
    expect(stored(id)).toMatchObject({ status: 'approved', category: 'committed' })
    const hh = household()
    expect(hh).toMatchObject({ managementType: 'committed', managementEnrolmentId: id })
    expect(hh.managementSince).toBeInstanceOf(Date)
    const [entry] = audits('enrolment.decide')
    expect(entry.outbox[0]).toMatchObject({ to: { householdId: HH }, template: 'enrolment-decided', title: '诚信管理申请已批准' })
  })

  it('rejects with a reason the household can read, leaving it under contract', async () => {
    const id = (await apply()).data.enrolment.id
    const res = await reject(id, '评议小组意见不一致')
    expect(res.data).toMatchObject({ managementType: 'contract', enrolment: { status: 'rejected', reason: '评议小组意见不一致', category: null } })
    expect(stored(id)).toMatchObject({ status: 'rejected', reason: '评议小组意见不一致' })
    expect(household().managementType).toBe('contract')
    expect(audits('enrolment.decide')[0].outbox[0]).toMatchObject({ to: { householdId: HH }, title: '诚信管理申请未通过' })
  })

  it('refuses a rejection without a reason, an approval without a category, and stores nothing', async () => {
    const id = (await apply()).data.enrolment.id
    const before = snapshot(t.emu)
    expect((await decide(CADRE, { enrolmentId: id, outcome: 'rejected', reason: ' ' })).error?.fields?.reason).toBe('请填写理由')
    expect((await decide(CADRE, { enrolmentId: id, outcome: 'approved' })).error?.code).toBe('INVALID_INPUT')
    expect((await decide(CADRE, { enrolmentId: id, outcome: 'maybe' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses another village's cadre, a resident, the township and an unknown application", async () => {
    const id = (await apply()).data.enrolment.id
    expect((await approve(id, 'committed', OTHER_CADRE)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await approve(id, 'committed', HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await approve(id, 'committed', 'o-township-officer')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await approve('h-shizi-001:e9')).error?.code).toBe('NOT_FOUND')
    expect(stored(id).status).toBe('pending')
    expect(household().managementType).toBe('contract')
  })

  it("refuses a cadre deciding their own household's application", async () => {
    const id = (await apply()).data.enrolment.id
    overwrite('accounts', CADRE, { householdId: HH })
    expect((await approve(id)).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('decides once: a second decision, or two racing, leave one outcome', async () => {
    const id = (await apply()).data.enrolment.id
    const [a, b] = await Promise.all([approve(id, 'behavioural'), reject(id)])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)?.error?.code).toBe('ENROLMENT_STATE')
    const winner = stored(id)
    expect(household().managementType).toBe(winner.status === 'approved' ? 'behavioural' : 'contract')
    expect((await reject(id)).error?.code).toBe('ENROLMENT_STATE')
  })

  it('answers a retry with the first response and writes once', async () => {
    const id = (await apply()).data.enrolment.id
    const requestId = randomUUID()
    const first = await approve(id, 'committed', CADRE, requestId)
    expect(await approve(id, 'committed', CADRE, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(stored(id).history).toHaveLength(2)
    expect(audits('enrolment.decide')).toHaveLength(1)
  })

  it('finishes the household on retry when the first attempt stopped after updating the application', async () => {
    const id = (await apply()).data.enrolment.id
    const requestId = randomUUID()
    await approve(id, 'recognised', CADRE, requestId)
    // As if the function died between its two writes: application approved, household not yet.
    overwrite('households', HH, { managementType: 'contract', managementEnrolmentId: null })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await approve(id, 'recognised', CADRE, requestId)
    expect(retry.data).toMatchObject({ managementType: 'recognised', enrolment: { status: 'approved' } })
    expect(retry.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(household()).toMatchObject({ managementType: 'recognised', managementEnrolmentId: id })
    expect(stored(id).history).toHaveLength(2)
  })
})

describe('enrolment.withdraw', () => {
  it('withdraws a pending application, tells the cadres, and lets the household apply again', async () => {
    const id = (await apply()).data.enrolment.id
    const res = await withdraw(id)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ managementType: 'contract', enrolment: { status: 'withdrawn' } })
    expect(stored(id).history.map((h: { status: string }) => h.status)).toEqual(['pending', 'withdrawn'])
    expect(audits('enrolment.withdraw')[0].outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'cadre' }, title: '诚信管理申请已撤回' })
    expect((await apply()).data.enrolment.id).toBe(`${HH}:e2`)
  })

  it('leaves an approved enrolment: the household returns to contract management', async () => {
    const id = await approved('committed')
    const since = household().managementSince
    const res = await withdraw(id)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ managementType: 'contract', enrolment: { status: 'withdrawn', category: 'committed' } })
    const hh = household()
    expect(hh).toMatchObject({ managementType: 'contract', managementEnrolmentId: null })
    expect(hh.managementSince.getTime()).toBeGreaterThanOrEqual(since.getTime())
  })

  it("refuses the head's spouse, another household, another village and a cadre", async () => {
    const id = (await apply()).data.enrolment.id
    expect((await withdraw(id, SPOUSE)).error?.code).toBe('NOT_HOUSEHOLD_HEAD')
    expect((await withdraw(id, NEIGHBOUR)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await withdraw(id, BAIZI_HEAD)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await withdraw(id, CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(stored(id).status).toBe('pending')
  })

  it('refuses to withdraw a decided-against application, and answers a retry once', async () => {
    const id = (await apply()).data.enrolment.id
    await reject(id)
    expect((await withdraw(id)).error?.code).toBe('ENROLMENT_STATE')
    const next = (await apply()).data.enrolment.id
    const requestId = randomUUID()
    const first = await withdraw(next, HEAD, requestId)
    expect((await withdraw(next, HEAD, requestId)).data).toEqual(first.data)
    expect(audits('enrolment.withdraw')).toHaveLength(1)
  })
})

describe('enrolment.revoke', () => {
  it('revokes an approved enrolment with a reason and returns the household to contract', async () => {
    const id = await approved('behavioural')
    const res = await revoke(id, '本季度两次未按约参加检查')
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ managementType: 'contract', enrolment: { status: 'revoked', reason: '本季度两次未按约参加检查' } })
    expect(stored(id)).toMatchObject({ status: 'revoked', category: 'behavioural' })
    expect(household()).toMatchObject({ managementType: 'contract', managementEnrolmentId: null })
    expect(audits('enrolment.revoke')[0].outbox[0]).toMatchObject({ to: { householdId: HH }, template: 'enrolment-decided' })
  })

  it('refuses a pending application, a missing reason, another village and a resident', async () => {
    const id = (await apply()).data.enrolment.id
    expect((await revoke(id)).error?.code).toBe('ENROLMENT_STATE')
    await approve(id)
    const before = snapshot(t.emu)
    expect((await revoke(id, '')).error?.code).toBe('INVALID_INPUT')
    expect((await revoke(id, '理由', OTHER_CADRE)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await revoke(id, '理由', HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response', async () => {
    const id = await approved()
    const requestId = randomUUID()
    const first = await revoke(id, '理由', CADRE, requestId)
    expect((await revoke(id, '理由', CADRE, requestId)).data).toEqual(first.data)
    expect(stored(id).history).toHaveLength(3)
  })
})

describe('enrolment.mine', () => {
  it('shows a household outside the scheme under contract, and only the head may apply', async () => {
    const res = await mine()
    expect(res.data).toEqual({ managementType: 'contract', managementSince: null, current: null, history: [], canApply: true, canWithdraw: false })
    expect(res.roundTrips).toBeLessThanOrEqual(1)
    expect((await mine(SPOUSE)).data.canApply).toBe(false)
  })

  it('shows the current enrolment and the full history, newest first, without openids', async () => {
    const first = (await apply()).data.enrolment.id
    await reject(first)
    const second = (await apply(HEAD, { category: 'committed', statement: STATEMENT })).data.enrolment.id
    await approve(second, 'committed')
    const res = await mine()
    expect(res.data).toMatchObject({ managementType: 'committed', canApply: false, canWithdraw: true, current: { id: second, status: 'approved' } })
    expect(res.data.managementSince).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(res.data.history.map((a: { id: string }) => a.id)).toEqual([second, first])
    expect(res.data.history[1]).toMatchObject({ status: 'rejected', reason: '评议小组意见不一致' })
    expect(JSON.stringify(res.data)).not.toContain(HEAD)
    expect(JSON.stringify(res.data)).not.toContain(CADRE)
  })

  it('refuses a cadre', async () => {
    expect((await mine(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('enrolment.list', () => {
  it("pages through the cadre's own village only, filtered by status", async () => {
    await apply()
    const pending = await t.call(CADRE, 'enrolment', 'enrolment.list', { status: 'pending', limit: 50 })
    expect(pending.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(pending.data.total).toBe(t.find('enrolments', { villageId: 'v-shizi', status: 'pending' }).length)
    expect(pending.data.items[0]).toMatchObject({ id: `${HH}:e1`, statement: STATEMENT })
    expect(pending.data.items.every((i: { status: string }) => i.status === 'pending')).toBe(true)
    const all = await t.call(CADRE, 'enrolment', 'enrolment.list', { limit: 2 })
    expect(all.data.items).toHaveLength(2)
    expect(all.data.total).toBe(t.find('enrolments', { villageId: 'v-shizi' }).length)
    const page2 = await t.call(CADRE, 'enrolment', 'enrolment.list', { limit: 2, offset: 2 })
    expect(page2.data.items.map((i: { id: string }) => i.id)).not.toContain(all.data.items[0].id)
    const other = await t.call(OTHER_CADRE, 'enrolment', 'enrolment.list', { limit: 50 })
    expect(other.data.items.map((i: { id: string }) => i.id)).not.toContain(`${HH}:e1`)
  })

  it('refuses a page over 50 and a resident', async () => {
    expect((await t.call(CADRE, 'enrolment', 'enrolment.list', { limit: 51 })).error?.code).toBe('INVALID_INPUT')
    expect((await t.call(HEAD, 'enrolment', 'enrolment.list', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})
