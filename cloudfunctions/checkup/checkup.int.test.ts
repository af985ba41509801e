import { randomUUID } from 'crypto'
import { ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
// The bundle carries a spreadsheet library: start the function's worker once, outside any test's time.
beforeAll(() => t.call('o-resident-head', 'checkup', 'site.list', {}), 60_000)
const HEAD = 'o-resident-head' // h-shizi-001 (十字村); a member works away
const BAIZI = 'o-resident-baizi'
const CADRE = 'o-cadre-shizi'
const TOWN = 'o-township-officer'
const YEAR = Number(new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 4))

const call = (who: string, action: string, input: unknown) => t.call(who, 'checkup', action, input)
const change = (who: string, action: string, input: unknown, requestId?: string) => t.change(who, 'checkup', action, input, requestId)
const db = () => t.emu.wire.db

function booking(householdId: string, memberId: string, day: string, status: string, extra: Record<string, unknown> = {}) {
  const period = `${day.slice(0, 4)}P${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`
  return {
    _id: `${memberId}#${period}`, householdId, villageId: householdId.startsWith('h-shizi') ? 'v-shizi' : 'v-baizi', groupId: 'g', memberId, memberName: '成员',
    period, slotId: 'x', siteName: '十字村卫生室', day, startsAt: new Date(`${day}T01:00:00Z`), status, code: memberId, releaseSlotId: null,
    remindedAt: null, markedBy: null, markedAt: null, createdAt: new Date(), updatedAt: new Date(), requestId: 'test', ...extra,
  }
}

/** Changes stored fields directly (the test's own set-up). */
function patch(collection: string, _id: string, fields: Record<string, unknown>) {
  const c = t.emu.wire.db.collection(collection)
  const doc = c.findOne({ _id })!
  c.remove({ _id })
  c.insertOne({ ...doc, ...fields })
}

