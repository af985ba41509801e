import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'
import { actions, addSlot, BAIZI, CADRE, HEAD, HH, M1, M2, M3, patch, SPOUSE, taken } from './booking-fixtures'

const t = useEmulator()
const a = actions(t)
const entry = (id: string) => t.findOne('waitlist', { _id: id })
const MINUTE = 60_000

/** A slot of one place, booked by M1, with M2 then M3 waiting. */
async function fullSlot() {
  const slot = addSlot(t, { capacity: 1 })
  const held = await a.book(HEAD, slot._id, M1)
  await a.book(HEAD, slot._id, M2, { joinWaitlist: true })
  await a.book(SPOUSE, slot._id, M3, { joinWaitlist: true })
  return { slot, booking: held.data.booking as { id: string }, first: `${slot._id}#${M2}`, second: `${slot._id}#${M3}` }
}

describe('the waitlist', () => {
  it('offers a cancelled place to the first in line, who accepts it and is booked', async () => {
    const { slot, booking, first, second } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    expect(await a.tick()).toMatchObject({ released: 1, offered: 1 })
    expect(taken(t, slot._id)).toBe(1) // held for the offer
    const offer = entry(first)
    expect(offer).toMatchObject({ status: 'offered' })
    const minutes = (new Date(offer.offerExpiresAt).getTime() - new Date(offer.offeredAt).getTime()) / MINUTE
    expect(minutes).toBe(120)
    const [note] = t.find('audit', { action: 'booking.tick' }).filter((e) => e.outbox.length)
    expect(note.outbox[0]).toMatchObject({ to: { householdId: HH }, template: 'waitlist-offer', page: 'packages/resident/pages/bookings/index' })

    const listed = await a.waitlistMine(SPOUSE)
    expect(listed.data.items).toEqual([
      expect.objectContaining({ id: first, status: 'offered', position: null, offerExpiresAt: new Date(offer.offerExpiresAt).toISOString() }),
      expect.objectContaining({ id: second, status: 'waiting', position: 1 }),
    ])
    expect(listed.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)

    const res = await a.accept(HEAD, first)
    expect(res.data.booking).toMatchObject({ memberId: M2, slotId: slot._id, status: 'booked' })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(entry(first).status).toBe('accepted')
    expect(taken(t, slot._id)).toBe(1)
    expect(t.find('bookings', { slotId: slot._id, status: 'booked' })).toHaveLength(1)
    expect((await a.tick()).offered).toBe(0) // no place left for the second
  })

  it('expires an offer not accepted in time, gives the place to the next, and refuses the late accept', async () => {
    const { slot, booking, first, second } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    await a.tick()
    patch(t, 'waitlist', first, { offerExpiresAt: new Date(Date.now() - MINUTE) })
    expect(await a.tick()).toMatchObject({ expired: 1, offered: 1 })
    expect([entry(first).status, entry(second).status]).toEqual(['expired', 'offered'])
    expect(taken(t, slot._id)).toBe(1)
    const before = snapshot(t.emu)
    expect((await a.accept(HEAD, first)).error?.code).toBe('OFFER_EXPIRED')
    expect(snapshot(t.emu)).toBe(before)
    expect((await a.accept(SPOUSE, second)).ok).toBe(true)
  })

  it("uses the village's offer time", async () => {
    patch(t, 'villages', 'v-shizi', { checkupRules: { offerMinutes: 30 } })
    const { booking, first } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    await a.tick()
    const offer = entry(first)
    expect((new Date(offer.offerExpiresAt).getTime() - new Date(offer.offeredAt).getTime()) / MINUTE).toBe(30)
  })

  it('lets a member leave: waiting, or offered (the place goes to the next in line)', async () => {
    const { slot, booking, first, second } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    await a.tick()
    const res = await a.leave(HEAD, first)
    expect(res.data.entry).toMatchObject({ id: first, status: 'left' })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(taken(t, slot._id)).toBe(0)
    expect((await a.tick()).offered).toBe(1)
    expect(entry(second).status).toBe('offered')
    expect((await a.leave(SPOUSE, second)).ok).toBe(true)
    expect((await a.leave(SPOUSE, second)).error?.code).toBe('WAITLIST_STATE')
    expect(taken(t, slot._id)).toBe(0)
  })

  it('takes a member back in line after leaving, at the end', async () => {
    const { slot, first } = await fullSlot()
    await a.leave(HEAD, first)
    const back = await a.book(HEAD, slot._id, M2, { joinWaitlist: true })
    expect(back.data.position).toBe(2)
    expect(entry(first).status).toBe('waiting')
  })

  it('refuses accepting a place that was never offered, or an offer when the member is already booked in the period', async () => {
    const { booking, first, second } = await fullSlot()
    expect((await a.accept(HEAD, first)).error?.code).toBe('OFFER_EXPIRED')
    await a.cancel(HEAD, booking.id)
    await a.tick()
    const elsewhere = addSlot(t, { inHours: 90 })
    await a.book(HEAD, elsewhere._id, M2)
    expect((await a.accept(HEAD, first)).error?.code).toBe('ALREADY_BOOKED')
    expect(entry(second).status).toBe('waiting')
  })

  it("refuses another household's entries, another village's and cadres", async () => {
    const { booking, first } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    await a.tick()
    expect((await a.accept('o-panel-member', first)).error?.code).toBe('NOT_FOUND')
    expect((await a.leave('o-panel-member', first)).error?.code).toBe('NOT_FOUND')
    expect((await a.accept(CADRE, first)).error?.code).toBe('FORBIDDEN_ROLE')
    const open = addSlot(t, { villageIds: [], capacity: 0 })
    await a.book(BAIZI, open._id, 'h-baizi-001-m1', { joinWaitlist: true })
    expect((await a.leave(HEAD, `${open._id}#h-baizi-001-m1`)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await a.accept(HEAD, 'no-hash')).error?.code).toBe('INVALID_INPUT')
    expect(entry(first).status).toBe('offered')
  })

  it('answers a retried accept and leave with the first response', async () => {
    const { slot, booking, first, second } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    await a.tick()
    const requestId = randomUUID()
    const accepted = await a.accept(HEAD, first, requestId)
    expect(await a.accept(HEAD, first, requestId)).toMatchObject({ ok: true, data: accepted.data })
    const leaveId = randomUUID()
    const left = await a.leave(SPOUSE, second, leaveId)
    expect(await a.leave(SPOUSE, second, leaveId)).toMatchObject({ ok: true, data: left.data })
    expect(taken(t, slot._id)).toBe(1)
  })

  it('never offers a slot that has started; its waiting entries close', async () => {
    const { slot, booking, first } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    patch(t, 'checkup_slots', slot._id, { startsAt: new Date(Date.now() - MINUTE) })
    patch(t, 'waitlist', first, { startsAt: new Date(Date.now() - MINUTE) })
    expect(await a.tick()).toMatchObject({ released: 1, offered: 0 })
    expect(entry(first).status).toBe('expired')
  })

  it('ends the waitlist of a slot that was closed', async () => {
    const { slot, first, second } = await fullSlot()
    patch(t, 'checkup_slots', slot._id, { status: 'closed', closedReason: '医生外出培训' })
    expect((await a.tick()).offered).toBe(0)
    expect([entry(first).status, entry(second).status]).toEqual(['expired', 'expired'])
  })

  it('offers each freed place once even when two timer runs overlap', async () => {
    const { slot, booking, first, second } = await fullSlot()
    await a.cancel(HEAD, booking.id)
    const runs = await Promise.all([a.tick(), a.tick()])
    expect(runs[0].offered + runs[1].offered).toBe(1)
    expect(taken(t, slot._id)).toBe(1)
    expect([entry(first).status, entry(second).status]).toEqual(['offered', 'waiting'])
  })

  it('waitlist.mine refuses cadres and shows other households nothing', async () => {
    await fullSlot()
    expect((await a.waitlistMine(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await a.waitlistMine('o-panel-member')).data.items).toEqual([])
    expect((await t.call(HEAD, 'booking', 'waitlist.mine', { all: true })).error?.code).toBe('INVALID_INPUT')
  })
})
