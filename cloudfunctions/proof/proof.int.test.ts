import { randomUUID } from 'crypto'
import { businessDay } from '@chengxin/shared/src/domain'
import { ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD = 'o-resident-head' // head of h-shizi-001 (十字村), not working away
const MIGRANT = 'o-migrant' // h-shizi-001-m4 of the same household, working in 深圳
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const OTHER_VILLAGER = 'o-resident-baizi'
const AWAY = 'h-shizi-001-m4'
const SEEDED = `${AWAY}:p1` // pending, with a photo in storage
const DAY = 86400000

const today = () => businessDay(new Date())
const daysAgo = (n: number) => businessDay(new Date(Date.now() - n * DAY))
const stored = (id: string) => t.findOne('proofs', { _id: id })
/** What the mini-program does: ask for a path in its own folder, upload the photo there. */
async function upload(openid: string): Promise<string> {
  const path = (await t.call(openid, 'proof', 'proof.uploadPath', {})).data.cloudPath
  return t.emu.wire.storage.put(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 7]), 'image/jpeg').fileID
}
const submit = (openid: string, input: Record<string, unknown>, requestId?: string) =>
  t.change(openid, 'proof', 'proof.submit', { memberId: AWAY, clinicName: '深圳市宝安区妇幼保健院', checkupDay: daysAgo(3), ...input }, requestId)
const decide = (openid: string, input: Record<string, unknown>, requestId?: string) =>
  t.change(openid, 'proof', 'proof.decide', { proofId: SEEDED, outcome: 'verified', ...input }, requestId)
/** Stored documents are only changed through actions; tests move time by rewriting one. */
function patch(collection: string, id: string, fields: Record<string, unknown>) {
  const doc = t.findOne(collection, { _id: id })
  t.emu.wire.db.collection(collection).remove({ _id: id })
  t.emu.wire.db.collection(collection).insertOne({ ...doc, ...fields })
}
const clearProofs = () => t.emu.wire.db.collection('proofs').remove({})

