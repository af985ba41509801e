import { randomUUID } from 'crypto'
import { planPeriod } from '@chengxin/shared/src/domain/checkup-plan'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'
import { actions, addSlot, AWAY, BAIZI, CADRE, HEAD, HH, HOUR, M1, M2, M3, OFFICER, OTHER_CADRE, patch, SPOUSE, taken } from './booking-fixtures'

const t = useEmulator()
const a = actions(t)
const quarterOf = (at: Date | string) => planPeriod(businessDay(new Date(at)), 4)
const booking = (id: string) => t.findOne('bookings', { _id: id })

describe('booking.create', () => {
  it('takes one place and stores the booking under member#period with a check-in code, in five round trips', async () => {
    const slot = addSlot(t)
    const res = await a.book(HEAD, slot._id, M2)
    expect(res.ok).toBe(true)
    const id = `${M2}#${quarterOf(slot.startsAt)}`
    expect(res.data).toMatchObject({ waitlisted: false, position: null, booking: { id, memberId: M2, slotId: slot._id, status: 'booked', siteName: '十字镇卫生院', day: slot.day } })
    expect(res.data.booking.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(taken(t, slot._id)).toBe(1)
    expect(booking(id)).toMatchObject({ householdId: HH, villageId: 'v-shizi', status: 'booked', code: res.data.booking.code, releaseSlotId: null, remindedAt: null })
    const [entry] = t.find('audit', { action: 'booking.create' })
    expect(entry).toMatchObject({ target: { collection: 'bookings', id, householdId: HH }, outboxPending: true })
    expect(entry.outbox[0]).toMatchObject({ to: { householdId: HH }, template: 'booking-confirmed', page: 'packages/resident/pages/bookings/index' })
  })

  it('lets any member of the household book, also for a member working away who comes home', async () => {
    const slot = addSlot(t)
    expect((await a.book(SPOUSE, slot._id, M1)).ok).toBe(true)
    expect((await a.book(HEAD, slot._id, AWAY)).data.booking.memberId).toBe(AWAY)
    expect(taken(t, slot._id)).toBe(2)
  })

  it('refuses a member of another household, and a member id that does not exist', async () => {
    const slot = addSlot(t)
    const before = snapshot(t.emu)
    expect((await a.book(HEAD, slot._id, 'h-shizi-002-m1')).error?.code).toBe('NOT_FOUND')
    expect((await a.book(HEAD, slot._id, 'h-shizi-001-m9')).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses cadres, the township office and identities not bound yet', async () => {
    const slot = addSlot(t)
    expect((await a.book(CADRE, slot._id, M1)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.book(OFFICER, slot._id, M1)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.book('o-new-villager-1', slot._id, M1)).error?.code).toBe('NOT_SIGNED_IN')
    expect(taken(t, slot._id)).toBe(0)
  })

  it("refuses a slot opened for another village; a slot for every village takes anyone of the township", async () => {
    const theirs = addSlot(t, { villageIds: ['v-baizi'] })
    expect((await a.book(HEAD, theirs._id, M1)).error?.code).toBe('NOT_IN_VILLAGE')
    expect(taken(t, theirs._id)).toBe(0)
    const everyone = addSlot(t, { villageIds: [] })
    expect((await a.book(BAIZI, everyone._id, 'h-baizi-001-m1')).ok).toBe(true)
    expect((await a.book(HEAD, everyone._id, M1)).ok).toBe(true)
  })

  it('refuses a closed slot, a slot that has started and a slot that does not exist', async () => {
    const closed = addSlot(t, { status: 'closed', closedReason: '医生外出' })
    const past = addSlot(t, { inHours: -1 })
    const before = snapshot(t.emu)
    expect((await a.book(HEAD, closed._id, M1)).error?.code).toBe('SLOT_CLOSED')
    expect((await a.book(HEAD, past._id, M1)).error?.code).toBe('SLOT_CLOSED')
    expect((await a.book(HEAD, 'slot-none', M1)).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a second booking of the member in the same plan period, and gives nothing away', async () => {
    const [first, second] = [addSlot(t), addSlot(t, { inHours: 80 })]
    await a.book(HEAD, first._id, M1)
    const res = await a.book(HEAD, second._id, M1)
    expect(res.error).toMatchObject({ code: 'ALREADY_BOOKED', message: expect.stringMatching(/本期/) })
    expect([taken(t, first._id), taken(t, second._id)]).toEqual([1, 0])
  })

  it('books the same member again in the next plan period', async () => {
    const [now, later] = [addSlot(t), addSlot(t, { inHours: 100 * 24 })]
    await a.book(HEAD, now._id, M1)
    const res = await a.book(HEAD, later._id, M1)
    expect(res.data.booking.id).toBe(`${M1}#${quarterOf(later.startsAt)}`)
    expect(quarterOf(later.startsAt)).not.toBe(quarterOf(now.startsAt))
  })

  it('books a cancelled period again: the same document, a new code and request', async () => {
    const [first, second] = [addSlot(t), addSlot(t, { inHours: 90 })]
    const made = await a.book(HEAD, first._id, M1)
    await a.cancel(HEAD, made.data.booking.id)
    const again = await a.book(HEAD, second._id, M1)
    expect(again.data.booking).toMatchObject({ id: made.data.booking.id, slotId: second._id, status: 'booked' })
    expect(again.data.booking.code).not.toBe(made.data.booking.code)
    expect(booking(made.data.booking.id)).toMatchObject({ status: 'booked', slotId: second._id, releaseSlotId: first._id })
    await a.tick()
    expect([taken(t, first._id), taken(t, second._id)]).toEqual([0, 1])
  })

  it('answers SLOT_FULL when no place is left, storing nothing', async () => {
    const slot = addSlot(t, { capacity: 1 })
    await a.book(HEAD, slot._id, M1)
    const before = snapshot(t.emu)
    const res = await a.book(HEAD, slot._id, M2)
    expect(res.error).toMatchObject({ code: 'SLOT_FULL', message: expect.stringMatching(/约满/) })
    expect(snapshot(t.emu)).toBe(before)
  })

  it('puts the member on the waitlist of a full slot when asked, in join order', async () => {
    const slot = addSlot(t, { capacity: 1 })
    await a.book(HEAD, slot._id, M1)
    const first = await a.book(HEAD, slot._id, M2, { joinWaitlist: true })
    expect(first.data).toEqual({ booking: null, waitlisted: true, position: 1 })
    expect(first.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect((await a.book(SPOUSE, slot._id, M3, { joinWaitlist: true })).data.position).toBe(2)
    expect(t.findOne('waitlist', { _id: `${slot._id}#${M2}` })).toMatchObject({ status: 'waiting', householdId: HH, period: quarterOf(slot.startsAt) })
    // Asking again keeps the place in line.
    expect((await a.book(HEAD, slot._id, M2, { joinWaitlist: true })).data.position).toBe(1)
    expect(taken(t, slot._id)).toBe(1)
  })

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = snapshot(t.emu)
    const res = await t.change(HEAD, 'booking', 'booking.create', { slotId: 'x y', memberId: M1 })
    expect(res.error?.code).toBe('INVALID_INPUT')
    expect(res.error?.fields?.slotId).toBeDefined()
    expect((await t.change(HEAD, 'booking', 'booking.create', { slotId: 's', memberId: M1, extra: 1 })).error?.code).toBe('INVALID_INPUT')
    expect((await t.call(HEAD, 'booking', 'booking.create', { slotId: 's', memberId: M1 })).error?.code).toBe('INVALID_INPUT') // no requestId
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and books once', async () => {
    const slot = addSlot(t)
    const requestId = randomUUID()
    const first = await a.book(HEAD, slot._id, M1, {}, requestId)
    const retry = await a.book(HEAD, slot._id, M1, {}, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect(taken(t, slot._id)).toBe(1)
    expect(t.find('audit', { action: 'booking.create' })).toHaveLength(1)
    expect((await a.book(HEAD, slot._id, M2, {}, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
  })

  it('recognises its own booking when the first reply and record were lost', async () => {
    const slot = addSlot(t)
    const requestId = randomUUID()
    const first = await a.book(HEAD, slot._id, M1, {}, requestId)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await a.book(HEAD, slot._id, M1, {}, requestId)
    expect(retry.data).toEqual(first.data)
    expect(taken(t, slot._id)).toBe(1)
  })

  it('books a 23:30 Beijing slot under its own day, and 00:30 under the next day, whatever the UTC date', async () => {
    const year = new Date().getUTCFullYear() + 1
    const late = addSlot(t, { at: `${year}-03-31T23:30:00+08:00` }) // 15:30 UTC, 31 March
    const early = addSlot(t, { at: `${year}-04-01T00:30:00+08:00` }) // 16:30 UTC, still 31 March in UTC
    expect((await a.book(HEAD, late._id, M1)).data.booking).toMatchObject({ id: `${M1}#${year}P1`, day: `${year}-03-31` })
    expect((await a.book(HEAD, early._id, M1)).data.booking).toMatchObject({ id: `${M1}#${year}P2`, day: `${year}-04-01` })
  })

  it("cuts plan periods by the household's management type and the village's own rules", async () => {
    const year = new Date().getUTCFullYear() + 1
    const [march, july] = [addSlot(t, { at: `${year}-03-10T09:00:00+08:00` }), addSlot(t, { at: `${year}-07-10T09:00:00+08:00` })]
    patch(t, 'households', HH, { managementType: 'recognised' }) // one check-up a year
    expect((await a.book(HEAD, march._id, M1)).data.booking.id).toBe(`${M1}#${year}P1`)
    expect((await a.book(HEAD, july._id, M1)).error?.code).toBe('ALREADY_BOOKED')
    patch(t, 'villages', 'v-shizi', { checkupRules: { perYear: { recognised: 2 } } }) // the village plans halves
    expect((await a.book(HEAD, july._id, M2)).data.booking.id).toBe(`${M2}#${year}P2`)
    expect((await a.book(HEAD, july._id, M1)).data.booking.id).toBe(`${M1}#${year}P2`)
  })
})

describe('booking.cancel', () => {
  it('cancels before the cutoff and marks the place for the timer to free', async () => {
    const slot = addSlot(t)
    const made = await a.book(HEAD, slot._id, M1)
    const res = await a.cancel(SPOUSE, made.data.booking.id)
    expect(res.data.booking).toMatchObject({ id: made.data.booking.id, status: 'cancelled' })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(booking(made.data.booking.id)).toMatchObject({ status: 'cancelled', releaseSlotId: slot._id })
    expect(taken(t, slot._id)).toBe(1)
    expect(await a.tick()).toMatchObject({ released: 1 })
    expect(taken(t, slot._id)).toBe(0)
    expect(booking(made.data.booking.id).releaseSlotId).toBeNull()
  })

  it("refuses after the village's cutoff (12 hours by default, the village may set its own)", async () => {
    const slot = addSlot(t, { inHours: 10 })
    const made = await a.book(HEAD, slot._id, M1)
    expect((await a.cancel(HEAD, made.data.booking.id)).error?.code).toBe('CANCEL_TOO_LATE')
    patch(t, 'villages', 'v-shizi', { checkupRules: { cancelCutoffHours: 2 } })
    expect((await a.cancel(HEAD, made.data.booking.id)).ok).toBe(true)
  })

  it("refuses another household's booking, another village's, and cadres", async () => {
    const slot = addSlot(t, { villageIds: [] })
    const ours = await a.book(HEAD, slot._id, M1)
    const theirs = await a.book(BAIZI, slot._id, 'h-baizi-001-m1')
    expect((await a.cancel('o-panel-member', ours.data.booking.id)).error?.code).toBe('NOT_FOUND')
    expect((await a.cancel(HEAD, theirs.data.booking.id)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await a.cancel(CADRE, ours.data.booking.id)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(t.find('bookings', { status: 'booked' })).toHaveLength(2)
  })

  it('refuses bad input and a booking already cancelled; a retry gets the first answer', async () => {
    const slot = addSlot(t)
    const made = await a.book(HEAD, slot._id, M1)
    expect((await a.cancel(HEAD, 'no-hash')).error?.code).toBe('INVALID_INPUT')
    const requestId = randomUUID()
    const first = await a.cancel(HEAD, made.data.booking.id, requestId)
    expect(await a.cancel(HEAD, made.data.booking.id, requestId)).toMatchObject({ ok: true, data: first.data })
    expect((await a.cancel(HEAD, made.data.booking.id)).error?.code).toBe('BOOKING_STATE')
    expect(t.find('audit', { action: 'booking.cancel' })).toHaveLength(1)
  })
})

describe('booking.reschedule', () => {
  it('moves the booking to another slot of the period; the old place is freed by the timer', async () => {
    const [from, to] = [addSlot(t), addSlot(t, { inHours: 96 })]
    const made = await a.book(HEAD, from._id, M1)
    const res = await a.reschedule(HEAD, made.data.booking.id, to._id)
    expect(res.data.booking).toMatchObject({ id: made.data.booking.id, slotId: to._id, day: to.day, status: 'booked', code: made.data.booking.code })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(booking(made.data.booking.id)).toMatchObject({ slotId: to._id, releaseSlotId: from._id })
    expect([taken(t, from._id), taken(t, to._id)]).toEqual([1, 1])
    await a.tick()
    expect([taken(t, from._id), taken(t, to._id)]).toEqual([0, 1])
  })

  it('refuses a slot of another plan period and a full slot, changing nothing', async () => {
    const [from, later, full] = [addSlot(t), addSlot(t, { inHours: 100 * 24 }), addSlot(t, { capacity: 0 })]
    const made = await a.book(HEAD, from._id, M1)
    const before = snapshot(t.emu)
    expect((await a.reschedule(HEAD, made.data.booking.id, later._id)).error?.code).toBe('NOT_SAME_PERIOD')
    expect((await a.reschedule(HEAD, made.data.booking.id, full._id)).error?.code).toBe('SLOT_FULL')
    expect((await a.reschedule(HEAD, made.data.booking.id, from._id)).error?.code).toBe('BOOKING_STATE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('asks to wait for the timer before moving the same booking twice', async () => {
    const [s1, s2, s3] = [addSlot(t), addSlot(t, { inHours: 90 }), addSlot(t, { inHours: 100 })]
    const made = await a.book(HEAD, s1._id, M1)
    await a.reschedule(HEAD, made.data.booking.id, s2._id)
    expect((await a.reschedule(HEAD, made.data.booking.id, s3._id)).error?.code).toBe('BOOKING_BUSY')
    expect(taken(t, s3._id)).toBe(0)
    await a.tick()
    expect((await a.reschedule(HEAD, made.data.booking.id, s3._id)).ok).toBe(true)
  })

  it('cancelling right after a move frees both places, once each', async () => {
    const [s1, s2] = [addSlot(t), addSlot(t, { inHours: 90 })]
    const made = await a.book(HEAD, s1._id, M1)
    await a.reschedule(HEAD, made.data.booking.id, s2._id)
    const res = await a.cancel(HEAD, made.data.booking.id)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    await Promise.all([a.tick(), a.tick()])
    expect([taken(t, s1._id), taken(t, s2._id)]).toEqual([0, 0])
  })

  it("refuses another village's slot and cadres; a retry gets the first answer", async () => {
    const [from, to, theirs] = [addSlot(t), addSlot(t, { inHours: 90 }), addSlot(t, { villageIds: ['v-baizi'] })]
    const made = await a.book(HEAD, from._id, M1)
    expect((await a.reschedule(HEAD, made.data.booking.id, theirs._id)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await a.reschedule(CADRE, made.data.booking.id, to._id)).error?.code).toBe('FORBIDDEN_ROLE')
    const requestId = randomUUID()
    const first = await a.reschedule(HEAD, made.data.booking.id, to._id, requestId)
    expect(await a.reschedule(HEAD, made.data.booking.id, to._id, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(taken(t, to._id)).toBe(1)
  })
})

describe('booking.mine', () => {
  it("lists the household's bookings, the latest slot first, to every member and no one else", async () => {
    const [soon, later] = [addSlot(t), addSlot(t, { inHours: 100 * 24 })]
    await a.book(HEAD, soon._id, M1)
    await a.book(HEAD, later._id, M2)
    const earlier = t.find('bookings', { householdId: HH }).length - 2 // attended earlier this year (demo seed)
    const res = await a.mine(SPOUSE)
    expect(res.data.items.slice(0, 2).map((b: { slotId: string }) => b.slotId)).toEqual([later._id, soon._id])
    expect(res.data.items.slice(2).every((b: { status: string }) => b.status === 'attended')).toBe(true)
    expect(res.data.total).toBe(2 + earlier)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect((await a.mine(HEAD, { limit: 1, offset: 1 })).data.items.map((b: { slotId: string }) => b.slotId)).toEqual([soon._id])
    const neighbours = (await a.mine('o-panel-member')).data.items
    expect(neighbours.filter((b: { slotId: string }) => [soon._id, later._id].includes(b.slotId))).toEqual([])
    expect((await a.mine(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.mine(HEAD, { limit: 51 })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('slot.bookings', () => {
  it("shows a cadre their village's members on the slot, with codes, and no other village's", async () => {
    const slot = addSlot(t, { villageIds: [] })
    const mine = await a.book(HEAD, slot._id, M1)
    await a.book(BAIZI, slot._id, 'h-baizi-001-m1')
    const res = await a.day(CADRE, slot._id)
    expect(res.data.slot).toMatchObject({ id: slot._id, capacity: 20, taken: 2 })
    expect(res.data.items).toEqual([expect.objectContaining({ id: mine.data.booking.id, status: 'booked', code: mine.data.booking.code, markedAt: null })])
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect((await a.day(OTHER_CADRE, slot._id)).data.items).toHaveLength(1)
  })

  it("refuses a slot not opened for the cadre's village, residents, bad input and unknown slots", async () => {
    const slot = addSlot(t)
    expect((await a.day(OTHER_CADRE, slot._id)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await a.day(HEAD, slot._id)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.day(CADRE, slot._id, { limit: 0 })).error?.code).toBe('INVALID_INPUT')
    expect((await a.day(CADRE, 'slot-none')).error?.code).toBe('NOT_FOUND')
  })
})

describe('attendance.mark', () => {
  /** A booking whose slot is today (moved there directly: a slot must lie ahead to be booked). */
  async function bookedToday(memberId = M1) {
    const slot = addSlot(t)
    const made = await a.book(HEAD, slot._id, memberId)
    const startsAt = new Date(Date.now() - HOUR)
    patch(t, 'bookings', made.data.booking.id, { day: businessDay(startsAt), startsAt })
    return made.data.booking as { id: string; code: string }
  }

  it('checks a member in by the scanned code: only that the check-up took place', async () => {
    const b = await bookedToday()
    const res = await a.mark(CADRE, { code: b.code.toLowerCase(), outcome: 'attended' })
    expect(res.data.booking).toMatchObject({ id: b.id, status: 'attended' })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(booking(b.id)).toMatchObject({ status: 'attended', markedBy: CADRE })
    expect(booking(b.id).markedAt).toBeInstanceOf(Date)
    // A second scan changes nothing and is no error.
    expect((await a.mark(CADRE, { code: b.code, outcome: 'attended' })).data.booking.status).toBe('attended')
  })

  it('records a no-show by booking and nudges the household to book again', async () => {
    const b = await bookedToday()
    const res = await a.mark(CADRE, { bookingId: b.id, outcome: 'no-show' })
    expect(res.data.booking.status).toBe('no-show')
    const [entry] = t.find('audit', { action: 'attendance.mark' })
    expect(entry.outbox[0]).toMatchObject({ to: { householdId: HH }, template: 'no-show-nudge', page: 'packages/resident/pages/bookings/index' })
    // The period is free again.
    const slot = addSlot(t, { inHours: 80 })
    expect((await a.book(HEAD, slot._id, M1)).data.booking.id).toBe(b.id)
  })

  it('refuses before the slot day, a cancelled booking, and unknown codes', async () => {
    const slot = addSlot(t)
    const early = await a.book(HEAD, slot._id, M1)
    expect((await a.mark(CADRE, { bookingId: early.data.booking.id, outcome: 'attended' })).error?.code).toBe('ATTENDANCE_TOO_EARLY')
    const b = await bookedToday(M2)
    patch(t, 'bookings', b.id, { status: 'cancelled' })
    expect((await a.mark(CADRE, { bookingId: b.id, outcome: 'attended' })).error?.code).toBe('BOOKING_STATE')
    expect((await a.mark(CADRE, { code: '22222222', outcome: 'attended' })).error?.code).toBe('NOT_FOUND')
  })

  it("refuses another village's cadre, residents and bad input", async () => {
    const b = await bookedToday()
    const before = snapshot(t.emu)
    expect((await a.mark(OTHER_CADRE, { code: b.code, outcome: 'attended' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await a.mark(HEAD, { bookingId: b.id, outcome: 'attended' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.mark(CADRE, { bookingId: b.id, code: b.code, outcome: 'attended' })).error?.code).toBe('INVALID_INPUT')
    expect((await a.mark(CADRE, { bookingId: b.id, outcome: 'done' })).error?.code).toBe('INVALID_INPUT')
    expect((await a.mark(CADRE, { code: 'abc', outcome: 'attended' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and corrects a mistaken mark', async () => {
    const b = await bookedToday()
    const requestId = randomUUID()
    const first = await a.mark(CADRE, { bookingId: b.id, outcome: 'no-show' }, requestId)
    expect(await a.mark(CADRE, { bookingId: b.id, outcome: 'no-show' }, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(t.find('audit', { action: 'attendance.mark' })).toHaveLength(1)
    expect((await a.mark(CADRE, { bookingId: b.id, outcome: 'attended' })).data.booking.status).toBe('attended')
  })
})

// A day before: the reminder goes once.
describe('reminders', () => {
  it('reminds the household about a day ahead, once, even when two timer runs overlap', async () => {
    const [tomorrow, later] = [addSlot(t, { inHours: 20 }), addSlot(t, { inHours: 100 * 24 })]
    const made = await a.book(HEAD, tomorrow._id, M1)
    await a.book(HEAD, later._id, M2)
    const runs = await Promise.all([a.tick(), a.tick()])
    expect(runs[0].reminded + runs[1].reminded).toBe(1)
    expect(booking(made.data.booking.id).remindedAt).toBeInstanceOf(Date)
    expect((await a.tick()).reminded).toBe(0)
    const reminders = t.find('audit', { action: 'booking.tick' }).filter((e) => e.outbox[0]?.template === 'booking-reminder')
    expect(reminders).toHaveLength(1)
    expect(reminders[0].outbox[0].to).toEqual({ householdId: HH })
  })
})

it('is never run as the timer by a client', async () => {
  const out = await t.emu.call('booking', { Type: 'Timer', TriggerName: 'tick' }, HEAD)
  expect(out.result.ok).toBe(false)
  expect(t.find('audit', { action: 'booking.tick' })).toHaveLength(0)
})