describe('plan.mine', () => {
  it('shows the year: planned, done, booked, due per quarter, the member working away and the rules, in one round trip', async () => {
    db().collection('bookings').remove({ householdId: 'h-shizi-001' })
    db().collection('bookings').insertMany([booking('h-shizi-001', 'h-shizi-001-m1', '2025-02-10', 'attended'), booking('h-shizi-001', 'h-shizi-001-m2', '2025-05-06', 'attended')])
    const res = await call(HEAD, 'plan.mine', { year: 2025 })
    expect(res.roundTrips).toBe(1)
    expect(res.data).toMatchObject({ year: 2025, managementType: 'contract', planned: 4, done: 2, booked: 0, due: 2, perYear: 4, dueNow: false, overdue: ['2025P3', '2025P4'] })
    expect(res.data.periods.map((p: { state: string }) => p.state)).toEqual(['done', 'done', 'overdue', 'overdue'])
    expect(res.data.records).toHaveLength(2)
    expect(res.data.workingAway).toEqual([expect.objectContaining({ planned: 2, verified: 0, pending: 0, due: 2 })])
    expect(res.data.rules.perYear).toEqual({ contract: 4, behavioural: 3, committed: 2, recognised: 1 })
  })

  it('shows this year by default with the seeded check-ups of earlier this year', async () => {
    const res = await call(HEAD, 'plan.mine', {})
    const attended = t.find('bookings', { householdId: 'h-shizi-001', status: 'attended', day: { $gte: `${YEAR}-01-01` } }).length
    expect(res.data.year).toBe(YEAR)
    expect(res.data.done).toBe(attended)
  })

  it('counts verified proofs as done and open bookings as booked; the village rules override the defaults', async () => {
    patch('villages', 'v-shizi', { checkupRules: { perYear: { contract: 2 }, workingAwayPerYear: 1 } })
    db().collection('bookings').remove({ householdId: 'h-shizi-001' })
    db().collection('bookings').insertMany([booking('h-shizi-001', 'h-shizi-001-m1', '2025-08-01', 'booked'), booking('h-shizi-001', 'h-shizi-001-m2', '2025-03-01', 'cancelled')])
    const away = t.findOne('households', { _id: 'h-shizi-001' }).members.find((m: { workingAway: unknown }) => m.workingAway)
    db().collection('proofs').insertOne({ _id: `${away.id}:p9`, householdId: 'h-shizi-001', villageId: 'v-shizi', memberId: away.id, memberName: away.name, clinicName: '某市社区卫生服务中心', checkupDay: '2025-02-01', status: 'verified' })
    const res = await call(HEAD, 'plan.mine', { year: 2025 })
    expect(res.data).toMatchObject({ planned: 2, done: 1, booked: 1, due: 0, perYear: 2 })
    expect(res.data.workingAway[0]).toMatchObject({ planned: 1, verified: 1, due: 0 })
  })

  it('plans in proportion when the management type changed during the year', async () => {
    patch('households', 'h-shizi-001', { managementType: 'committed', managementSince: new Date('2025-07-01T16:00:00Z') })
    const res = await call(HEAD, 'plan.mine', { year: 2025 })
    expect(res.data).toMatchObject({ managementType: 'committed', managementSince: '2025-07-02', planned: 3, perYear: 2 })
  })

  it('refuses cadres, township officers and identities not bound', async () => {
    expect((await call(CADRE, 'plan.mine', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(TOWN, 'plan.mine', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call('o-nobody', 'plan.mine', {})).error?.code).toBe('NOT_SIGNED_IN')
  })

  it('refuses a year out of range', async () => {
    const res = await call(HEAD, 'plan.mine', { year: 1999 })
    expect(res.error?.code).toBe('INVALID_INPUT')
    expect(res.error?.fields?.year).toBe('年份不正确')
  })
})

describe('sites', () => {
  const NEW_SITE = { name: '十字镇敬老院服务点', address: '十字镇健康路6号', location: { latitude: 31.77, longitude: 117.18 } }

  it('lets the township add a site, stored with an audit entry, and everyone of the township list it', async () => {
    const res = await change(TOWN, 'site.create', NEW_SITE)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(t.findOne('checkup_sites', { _id: res.data.site.id })).toMatchObject({ ...NEW_SITE, townshipId: 't-shizi', active: true })
    expect(t.find('audit', { action: 'site.create' })).toHaveLength(1)
    const list = await call(HEAD, 'site.list', { limit: 50 })
    expect(list.data.items.map((s: { name: string }) => s.name)).toContain(NEW_SITE.name)
    expect(list.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
  })

  it('answers a retried create with the same site, stored once', async () => {
    const requestId = randomUUID()
    const a = await change(TOWN, 'site.create', NEW_SITE, requestId)
    const b = await change(TOWN, 'site.create', NEW_SITE, requestId)
    expect(b.data).toEqual(a.data)
    expect(t.find('checkup_sites', { name: NEW_SITE.name })).toHaveLength(1)
  })

  it('refuses cadres and residents, and bad input, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await change(CADRE, 'site.create', NEW_SITE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(HEAD, 'site.update', { siteId: 'site-town', active: false })).error?.code).toBe('FORBIDDEN_ROLE')
    const bad = await change(TOWN, 'site.create', { name: '', address: '某路' })
    expect(bad.error?.fields?.name).toBe('请填写检查点名称')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('takes a site out of use: residents no longer see it, the township still can', async () => {
    const res = await change(TOWN, 'site.update', { siteId: 'site-baizi', active: false })
    expect(res.data.site).toMatchObject({ id: 'site-baizi', active: false })
    expect(t.findOne('checkup_sites', { _id: 'site-baizi' }).active).toBe(false)
    expect((await call(BAIZI, 'site.list', {})).data.items.map((s: { id: string }) => s.id)).not.toContain('site-baizi')
    expect((await call(TOWN, 'site.list', { includeInactive: true })).data.total).toBe(3)
  })

  it("does not find another township's site", async () => {
    db().collection('checkup_sites').insertOne({ _id: 'site-far', townshipId: 't-other', name: '外镇', address: '外镇', location: null, active: true })
    expect((await change(TOWN, 'site.update', { siteId: 'site-far', name: '改名' })).error?.code).toBe('NOT_FOUND')
    expect(t.findOne('checkup_sites', { _id: 'site-far' }).name).toBe('外镇')
  })
})
