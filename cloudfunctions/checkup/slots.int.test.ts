import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
// The bundle carries a spreadsheet library: start the function's worker once, outside any test's time.
beforeAll(() => t.call('o-resident-head', 'checkup', 'site.list', {}), 60_000)
const HEAD = 'o-resident-head'
const BAIZI = 'o-resident-baizi'
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const TOWN = 'o-township-officer'
const TODAY = new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 10)
const YEAR = Number(TODAY.slice(0, 4))
const LATER = `${YEAR + 1}-03-02` // a Tuesday, safely ahead

const change = (who: string, action: string, input: unknown, requestId?: string) => t.change(who, 'checkup', action, input, requestId)
const call = (who: string, action: string, input: unknown) => t.call(who, 'checkup', action, input)
const single = (extra: Record<string, unknown> = {}) => ({ kind: 'single', siteId: 'site-shizi', day: LATER, start: '09:00', end: '11:00', capacity: 20, ...extra })

/** Changes stored fields directly (the test's own set-up). */
function patch(collection: string, _id: string, fields: Record<string, unknown>) {
  const c = t.emu.wire.db.collection(collection)
  const doc = c.findOne({ _id })!
  c.remove({ _id })
  c.insertOne({ ...doc, ...fields })
}

describe('slot.open', () => {
  it('opens one slot for the cadre\'s own village, in Beijing time', async () => {
    const res = await change(CADRE, 'slot.open', single())
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    const [slot] = res.data.slots
    expect(slot).toMatchObject({ day: LATER, start: '09:00', end: '11:00', villageIds: ['v-shizi'], capacity: 20, placesLeft: 20, status: 'open' })
    const stored = t.findOne('checkup_slots', { _id: slot.id })
    expect(stored.startsAt).toEqual(new Date(`${LATER}T01:00:00Z`))
    expect(stored).toMatchObject({ siteName: '十字村卫生室', taken: 0, townshipId: 't-shizi' })
    expect(t.findOne('audit', { action: 'slot.open' }).target.villageId).toBe('v-shizi')
  })

  it('puts a slot at 23:30 on 31 December on that day and in that plan year', async () => {
    const day = `${YEAR}-12-31`
    const late = (await change(CADRE, 'slot.open', single({ day, start: '23:30', end: '23:59' }))).data.slots[0]
    expect(late).toMatchObject({ day, start: '23:30', startsAt: `${YEAR}-12-31T15:30:00.000Z` })
    const early = (await change(CADRE, 'slot.open', single({ day: `${YEAR + 1}-01-01`, start: '00:30', end: '01:30' }))).data.slots[0]
    expect(early).toMatchObject({ day: `${YEAR + 1}-01-01`, startsAt: `${YEAR}-12-31T16:30:00.000Z` })
    // An attendance on each (written as the booking function would) counts in the slot's own Beijing year.
    t.emu.wire.db.collection('bookings').remove({ householdId: 'h-shizi-001' })
    for (const [slot, member] of [[late, 'h-shizi-001-m1'], [early, 'h-shizi-001-m2']] as const) {
      const period = slot.day === day ? `${YEAR}P4` : `${YEAR + 1}P1`
      t.emu.wire.db.collection('bookings').insertOne({ _id: `${member}#${period}`, householdId: 'h-shizi-001', villageId: 'v-shizi', memberId: member, memberName: '成员', period, slotId: slot.id, siteName: slot.siteName, day: slot.day, startsAt: new Date(slot.startsAt), status: 'attended' })
    }
    const thisYear = await call(HEAD, 'plan.mine', { year: YEAR })
    expect(thisYear.data.done).toBe(1)
    expect(thisYear.data.periods[3]).toMatchObject({ period: `${YEAR}P4`, done: 1, state: 'done' })
    const nextYear = await call(HEAD, 'plan.mine', { year: YEAR + 1 })
    expect(nextYear.data.done).toBe(1)
    expect(nextYear.data.periods[0]).toMatchObject({ period: `${YEAR + 1}P1`, done: 1 })
  })

  it('opens a weekly pattern for named villages in one batch insert', async () => {
    const res = await change(TOWN, 'slot.open', {
      kind: 'weekly', siteId: 'site-town', from: LATER, to: `${YEAR + 1}-03-29`, weekdays: [2, 4], times: [{ start: '08:30', end: '11:00' }, { start: '14:00', end: '16:00' }], capacity: 40, villageIds: ['v-shizi', 'v-baizi'],
    })
    expect(res.data.slots).toHaveLength(16)
    expect(res.roundTrips).toBe(4) // context, claim, one insert of all sixteen, record
    expect(t.find('checkup_slots', { siteId: 'site-town', capacity: 40 })).toHaveLength(16)
    expect(res.data.slots.every((s: { villageIds: string[] }) => s.villageIds.join() === 'v-shizi,v-baizi')).toBe(true)
  })

  it('refuses more than 60 slots, a past day, an end before the start, and stores nothing', async () => {
    const before = snapshot(t.emu)
    const many = await change(TOWN, 'slot.open', { kind: 'weekly', siteId: 'site-town', from: LATER, to: `${YEAR + 1}-05-30`, weekdays: [1, 2, 3, 4, 5, 6], times: [{ start: '08:30', end: '11:00' }], capacity: 10 })
    expect(many.error).toMatchObject({ code: 'INVALID_INPUT', fields: { weekdays: '一次最多开放60个时段' } })
    expect((await change(CADRE, 'slot.open', single({ day: '2020-01-06' }))).error?.fields?.day).toBe('不能开放已经开始或过去的时段')
    expect((await change(CADRE, 'slot.open', single({ start: '11:00', end: '09:00' }))).error?.fields?.end).toBe('结束时间应晚于开始时间')
    expect((await change(CADRE, 'slot.open', single({ capacity: 201 }))).error?.fields?.capacity).toBe('名额最多200个')
    expect((await change(CADRE, 'slot.open', single({ day: `${YEAR + 1}-02-30` }))).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses residents, a cadre naming another village, a village of another township, and a site out of use', async () => {
    const before = snapshot(t.emu)
    expect((await change(HEAD, 'slot.open', single())).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(CADRE, 'slot.open', single({ villageIds: ['v-baizi'] }))).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(TOWN, 'slot.open', single({ villageIds: ['v-nowhere'] }))).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(CADRE, 'slot.open', single({ siteId: 'site-none' }))).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
    await change(TOWN, 'site.update', { siteId: 'site-shizi', active: false })
    expect((await change(CADRE, 'slot.open', single())).error?.code).toBe('SITE_INACTIVE')
  })

  it('answers a retry with the same slots and stores them once, even after a lost reply', async () => {
    const requestId = randomUUID()
    const first = await change(CADRE, 'slot.open', single(), requestId)
    expect((await change(CADRE, 'slot.open', single(), requestId)).data).toEqual(first.data)
    // The reply was lost before the audit record was written: the retry recognises its own slot.
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await change(CADRE, 'slot.open', single(), requestId)
    expect(again.data.slots[0].id).toBe(first.data.slots[0].id)
    expect(t.find('checkup_slots', { day: LATER })).toHaveLength(1)
  })
})

