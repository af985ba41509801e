import { randomUUID } from 'crypto'
import { ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD = 'o-resident-head' // head of h-shizi-001 (十字村)
const SPOUSE = 'o-resident-spouse'
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const ID = 'h-shizi-001:v1'

const mine = (openid: string) => t.call(openid, 'commitment', 'commitment.mine', {})
const stored = (id = ID) => t.findOne('commitments', { _id: id })
const sign = (openid: string, contentHash = stored().contentHash, requestId?: string, commitmentId = ID) =>
  t.change(openid, 'commitment', 'commitment.sign', { commitmentId, contentHash }, requestId)
const countersign = (openid: string, commitmentId = ID, requestId?: string) =>
  t.change(openid, 'commitment', 'commitment.countersign', { commitmentId, contentHash: stored(commitmentId).contentHash }, requestId)

describe('commitment.mine', () => {
  it("shows the household both lists, the hash and who may sign, in two round trips", async () => {
    const res = await mine(HEAD)
    expect(res.data.canSign).toBe(true)
    expect(res.data.commitment).toMatchObject({ id: ID, status: 'awaiting-household', villageName: '十字村', householdSignature: null })
    expect(res.data.commitment.villageItems.length).toBeGreaterThan(3)
    expect(res.data.commitment.householdItems.length).toBeGreaterThan(3)
    expect(res.data.commitment.contentHash).toMatch(/^[0-9a-f]{64}$/)
    expect(res.roundTrips).toBeLessThanOrEqual(2)
  })

  it('shows a member who is not the head the same text but no right to sign', async () => {
    const res = await mine(SPOUSE)
    expect(res.data.commitment.id).toBe(ID)
    expect(res.data.canSign).toBe(false)
  })

  it('refuses a cadre (not a resident) and an identity not bound yet', async () => {
    expect((await mine(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await mine('o-nobody')).error?.code).toBe('NOT_SIGNED_IN')
  })

  it('never leaks signers\' openids', async () => {
    await sign(HEAD)
    expect(JSON.stringify((await mine(HEAD)).data)).not.toContain(HEAD)
  })
})

describe('commitment.sign', () => {
  it('records who, when, which version and the hash of the exact text, and notifies the cadres', async () => {
    const hash = stored().contentHash
    const res = await sign(HEAD, hash)
    expect(res.ok).toBe(true)
    expect(res.data).toMatchObject({ status: 'awaiting-village', signature: { role: 'household-head', templateVersion: 1, contentHash: hash } })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const doc = stored()
    expect(doc.status).toBe('awaiting-village')
    expect(doc.householdSignature).toMatchObject({ openid: HEAD, memberId: 'h-shizi-001-m1', contentHash: hash, templateVersion: 1 })
    expect(doc.householdSignature.at).toBeInstanceOf(Date)
    const [entry] = t.find('audit', { action: 'commitment.sign' })
    expect(entry).toMatchObject({ actor: { openid: HEAD }, target: { id: ID, householdId: 'h-shizi-001' }, outboxPending: true })
    expect(entry.outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'cadre' }, template: 'commitment-countersign-due' })
  })

  it('refuses a member who is not the head', async () => {
    const before = snapshot(t.emu)
    expect((await sign(SPOUSE)).error?.code).toBe('NOT_HOUSEHOLD_HEAD')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a cadre signing the household side', async () => {
    expect((await sign(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(stored().status).toBe('awaiting-household')
  })

  it("refuses another household's commitment, in this village and in another", async () => {
    expect((await sign(HEAD, stored('h-shizi-002:v1').contentHash, undefined, 'h-shizi-002:v1')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await sign(HEAD, stored('h-baizi-001:v1').contentHash, undefined, 'h-baizi-001:v1')).error?.code).toBe('NOT_IN_VILLAGE')
    expect(stored('h-baizi-001:v1').householdSignature).toBeNull()
  })

  it('refuses a text that changed since the head read it', async () => {
    const res = await sign(HEAD, 'f'.repeat(64))
    expect(res.error?.code).toBe('CONTENT_CHANGED')
    expect(stored().householdSignature).toBeNull()
  })

  it('detects a stored text that was altered behind the hash, and does not sign it', async () => {
    const doc = stored()
    t.emu.wire.db.collection('commitments').remove({ _id: ID })
    t.emu.wire.db.collection('commitments').insertOne({ ...doc, householdItems: [{ id: 'h1', text: '被篡改的条款' }] })
    expect((await sign(HEAD, doc.contentHash)).error?.code).toBe('CONTENT_MISMATCH')
    expect(stored().status).toBe('awaiting-household')
  })

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = snapshot(t.emu)
    const res = await t.change(HEAD, 'commitment', 'commitment.sign', { commitmentId: ID, contentHash: 'abc' })
    expect(res.error?.code).toBe('INVALID_INPUT')
    expect(res.error?.fields?.contentHash).toBe('内容校验码格式不正确')
    expect((await t.change(HEAD, 'commitment', 'commitment.sign', { commitmentId: 'x y', contentHash: 'a'.repeat(64) })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses signing twice with a new request', async () => {
    await sign(HEAD)
    expect((await sign(HEAD)).error?.code).toBe('COMMITMENT_STATE')
  })

  it('answers a retry with the first response and signs once', async () => {
    const requestId = randomUUID()
    const first = await sign(HEAD, undefined, requestId)
    const retry = await sign(HEAD, undefined, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect(t.find('audit', { action: 'commitment.sign' })).toHaveLength(1)
  })

  it('signs once when the same request arrives twice at the same moment', async () => {
    const requestId = randomUUID()
    const [a, b] = await Promise.all([sign(HEAD, undefined, requestId), sign(HEAD, undefined, requestId)])
    expect(a.ok && b.ok).toBe(true)
    expect(a.data.signature).toEqual(b.data.signature)
    expect(t.find('audit', { action: 'commitment.sign' })).toHaveLength(1)
  })
})

describe('commitment.countersign', () => {
  it('completes the commitment after the household signed, and notifies the household', async () => {
    await sign(HEAD)
    const res = await countersign(CADRE)
    expect(res.data).toMatchObject({ status: 'complete', signature: { role: 'cadre' } })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(stored()).toMatchObject({ status: 'complete', villageSignature: { openid: CADRE } })
    const [entry] = t.find('audit', { action: 'commitment.countersign' })
    expect(entry.outbox[0].to).toEqual({ householdId: 'h-shizi-001' })
    const after = await mine(HEAD)
    expect(after.data.commitment.villageSignature).toMatchObject({ role: 'cadre' })
    expect(after.data.commitment.householdSignature).toMatchObject({ role: 'household-head' })
  })

  it('refuses to countersign before the household has signed', async () => {
    expect((await countersign(CADRE)).error?.code).toBe('COMMITMENT_STATE')
    expect(stored().villageSignature).toBeNull()
  })

  it("refuses a cadre of another village and a resident", async () => {
    await sign(HEAD)
    expect((await countersign(OTHER_CADRE)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await countersign(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(stored().status).toBe('awaiting-village')
  })

  it('refuses an unknown commitment and bad input', async () => {
    expect((await t.change(CADRE, 'commitment', 'commitment.countersign', { commitmentId: 'h-none:v1', contentHash: 'a'.repeat(64) })).error?.code).toBe('NOT_FOUND')
    expect((await t.change(CADRE, 'commitment', 'commitment.countersign', { commitmentId: ID })).error?.code).toBe('INVALID_INPUT')
  })

  it('answers a retry with the first response', async () => {
    await sign(HEAD)
    const requestId = randomUUID()
    const first = await countersign(CADRE, ID, requestId)
    const retry = await countersign(CADRE, ID, requestId)
    expect(retry.data).toEqual(first.data)
    expect(t.find('audit', { action: 'commitment.countersign' })).toHaveLength(1)
  })
})

describe('commitment.list and commitment.get', () => {
  it("pages through the cadre's own village only, filtered by status", async () => {
    const all = await t.call(CADRE, 'commitment', 'commitment.list', { limit: 10 })
    expect(all.data.items).toHaveLength(10)
    expect(all.data.total).toBe(t.find('commitments', { villageId: 'v-shizi' }).length)
    expect(all.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const waiting = await t.call(CADRE, 'commitment', 'commitment.list', { status: 'awaiting-village', limit: 50 })
    expect(waiting.data.total).toBe(t.find('commitments', { villageId: 'v-shizi', status: 'awaiting-village' }).length)
    expect(waiting.data.items.every((i: { status: string }) => i.status === 'awaiting-village')).toBe(true)
    const page2 = await t.call(CADRE, 'commitment', 'commitment.list', { limit: 10, offset: 10 })
    expect(page2.data.items.map((i: { id: string }) => i.id)).not.toContain(all.data.items[0].id)
  })

  it('refuses a page over 50 and a resident', async () => {
    expect((await t.call(CADRE, 'commitment', 'commitment.list', { limit: 500 })).error?.code).toBe('INVALID_INPUT')
    expect((await t.call(HEAD, 'commitment', 'commitment.list', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it("opens a commitment of the cadre's village and refuses another village's", async () => {
    const own = await t.call(CADRE, 'commitment', 'commitment.get', { commitmentId: ID })
    expect(own.data).toMatchObject({ commitment: { id: ID }, canCountersign: false })
    expect(own.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect((await t.call(OTHER_CADRE, 'commitment', 'commitment.get', { commitmentId: ID })).error?.code).toBe('NOT_IN_VILLAGE')
  })

  it('records that the cadre looked, and the household sees it; a refused look is not recorded', async () => {
    await t.call(CADRE, 'commitment', 'commitment.get', { commitmentId: ID })
    await t.call(OTHER_CADRE, 'commitment', 'commitment.get', { commitmentId: ID })
    const reads = t.find('audit', { kind: 'read', 'target.householdId': 'h-shizi-001' })
    expect(reads).toHaveLength(1)
    expect(reads[0].actor.openid).toBe(CADRE)
    const views = await t.call(HEAD, 'household', 'household.views', {})
    expect(views.data.items[0]).toMatchObject({ what: '查看本户承诺书', viewerName: '李桂芳', viewerRole: 'cadre' })
  })
})
