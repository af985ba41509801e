import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const HEAD = 'o-resident-head'
const v2 = {
  title: '2027年度双诚信双承诺书',
  villageItems: [{ text: '村务、财务每月公开' }, { text: '免费健康检查提前一周通知' }],
  householdItems: [{ text: '遵守村规民约' }, { text: '按时参加健康检查或上传异地证明' }],
}
const publish = (openid = CADRE, input: unknown = v2, requestId?: string) =>
  t.change(openid, 'commitment', 'commitment.template.publish', input, requestId)
const mine = (openid = HEAD) => t.call(openid, 'commitment', 'commitment.mine', {})

describe('commitment.template.publish', () => {
  it('publishes version 2, supersedes every live v1 instance of the village, and notifies residents', async () => {
    const live = t.find('commitments', { villageId: 'v-shizi' }).length
    const res = await publish()
    expect(res.data).toEqual({ templateId: 'v-shizi:v2', version: 2, superseded: live })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(t.findOne('commitment_templates', { _id: 'v-shizi:v2' })).toMatchObject({ version: 2, villageItems: [{ id: 'v1', text: '村务、财务每月公开' }, expect.anything()] })
    expect(t.find('commitments', { villageId: 'v-shizi', status: { $ne: 'superseded' } })).toHaveLength(0)
    expect(t.find('commitments', { villageId: 'v-baizi', status: 'superseded' })).toHaveLength(0)
    const [entry] = t.find('audit', { action: 'commitment.template.publish' })
    expect(entry.outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'resident' }, template: 'commitment-ready' })
  })

  it('makes a household that had signed v1 due again, with the new text to sign', async () => {
    const signedBefore = await mine()
    await t.change(HEAD, 'commitment', 'commitment.sign', { commitmentId: signedBefore.data.commitment.id, contentHash: signedBefore.data.commitment.contentHash })
    await publish()
    const res = await mine()
    expect(res.data.commitment).toMatchObject({ id: 'h-shizi-001:v2', templateVersion: 2, status: 'awaiting-household', householdSignature: null })
    expect(res.data.commitment.householdItems.map((i: { text: string }) => i.text)).toEqual(v2.householdItems.map((i) => i.text))
    expect(res.data.canSign).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect(t.findOne('commitments', { _id: 'h-shizi-001:v1' }).status).toBe('superseded')
    const signed = await t.change(HEAD, 'commitment', 'commitment.sign', { commitmentId: 'h-shizi-001:v2', contentHash: res.data.commitment.contentHash })
    expect(signed.data.signature.templateVersion).toBe(2)
  })

  it('issues one instance when two members open the new version at once', async () => {
    await publish()
    const [a, b] = await Promise.all([mine(HEAD), mine('o-resident-spouse')])
    expect(a.data.commitment.id).toBe('h-shizi-001:v2')
    expect(b.data.commitment.contentHash).toBe(a.data.commitment.contentHash)
    expect(t.find('commitments', { householdId: 'h-shizi-001' })).toHaveLength(2)
  })

  it('refuses residents and the township, and bad input, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await publish(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await publish('o-township-officer')).error?.code).toBe('FORBIDDEN_ROLE')
    const bad = await publish(CADRE, { ...v2, villageItems: [] })
    expect(bad.error?.code).toBe('INVALID_INPUT')
    expect(bad.error?.fields?.villageItems).toBe('至少一条承诺')
    expect((await publish(CADRE, { ...v2, householdItems: [{ text: '好' }] })).error?.fields?.['householdItems.0.text']).toBe('每条承诺至少2个字')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('publishes once for a retried request, and version 3 for a new one', async () => {
    const requestId = randomUUID()
    const first = await publish(CADRE, v2, requestId)
    const retry = await publish(CADRE, v2, requestId)
    expect(retry.data).toEqual(first.data)
    expect(t.find('commitment_templates', { villageId: 'v-shizi' })).toHaveLength(2)
    expect((await publish()).data.version).toBe(3)
  })

  it('shows the cadre the current template to edit', async () => {
    await publish()
    const res = await t.call(CADRE, 'commitment', 'commitment.template.get', {})
    expect(res.data.template).toMatchObject({ version: 2, title: v2.title })
  })
})

describe('commitment.stats', () => {
  const expected = (villageId: string) => {
    const households = t.find('households', { villageId, archived: false })
    const signed = t.find('commitments', { villageId, status: { $in: ['awaiting-village', 'complete'] } })
    return { due: households.length, signed: signed.length, complete: signed.filter((c) => c.status === 'complete').length }
  }

  it('gives the cadre 应签/已签/签约率 per villager group of their village', async () => {
    const res = await t.call(CADRE, 'commitment', 'commitment.stats', {})
    expect(res.data.scope).toBe('village')
    expect(res.data.rows.map((r: { name: string }) => r.name)).toEqual(['第一村民组', '第二村民组', '第三村民组', '第四村民组', '第五村民组'])
    expect(res.data.total).toMatchObject(expected('v-shizi'))
    expect(res.data.total.rate).toBeCloseTo(res.data.total.signed / res.data.total.due, 2)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
  })

  it('counts a new signature at once', async () => {
    const before = (await t.call(CADRE, 'commitment', 'commitment.stats', {})).data.total.signed
    const { data } = await mine()
    await t.change(HEAD, 'commitment', 'commitment.sign', { commitmentId: data.commitment.id, contentHash: data.commitment.contentHash })
    expect((await t.call(CADRE, 'commitment', 'commitment.stats', {})).data.total.signed).toBe(before + 1)
  })

  it('gives the township every village, and one village by group on request', async () => {
    const res = await t.call('o-township-officer', 'commitment', 'commitment.stats', {})
    expect(res.data.scope).toBe('township')
    expect(res.data.rows).toHaveLength(7)
    expect(res.data.rows.find((r: { id: string }) => r.id === 'v-baizi')).toMatchObject(expected('v-baizi'))
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const one = await t.call('o-township-officer', 'commitment', 'commitment.stats', { villageId: 'v-baizi' })
    expect(one.data).toMatchObject({ scope: 'village', title: '百子村' })
  })

  it('counts every village of a township past a hundred (none silently dropped)', async () => {
    const villages = t.emu.wire.db.collection('villages')
    for (let i = 0; i < 120; i++) villages.insertOne({ _id: `v-extra-${String(i).padStart(3, '0')}`, townshipId: 't-shizi', name: `新村${i}`, kind: 'village', groups: [] })
    const res = await t.call('o-township-officer', 'commitment', 'commitment.stats', {})
    expect(res.data.rows).toHaveLength(127)
    expect(res.data.total).toMatchObject({ due: t.find('households', { archived: false }).length })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
  })

  it("refuses a cadre asking for another village, and residents", async () => {
    expect((await t.call(CADRE, 'commitment', 'commitment.stats', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await t.call(HEAD, 'commitment', 'commitment.stats', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})