describe('proof.uploadPath', () => {
  it("names a fresh photo in the caller's own folder, in the context load alone", async () => {
    const res = await t.call(MIGRANT, 'proof', 'proof.uploadPath', {})
    expect(res.data.cloudPath).toMatch(/^proofs\/[0-9a-f]{32}\/[0-9a-f-]{36}\.jpg$/)
    expect(res.roundTrips).toBe(1)
    expect((await t.call(CADRE, 'proof', 'proof.uploadPath', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('proof.submit', () => {
  beforeEach(clearProofs)

  it('stores a pending proof for the member working away and starts the content check of the photo', async () => {
    const fileId = await upload(MIGRANT)
    const res = await submit(MIGRANT, { fileId })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.proof).toMatchObject({ id: `${AWAY}:p1`, memberName: '林丽娟', city: '深圳', status: 'pending', reason: null, decidedAt: null })
    const check = t.emu.wire.openapi.calls.filter((c) => c.apiName === 'security.mediaCheckAsync').at(-1)!
    expect(check.data).toMatchObject({ media_type: 2, version: 2, scene: 1, openid: MIGRANT })
    expect(check.data.media_url).toContain(`/_storage/${(await t.call(MIGRANT, 'proof', 'proof.uploadPath', {})).data.cloudPath.slice(0, 40)}`)
    const doc = stored(`${AWAY}:p1`)
    expect(doc).toMatchObject({
      householdId: 'h-shizi-001', villageId: 'v-shizi', memberId: AWAY, clinicName: '深圳市宝安区妇幼保健院', checkupDay: daysAgo(3),
      fileId, status: 'pending', seq: 1, previousProofId: null, photoDeletedAt: null,
    })
    expect(doc.mediaCheckTraceId).toMatch(/^[0-9a-f]{24}$/)
    expect(doc.submittedAt).toBeInstanceOf(Date)
    expect(t.find('audit', { action: 'proof.submit' })[0]).toMatchObject({ actor: { openid: MIGRANT }, target: { id: `${AWAY}:p1`, householdId: 'h-shizi-001' } })
  })

  it('lets a relative in the same household submit for the member working away', async () => {
    const res = await submit(HEAD, { fileId: await upload(HEAD), checkupDay: today() })
    expect(res.data.proof).toMatchObject({ memberId: AWAY, status: 'pending' })
  })

  it('refuses a member who is not working away, and one of another household', async () => {
    const fileId = await upload(HEAD)
    const before = snapshot(t.emu)
    expect((await submit(HEAD, { fileId, memberId: 'h-shizi-001-m1' })).error?.code).toBe('NOT_WORKING_AWAY')
    expect((await submit(HEAD, { fileId, memberId: 'h-shizi-002-m1' })).error?.code).toBe('NOT_FOUND')
    expect((await submit(OTHER_VILLAGER, { fileId: await upload(OTHER_VILLAGER) })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses someone else's photo, a photo never uploaded, and a file outside the proof folders", async () => {
    const others = await upload(HEAD)
    const before = snapshot(t.emu)
    expect((await submit(MIGRANT, { fileId: others })).error?.code).toBe('PHOTO_INVALID')
    const own = (await t.call(MIGRANT, 'proof', 'proof.uploadPath', {})).data.cloudPath
    const never = t.emu.wire.storage.fileIdOf(own)
    expect((await submit(MIGRANT, { fileId: never })).error?.code).toBe('PHOTO_INVALID')
    const invite = t.emu.wire.storage.put('invites/ABCD1234.png', Buffer.from([1])).fileID
    expect((await submit(MIGRANT, { fileId: invite })).error?.code).toBe('PHOTO_INVALID')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a future day, a day before last year, a long clinic name and a missing photo, with field messages', async () => {
    const fileId = await upload(MIGRANT)
    const before = snapshot(t.emu)
    const future = await submit(MIGRANT, { fileId, checkupDay: businessDay(new Date(Date.now() + 2 * DAY)) })
    expect(future.error).toMatchObject({ code: 'INVALID_INPUT', fields: { checkupDay: '检查日期不能晚于今天' } })
    const old = await submit(MIGRANT, { fileId, checkupDay: `${Number(today().slice(0, 4)) - 2}-06-01` })
    expect(old.error?.fields?.checkupDay).toBe('只能提交今年或去年的检查证明')
    expect((await submit(MIGRANT, { fileId, clinicName: '院'.repeat(51) })).error?.fields?.clinicName).toBe('机构名称不能超过50字')
    expect((await submit(MIGRANT, { fileId: '' })).error?.fields?.fileId).toBe('请先上传证明照片')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('allows one pending proof per member at a time', async () => {
    await submit(MIGRANT, { fileId: await upload(MIGRANT) })
    expect((await submit(HEAD, { fileId: await upload(HEAD) })).error?.code).toBe('PROOF_PENDING')
    expect(t.find('proofs')).toHaveLength(1)
  })

  it('refuses a cadre and an identity not bound yet', async () => {
    const fileId = await upload(MIGRANT)
    expect((await submit(CADRE, { fileId })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await submit('o-new-villager-1', { fileId })).error?.code).toBe('NOT_SIGNED_IN')
  })

  it('answers a retry with the first response and stores one proof, even when the first reply was lost', async () => {
    const fileId = await upload(MIGRANT)
    const requestId = randomUUID()
    const first = await submit(MIGRANT, { fileId }, requestId)
    expect(await submit(MIGRANT, { fileId }, requestId)).toMatchObject({ ok: true, data: first.data })
    // Lost after the proof was stored but before the audit record: the retry finds its proof.
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await submit(MIGRANT, { fileId }, requestId)
    expect(again.data.proof.id).toBe(first.data.proof.id)
    expect(again.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(t.find('proofs')).toHaveLength(1)
    expect(t.find('audit', { action: 'proof.submit' })).toHaveLength(1)
  })

  it('stores one proof when the same request arrives twice at the same moment', async () => {
    const fileId = await upload(MIGRANT)
    const requestId = randomUUID()
    const [a, b] = await Promise.all([submit(MIGRANT, { fileId }, requestId), submit(MIGRANT, { fileId }, requestId)])
    expect(a.ok && b.ok).toBe(true)
    expect(a.data.proof.id).toBe(b.data.proof.id)
    expect(t.find('proofs')).toHaveLength(1)
  })
})

describe('proof.decide', () => {
  it('verifies a pending proof and notifies the household', async () => {
    const res = await decide(CADRE, {})
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.proof).toMatchObject({ id: SEEDED, status: 'verified', reason: null, decidedByName: '李桂芳' })
    const doc = stored(SEEDED)
    expect(doc).toMatchObject({ status: 'verified', reason: null, decidedBy: '李桂芳' })
    expect(doc.decidedAt).toBeInstanceOf(Date)
    expect(doc.fileId).toMatch(/^cloud:\/\//)
    const [entry] = t.find('audit', { action: 'proof.decide' })
    expect(entry).toMatchObject({ actor: { openid: CADRE }, target: { id: SEEDED, householdId: 'h-shizi-001' }, outboxPending: true })
    expect(entry.outbox).toEqual([expect.objectContaining({
      to: { householdId: 'h-shizi-001' }, template: 'proof-decided', title: '异地检查证明已通过', page: 'packages/resident/pages/proofs/index',
    })])
  })

  it('rejects with a reason the household sees, and the resident resubmits pointing at it', async () => {
    const res = await decide(CADRE, { outcome: 'rejected', reason: '照片模糊，看不清检查日期' })
    expect(res.data.proof).toMatchObject({ status: 'rejected', reason: '照片模糊，看不清检查日期' })
    expect(stored(SEEDED)).toMatchObject({ status: 'rejected', reason: '照片模糊，看不清检查日期' })
    expect(t.find('audit', { action: 'proof.decide' })[0].outbox[0].body).toContain('照片模糊，看不清检查日期')
    const mine = await t.call(MIGRANT, 'proof', 'proof.mine', {})
    expect(mine.data.proofs[0]).toMatchObject({ id: SEEDED, status: 'rejected', reason: '照片模糊，看不清检查日期' })
    expect(mine.data.members[0]).toMatchObject({ memberId: AWAY, canSubmit: true })

    const again = await submit(MIGRANT, { fileId: await upload(MIGRANT), previousProofId: SEEDED })
    expect(again.data.proof).toMatchObject({ id: `${AWAY}:p2`, status: 'pending', previousProofId: SEEDED })
    expect(stored(`${AWAY}:p2`)).toMatchObject({ seq: 2, previousProofId: SEEDED, status: 'pending' })
    expect(stored(SEEDED).status).toBe('rejected')
  })

  it('refuses to resubmit a proof that was not rejected', async () => {
    await decide(CADRE, {})
    const res = await submit(MIGRANT, { fileId: await upload(MIGRANT), previousProofId: SEEDED })
    expect(res.error?.code).toBe('PROOF_STATE')
  })

  it("refuses another village's cadre and a resident, and changes nothing", async () => {
    const before = snapshot(t.emu)
    expect((await decide(OTHER_CADRE, {})).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await decide(HEAD, {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a decided proof, an unknown one, and a rejection without a reason', async () => {
    await decide(CADRE, {})
    expect((await decide(CADRE, { outcome: 'rejected', reason: '重复' })).error?.code).toBe('PROOF_STATE')
    expect((await decide(CADRE, { proofId: 'nope:p1' })).error?.code).toBe('NOT_FOUND')
    const res = await decide(CADRE, { outcome: 'rejected', reason: ' ' })
    expect(res.error).toMatchObject({ code: 'INVALID_INPUT', fields: { reason: '请填写驳回理由' } })
    expect(stored(SEEDED).status).toBe('verified')
  })

  it('answers a retry with the first response and decides once, even when the first reply was lost', async () => {
    const requestId = randomUUID()
    const first = await decide(CADRE, { outcome: 'rejected', reason: '不是本人的证明' }, requestId)
    expect(await decide(CADRE, { outcome: 'rejected', reason: '不是本人的证明' }, requestId)).toMatchObject({ ok: true, data: first.data })
    const decidedAt = stored(SEEDED).decidedAt
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await decide(CADRE, { outcome: 'rejected', reason: '不是本人的证明' }, requestId)
    expect(again.data.proof).toMatchObject({ status: 'rejected', reason: '不是本人的证明' })
    expect(stored(SEEDED).decidedAt).toEqual(decidedAt)
    expect(t.find('audit', { action: 'proof.decide' })).toHaveLength(1)
  })
})

describe('proof.mine', () => {
  it("shows the household's members away and their proofs with a working photo link, in one round trip", async () => {
    const res = await t.call(HEAD, 'proof', 'proof.mine', {})
    expect(res.roundTrips).toBe(1)
    expect(res.data.members).toEqual([{ memberId: AWAY, name: '林丽娟', city: '深圳', canSubmit: false }])
    expect(res.data.proofs).toHaveLength(1)
    expect(res.data.proofs[0]).toMatchObject({ id: SEEDED, status: 'pending' })
    const photo = await fetch(res.data.proofs[0].photoUrl)
    expect(photo.headers.get('content-type')).toBe('image/png')
    expect(JSON.stringify(res.data)).not.toContain(MIGRANT)
  })

  it("shows another household nothing of this one's, and refuses a cadre", async () => {
    expect((await t.call(OTHER_VILLAGER, 'proof', 'proof.mine', {})).data.proofs).toEqual([])
    expect((await t.call(CADRE, 'proof', 'proof.mine', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('proof.list', () => {
  it("gives the cadre the village's pending proofs with photos, and records that they looked", async () => {
    const res = await t.call(CADRE, 'proof', 'proof.list', {})
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ total: 1, offset: 0, limit: 20 })
    expect(res.data.items[0]).toMatchObject({ id: SEEDED, householdLabel: '林明亮户', status: 'pending' })
    expect(res.data.items[0].photoUrl).toContain('/_storage/proofs/')
    expect(JSON.stringify(res.data)).not.toContain(MIGRANT)
    const [read] = t.find('audit', { kind: 'read', action: 'proof.list' })
    expect(read).toMatchObject({ actor: { openid: CADRE }, target: { householdId: 'h-shizi-001', id: SEEDED } })
  })

  it('lists decided proofs by status without photos', async () => {
    await decide(CADRE, {})
    expect((await t.call(CADRE, 'proof', 'proof.list', {})).data.total).toBe(0)
    const verified = await t.call(CADRE, 'proof', 'proof.list', { status: 'verified' })
    expect(verified.data.items).toEqual([expect.objectContaining({ id: SEEDED, status: 'verified', photoUrl: null })])
  })

  it("shows another village's cadre none of this village's, refuses residents and pages over 50", async () => {
    expect((await t.call(OTHER_CADRE, 'proof', 'proof.list', {})).data.total).toBe(0)
    expect((await t.call(HEAD, 'proof', 'proof.list', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await t.call(CADRE, 'proof', 'proof.list', { limit: 51 })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('retention timer', () => {
  it('deletes the photo once the retention period after the decision is over and keeps the record', async () => {
    await decide(CADRE, {})
    const fileId = stored(SEEDED).fileId
    await t.emu.runner.fireTimer('proof', 'retention')
    expect(t.emu.wire.storage.files.has(fileId)).toBe(true) // decided just now

    patch('proofs', SEEDED, { decidedAt: new Date(Date.now() - 181 * DAY) })
    const out = await t.emu.runner.fireTimer('proof', 'retention')
    expect(out.result).toEqual({ deleted: 1, failed: 0 })
    expect(t.emu.wire.storage.files.has(fileId)).toBe(false)
    const doc = stored(SEEDED)
    expect(doc).toMatchObject({ status: 'verified', fileId: null })
    expect(doc.photoDeletedAt).toBeInstanceOf(Date)
    const mine = await t.call(MIGRANT, 'proof', 'proof.mine', {})
    expect(mine.data.proofs[0]).toMatchObject({ status: 'verified', photoUrl: null, photoDeletedAt: expect.any(String) })
  })

  it("follows the village's own retention period and never touches a pending proof's photo", async () => {
    const fileId = stored(SEEDED).fileId
    patch('villages', 'v-shizi', { checkupRules: { proofPhotoRetentionDays: 30 } })
    await t.emu.runner.fireTimer('proof', 'retention')
    expect(t.emu.wire.storage.files.has(fileId)).toBe(true) // still pending

    await decide(CADRE, { outcome: 'rejected', reason: '看不清' })
    patch('proofs', SEEDED, { decidedAt: new Date(Date.now() - 31 * DAY) })
    await t.emu.runner.fireTimer('proof', 'retention')
    expect(stored(SEEDED)).toMatchObject({ status: 'rejected', reason: '看不清', fileId: null })
  })
})