describe('slot.list', () => {
  it('shows a resident the open slots ahead that their village may book, with places left, by time', async () => {
    // Today's morning slot may be over already (or today a Sunday): take the first town slot ahead.
    const ahead = t.find('checkup_slots', { siteId: 'site-town' }).filter((s) => new Date(s.startsAt) > new Date())
    const townId = ahead.sort((a, b) => +new Date(a.startsAt) - +new Date(b.startsAt))[0]._id as string
    patch('checkup_slots', townId, { taken: 12 })
    const res = await call(HEAD, 'slot.list', { limit: 50 })
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    const items = res.data.items as Array<{ id: string; villageIds: string[]; startsAt: string; placesLeft: number; status: string }>
    expect(items.length).toBeGreaterThan(3)
    expect(items.every((s) => s.status === 'open' && new Date(s.startsAt) > new Date())).toBe(true)
    expect(items.every((s) => s.villageIds.length === 0 || s.villageIds.includes('v-shizi'))).toBe(true)
    expect(items.map((s) => s.startsAt)).toEqual([...items.map((s) => s.startsAt)].sort())
    expect(items.find((s) => s.id === townId)?.placesLeft).toBe(18)
    expect((await call(BAIZI, 'slot.list', { limit: 50 })).data.items.some((s: { siteId: string }) => s.siteId === 'site-shizi')).toBe(false)
  })

  it('shows slots open to every village to every resident, and pages', async () => {
    const open = (await change(TOWN, 'slot.open', single({ siteId: 'site-town' }))).data.slots[0]
    expect((await call(BAIZI, 'slot.list', { from: LATER })).data.items.map((s: { id: string }) => s.id)).toEqual([open.id])
    const page = await call(HEAD, 'slot.list', { limit: 2, offset: 2 })
    expect(page.data).toMatchObject({ limit: 2, offset: 2 })
    expect(page.data.items).toHaveLength(2)
  })

  it("shows a cadre their village's closed slots too, never another village's", async () => {
    const [slot] = (await change(CADRE, 'slot.open', single())).data.slots
    await change(CADRE, 'slot.close', { slotId: slot.id, reason: '医生参加培训' })
    const mine = (await call(CADRE, 'slot.list', { from: LATER })).data.items
    expect(mine).toEqual([expect.objectContaining({ id: slot.id, status: 'closed', closedReason: '医生参加培训' })])
    expect((await call(HEAD, 'slot.list', { from: LATER })).data.items).toEqual([])
    expect((await call(OTHER_CADRE, 'slot.list', { from: LATER })).data.items).toEqual([])
    expect((await call(TOWN, 'slot.list', { from: LATER, status: 'closed' })).data.total).toBe(1)
  })

  it('refuses an identity without an account and bad input', async () => {
    expect((await call('o-nobody', 'slot.list', {})).error?.code).toBe('NOT_SIGNED_IN')
    expect((await call(HEAD, 'slot.list', { limit: 51 })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('slot.close', () => {
  async function bookedSlot(who = CADRE, villageIds?: string[]) {
    const [slot] = (await change(who, 'slot.open', single(villageIds ? { siteId: 'site-town', villageIds } : {}))).data.slots
    const book = (hh: string, member: string) => ({ _id: `${member}#${YEAR + 1}P1`, householdId: hh, villageId: hh.slice(2, 7) === 'shizi' ? 'v-shizi' : 'v-baizi', memberId: member, memberName: '成员', period: `${YEAR + 1}P1`, slotId: slot.id, siteName: slot.siteName, day: slot.day, startsAt: new Date(slot.startsAt), status: 'booked', releaseSlotId: null, requestId: 'b' })
    t.emu.wire.db.collection('bookings').insertMany([book('h-shizi-004', 'h-shizi-004-m1'), book('h-shizi-004', 'h-shizi-004-m2'), book('h-shizi-005', 'h-shizi-005-m1'), { ...book('h-shizi-006', 'h-shizi-006-m1'), status: 'cancelled' }])
    patch('checkup_slots', slot.id, { taken: 3 })
    return slot
  }

  it('closes the slot with its reason, cancels its bookings and tells each household once, in five round trips', async () => {
    const slot = await bookedSlot()
    const res = await change(CADRE, 'slot.close', { slotId: slot.id, reason: '医生参加县里培训' })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ slot: { status: 'closed', closedReason: '医生参加县里培训' }, cancelledBookings: 3, notifiedHouseholds: 2 })
    expect(t.findOne('checkup_slots', { _id: slot.id })).toMatchObject({ status: 'closed', closedReason: '医生参加县里培训', closedBy: '李桂芳' })
    expect(t.find('bookings', { slotId: slot.id, status: 'cancelled' })).toHaveLength(4)
    expect(t.findOne('bookings', { _id: `h-shizi-004-m1#${YEAR + 1}P1` }).slotClosed).toMatchObject({ reason: '医生参加县里培训' })
    const audit = t.findOne('audit', { action: 'slot.close' })
    expect(audit.outbox.map((e: { to: unknown }) => e.to)).toEqual([{ householdId: 'h-shizi-004' }, { householdId: 'h-shizi-005' }])
    expect(audit.outbox[0]).toMatchObject({ template: 'slot-closed', title: '检查时段已取消' })
    expect(audit.outbox[0].body).toContain('医生参加县里培训')
  })

  it('refuses closing twice, another village\'s cadre, a cadre on a slot for several villages, residents', async () => {
    const slot = await bookedSlot()
    expect((await change(OTHER_CADRE, 'slot.close', { slotId: slot.id, reason: '下雨' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(HEAD, 'slot.close', { slotId: slot.id, reason: '下雨' })).error?.code).toBe('FORBIDDEN_ROLE')
    await change(CADRE, 'slot.close', { slotId: slot.id, reason: '下雨' })
    expect((await change(CADRE, 'slot.close', { slotId: slot.id, reason: '下雨' })).error?.code).toBe('SLOT_CLOSED')
    const [shared] = (await change(TOWN, 'slot.open', single({ siteId: 'site-town', villageIds: ['v-shizi', 'v-baizi'], start: '14:00', end: '15:00' }))).data.slots
    expect((await change(CADRE, 'slot.close', { slotId: shared.id, reason: '下雨' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(TOWN, 'slot.close', { slotId: shared.id, reason: '下雨' })).data.slot.status).toBe('closed')
  })

  it('refuses a missing reason and an unknown slot, storing nothing', async () => {
    const slot = await bookedSlot()
    const before = snapshot(t.emu)
    expect((await change(CADRE, 'slot.close', { slotId: slot.id, reason: ' ' })).error?.fields?.reason).toBe('请填写关闭原因')
    expect((await change(CADRE, 'slot.close', { slotId: 'slot-none', reason: '下雨' })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first answer, and after a lost reply still tells the households', async () => {
    const slot = await bookedSlot()
    const requestId = randomUUID()
    const first = await change(CADRE, 'slot.close', { slotId: slot.id, reason: '停电' }, requestId)
    expect((await change(CADRE, 'slot.close', { slotId: slot.id, reason: '停电' }, requestId)).data).toEqual(first.data)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await change(CADRE, 'slot.close', { slotId: slot.id, reason: '停电' }, requestId)
    expect(again.data).toMatchObject({ cancelledBookings: 3, notifiedHouseholds: 2 })
    expect(t.findOne('audit', { _id: requestId }).outbox).toHaveLength(2)
  })
})
